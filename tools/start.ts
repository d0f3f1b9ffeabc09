/**
 * `npm start`: builds the api and web, makes sure there is a database (the
 * embedded PostgreSQL in .data/postgres unless DATABASE_URL is set) and runs
 * the api, which serves the web app, until Ctrl-C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createDatabase,
  databaseUrl,
  ensurePostgres,
  type PostgresServer,
} from '../libs/local-postgres/src';

const root = resolve(__dirname, '..');
const DATABASE_NAME = 'alliance';
const STOP_GRACE_MS = 10_000;

let running: ChildProcess | undefined;
let stopRequested = false;

async function main(): Promise<number> {
  console.log('Building api and web (cached when unchanged)...');
  const built = await run(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web'],
    {
      NX_NO_CLOUD: 'true',
      NX_DAEMON: 'false',
      NX_TUI: 'false',
      ...process.env,
    },
  );
  if (stopRequested) return 0;
  if (built !== 0) return built;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: process.env['PORT'] ?? '3000',
  };
  let server: PostgresServer | undefined;
  try {
    if (!env['DATABASE_URL']) {
      server = await ensurePostgres({
        dataDir: join(root, '.data', 'postgres'),
        port: Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? 54329),
      });
      await createDatabase(server.adminUrl, DATABASE_NAME, {
        ifNotExists: true,
      });
      env['DATABASE_URL'] = databaseUrl(server.adminUrl, DATABASE_NAME);
    }
    console.log(
      `Database: ${withoutPassword(env['DATABASE_URL'] ?? '')}${server ? ' (embedded PostgreSQL, .data/postgres)' : ''}`,
    );
    if (stopRequested) return 0;
    const code = await run(
      process.execPath,
      [join(root, 'dist', 'apps', 'api', 'main.js')],
      env,
    );
    return stopRequested ? 0 : code;
  } finally {
    await server?.stop();
  }
}

/** Runs a command with inherited stdio; resolves with its exit code. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    running = child;
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      done(1);
    });
    child.once('exit', (code, signal) => {
      running = undefined;
      done(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

function requestStop(): void {
  if (stopRequested) return;
  stopRequested = true;
  const child = running;
  if (!child) return;
  child.kill('SIGTERM');
  const escalation = setTimeout(() => {
    console.error(`Still running after ${STOP_GRACE_MS / 1000} s; killing it.`);
    child.kill('SIGKILL');
  }, STOP_GRACE_MS);
  child.once('exit', () => clearTimeout(escalation));
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

process.on('SIGINT', requestStop);
process.on('SIGTERM', requestStop);
process.on('SIGHUP', requestStop);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
