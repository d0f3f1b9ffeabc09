import type { Server } from 'node:http';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

/** A browser-like client: keeps cookies and, like Angular, echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN. */
export class TestClient {
  private readonly agent: TestAgent;
  private xsrfToken: string | undefined;
  private readonly cookies = new Map<string, string>();

  constructor(server: Server) {
    this.agent = request.agent(server);
  }

  async signIn(email: string, password = 'alliance-demo'): Promise<request.Response> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`Could not sign in as ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  get(path: string): Promise<request.Response> {
    return this.capture(this.agent.get(path));
  }

  post(path: string, body: object = {}): Promise<request.Response> {
    return this.capture(this.withXsrf(this.agent.post(path)).send(body));
  }

  patch(path: string, body: object = {}): Promise<request.Response> {
    return this.capture(this.withXsrf(this.agent.patch(path)).send(body));
  }

  put(path: string, body: object = {}): Promise<request.Response> {
    return this.capture(this.withXsrf(this.agent.put(path)).send(body));
  }

  delete(path: string): Promise<request.Response> {
    return this.capture(this.withXsrf(this.agent.delete(path)));
  }

  /** Sends one file as multipart/form-data in the field `file`, as the browser's upload control does. */
  upload(path: string, content: Buffer, fileName: string, field = 'file'): Promise<request.Response> {
    return this.capture(this.withXsrf(this.agent.post(path)).attach(field, content, fileName));
  }

  /** The cookies this client holds, as a Cookie header, to replay them elsewhere. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** For tests that check CSRF itself. */
  raw(): TestAgent {
    return this.agent;
  }

  private withXsrf(test: request.Test): request.Test {
    return this.xsrfToken ? test.set('X-XSRF-TOKEN', this.xsrfToken) : test;
  }

  private async capture(test: request.Test): Promise<request.Response> {
    const response = await test;
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    for (const cookie of cookies) {
      const [, name, value] = /^([^=]+)=([^;]*)/.exec(cookie) ?? [];
      if (name) this.cookies.set(name, value);
    }
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) this.xsrfToken = decodeURIComponent(xsrf);
    return response;
  }
}
