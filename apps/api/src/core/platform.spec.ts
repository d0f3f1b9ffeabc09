import { createTestApp, TestApp } from '../../test/test-app';

describe('the platform', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('answers health once the database answers', async () => {
    const response = await testApp.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document and interactive docs', async () => {
    const document = await testApp.client().get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/alliances', '/api/alliances/{id}', '/api/organisations/{organisationId}/invitations', '/api/health']),
    );
    const page = await testApp.client().get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
  });

  it('answers bad input with a 4xx in the agreed shape, never a 500', async () => {
    const client = await testApp.signIn('ceo@oakfield.test');
    const cases = [
      { response: await client.get('/api/alliances/not-a-uuid'), status: 400 },
      { response: await client.get('/api/alliances/00000000-0000-4000-8000-000000000000'), status: 404 },
      { response: await client.get('/api/alliances?page=abc'), status: 400 },
      { response: await client.raw().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":'), status: 400 },
      { response: await client.post('/api/auth/login', { email: 'x'.repeat(2_000_000) }), status: 413 },
      { response: await client.post('/api/auth/login', { email: ['a'], password: { $ne: 1 } }), status: 400 },
      { response: await client.get('/api/no-such-route'), status: 404 },
    ];
    for (const { response, status } of cases) {
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ statusCode: status, error: expect.any(String), message: expect.anything() });
    }
  });

  it('requires a session for everything except health, docs, sign-in and invitation links', async () => {
    for (const path of ['/api/alliances', '/api/auth/me', '/api/reference/organisations']) {
      const response = await testApp.client().get(path);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue.' });
    }
  });

  it('has committed migrations that match the entities exactly', async () => {
    const pending = await testApp.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
