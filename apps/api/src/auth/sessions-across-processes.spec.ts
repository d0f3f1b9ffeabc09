import { createTestApp, TestApp } from '../../test/test-app';

// In a file of its own: passport keeps its strategies in a process-wide singleton, so two apps in one
// Jest module registry would share them; here the second app only ever reads what the first wrote.
describe('sessions across API processes', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('keeps sessions in PostgreSQL so that another API process honours them', async () => {
    const client = await testApp.signIn('bm@oakfield.test');
    const cookie = client.cookieHeader();
    const other = await testApp.secondProcess();
    try {
      const me = await other.client().raw().get('/api/auth/me').set('Cookie', cookie);
      expect(me.status).toBe(200);
      expect(me.body.email).toBe('bm@oakfield.test');
    } finally {
      await other.close();
    }
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM user_sessions`);
    expect(count).toBeGreaterThan(0);
  });
});
