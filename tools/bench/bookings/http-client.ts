import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
  setCookies: string[];
  /** Milliseconds from sending the request to the end of the response. */
  ms: number;
}

/** The cookies a signed-in person's browser would hold. */
export interface Session {
  cookieHeader: string;
  xsrfToken: string;
}

const REQUEST_TIMEOUT_MS = 60_000;
const SESSION_COOKIE = 'alliance.sid';
const XSRF_COOKIE = 'XSRF-TOKEN';

/** A keep-alive HTTP/1.1 client for one API process on loopback. */
export class ApiClient {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(readonly baseUrl: string) {}

  send(
    method: string,
    path: string,
    options: { body?: unknown; session?: Session } = {},
  ): Promise<HttpResponse> {
    const payload =
      options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.session) {
      headers['cookie'] = options.session.cookieHeader;
      headers['x-xsrf-token'] = options.session.xsrfToken;
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.baseUrl),
        { method, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              setCookies: res.headers['set-cookie'] ?? [],
              ms: performance.now() - started,
            }),
          );
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`${method} ${path} timed out`)),
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.send('POST', '/api/auth/login', {
      body: { email, password },
    });
    if (response.status !== 200) {
      throw new Error(
        `Sign-in of ${email} failed: ${response.status} ${response.body.slice(0, 200)}`,
      );
    }
    // The CSRF middleware and the login handler may both set XSRF-TOKEN; like a browser, the last one wins.
    const cookies = new Map<string, string>();
    for (const header of response.setCookies) {
      const pair = header.split(';', 1)[0];
      const equals = pair.indexOf('=');
      if (equals > 0)
        cookies.set(
          pair.slice(0, equals).trim(),
          pair.slice(equals + 1).trim(),
        );
    }
    const sid = cookies.get(SESSION_COOKIE);
    const xsrf = cookies.get(XSRF_COOKIE);
    if (!sid || !xsrf)
      throw new Error(
        `Sign-in of ${email} did not set both ${SESSION_COOKIE} and ${XSRF_COOKIE}`,
      );
    return {
      cookieHeader: `${SESSION_COOKIE}=${sid}; ${XSRF_COOKIE}=${xsrf}`,
      xsrfToken: decodeURIComponent(xsrf),
    };
  }

  /** Sends a request that must answer `expected`; returns the parsed JSON body. */
  async json<T>(
    method: string,
    path: string,
    options: { body?: unknown; session?: Session; expected?: number } = {},
  ): Promise<T> {
    const response = await this.send(method, path, options);
    const expected = options.expected ?? 200;
    if (response.status !== expected) {
      throw new Error(
        `${method} ${path} answered ${response.status} (expected ${expected}): ${response.body.slice(0, 300)}`,
      );
    }
    return JSON.parse(response.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
