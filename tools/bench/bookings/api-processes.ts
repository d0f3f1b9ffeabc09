import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ApiProcess {
  name: string;
  baseUrl: string;
  logFile: string;
  child: ChildProcess;
  exited: Promise<void>;
}

const HEALTH_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 30;

/** Builds the api when dist is missing or older than its sources (Nx answers from its cache when unchanged). */
export async function buildApiIfNeeded(root: string): Promise<void> {
  const main = join(root, 'dist', 'apps', 'api', 'main.js');
  const sources = [
    join(root, 'apps', 'api', 'src'),
    join(root, 'libs', 'contracts', 'src'),
  ];
  if (existsSync(main) && newestChange(sources) <= statSync(main).mtimeMs)
    return;
  console.log(
    existsSync(main)
      ? 'dist/apps/api is older than its sources; building...'
      : 'Building the api...',
  );
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npx', ['nx', 'build', 'api'], {
      cwd: root,
      env: {
        NX_NO_CLOUD: 'true',
        NX_DAEMON: 'false',
        NX_TUI: 'false',
        ...process.env,
      },
      stdio: 'inherit',
    });
    child.once('error', () => resolve(1));
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`npx nx build api failed (exit ${code})`);
}

function newestChange(dirs: string[]): number {
  let newest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile())
        newest = Math.max(
          newest,
          statSync(join(entry.parentPath, entry.name)).mtimeMs,
        );
    }
  }
  return newest;
}

/** Distinct free loopback ports; all are held open until each is known, so they differ. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string')
      throw new Error('No port assigned');
    return address.port;
  });
  await Promise.all(
    servers.map((server) => new Promise((resolve) => server.close(resolve))),
  );
  return ports;
}

/** Starts `node dist/apps/api/main.js` with its output in logFile; resolves once GET /api/health answers 200. */
export async function startApi(options: {
  root: string;
  name: string;
  port: number;
  logFile: string;
  env: NodeJS.ProcessEnv;
}): Promise<ApiProcess> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(
    process.execPath,
    [join(options.root, 'dist', 'apps', 'api', 'main.js')],
    {
      cwd: options.root,
      env: { ...options.env, PORT: String(options.port) },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const api: ApiProcess = {
    name: options.name,
    baseUrl: `http://127.0.0.1:${options.port}`,
    logFile: options.logFile,
    child,
    exited,
  };
  await waitForHealth(api);
  return api;
}

async function waitForHealth(api: ApiProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      throw new Error(`${api.name} exited while starting:\n${logTail(api)}`);
    }
    try {
      const response = await fetch(`${api.baseUrl}/api/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(
    `${api.name} did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${logTail(api)}`,
  );
}

/** SIGTERM, then SIGKILL if it has not exited after the grace period. */
export async function stopApi(api: ApiProcess): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const stopped = await Promise.race([
    api.exited.then(() => true),
    sleep(STOP_GRACE_MS).then(() => false),
  ]);
  if (!stopped) {
    console.error(
      `${api.name} still running after ${STOP_GRACE_MS / 1000} s; killing it.`,
    );
    api.child.kill('SIGKILL');
    await api.exited;
  }
}

export function logTail(api: ApiProcess, lines = LOG_TAIL_LINES): string {
  try {
    return readFileSync(api.logFile, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .join('\n');
  } catch {
    return '(no log)';
  }
}
