import { createTestApp, TestApp } from '../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT } from './login-throttle.service';

function cookieNamed(response: { headers: Record<string, unknown> }, name: string): string | undefined {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  return cookies.find((cookie) => cookie.startsWith(`${name}=`));
}

describe('signing in and sessions', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('signs a demo person in with an httpOnly, SameSite=Lax session cookie and a readable XSRF token', async () => {
    const response = await testApp.client().post('/api/auth/login', { email: 'ceo@oakfield.test', password: 'alliance-demo' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ email: 'ceo@oakfield.test', name: 'Helen Carter', organisationName: 'Oakfield Learning Trust', roles: ['ceo'] });
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.organisationId).toMatch(/^[0-9a-f-]{36}$/);
    const session = cookieNamed(response, 'alliance.sid');
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const xsrf = cookieNamed(response, 'XSRF-TOKEN');
    expect(xsrf).toBeDefined();
    expect(xsrf).not.toMatch(/HttpOnly/i);
  });

  it('accepts the email address in any case', async () => {
    const response = await testApp.client().post('/api/auth/login', { email: 'CEO@Oakfield.TEST', password: 'alliance-demo' });
    expect(response.status).toBe(200);
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const wrongPassword = await testApp.client().post('/api/auth/login', { email: 'head@oakfield.test', password: 'not-the-password' });
    const unknownEmail = await testApp.client().post('/api/auth/login', { email: 'nobody@oakfield.test', password: 'alliance-demo' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Your email address or password is incorrect.' });
  });

  it('rejects a malformed sign-in with 400 and a readable message', async () => {
    const response = await testApp.client().post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(expect.arrayContaining(['Enter an email address in the correct format, like name@example.org', 'Enter your password']));
  });

  it('stores passwords as argon2id with the OWASP parameters', async () => {
    const [{ passwordHash }] = await testApp.dataSource.query(`SELECT "passwordHash" FROM users WHERE email = 'ceo@oakfield.test'`);
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('answers /me for a signed-in person and 401 otherwise', async () => {
    expect((await testApp.client().get('/api/auth/me')).status).toBe(401);
    const client = await testApp.signIn('governor@riverside.test');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'governor@riverside.test', roles: ['governor'] });
  });

  it('rotates the session id at sign-in', async () => {
    const client = testApp.client();
    const first = cookieNamed(await client.signIn('ceo@riverside.test'), 'alliance.sid');
    const second = cookieNamed(await client.signIn('ceo@riverside.test'), 'alliance.sid');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second!.split(';')[0]).not.toEqual(first!.split(';')[0]);
  });

  it('destroys the session at sign-out, so the old cookie no longer works', async () => {
    const client = await testApp.signIn('head@riverside.test');
    const cookie = client.cookieHeader();
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const replay = await testApp.client().raw().get('/api/auth/me').set('Cookie', cookie);
    expect(replay.status).toBe(401);
  });

  it('refuses an unsafe request without the XSRF header, with 403', async () => {
    const client = await testApp.signIn('ect@oakfield.test');
    const withoutHeader = await client.raw().post('/api/auth/logout');
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.message).toBe('Your session could not be verified. Reload the page and try again.');
    const wrongHeader = await client.raw().post('/api/auth/logout').set('X-XSRF-TOKEN', 'x'.repeat(43));
    expect(wrongHeader.status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('sets security headers', async () => {
    const response = await testApp.client().get('/api/health');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('login throttling', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('answers 429 after repeated failures for one account, even with the right password, and not for others', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) {
      const response = await testApp.client().post('/api/auth/login', { email: 'mentor@oakfield.test', password: `wrong-${attempt}` });
      expect(response.status).toBe(401);
    }
    const blocked = await testApp.client().post('/api/auth/login', { email: 'mentor@oakfield.test', password: 'alliance-demo' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toBe('Too many failed attempts to sign in. Wait 15 minutes and try again.');
    expect((await testApp.client().post('/api/auth/login', { email: 'ect@riverside.test', password: 'alliance-demo' })).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT + 2; attempt++) {
      expect((await testApp.client().post('/api/auth/login', { email: 'ceo@marshside.test', password: 'alliance-demo' })).status).toBe(200);
    }
  });
});

describe('session timeouts', () => {
  it('ends a session after the idle timeout', async () => {
    const testApp = await createTestApp({ SESSION_IDLE_MINUTES: '0.01' });
    try {
      const client = await testApp.signIn('ceo@oakfield.test');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect((await client.get('/api/auth/me')).status).toBe(401);
    } finally {
      await testApp.close();
    }
  });

  it('ends a session after the absolute timeout, even while it is in use', async () => {
    const testApp = await createTestApp({ SESSION_ABSOLUTE_HOURS: '0.0003' });
    try {
      const client = await testApp.signIn('ceo@oakfield.test');
      expect((await client.get('/api/auth/me')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect((await client.get('/api/auth/me')).status).toBe(401);
    } finally {
      await testApp.close();
    }
  });
});
