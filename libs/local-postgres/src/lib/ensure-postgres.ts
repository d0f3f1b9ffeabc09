import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from './databases';
import {
  detachFromTerminal,
  type EmbeddedPostgresInstance,
  loadEmbeddedPostgres,
  serverProcess,
  stopWithProcess,
} from './embedded-postgres';
import { removeStaleLock } from './postmaster-lock';

export interface PostgresServer {
  /** URL of the server's maintenance database ("postgres") */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const LOG_LINES_KEPT = 40;

/**
 * Servers this process started, by data folder, with how many callers hold them: Jest runs each
 * project's global setup and teardown in one process, and the last teardown must be the one that stops it.
 */
const startedHere = new Map<string, { holders: number; stop: () => Promise<void> }>();

/**
 * Uses DATABASE_URL's server when set (stop() is then a no-op); otherwise
 * starts (initialising when the folder has no PG_VERSION) the embedded-postgres
 * server in dataDir on port, root-safe (as root it runs as a "postgres" user,
 * created if missing), and returns it. A server of this dataDir already
 * answering on port is reused (stop() is then a no-op too).
 */
export async function ensurePostgres(options: {
  dataDir: string;
  port: number;
}): Promise<PostgresServer> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    return {
      adminUrl: databaseUrl(external, 'postgres'),
      embedded: false,
      stop: noop,
    };
  }
  if (
    !Number.isInteger(options.port) ||
    options.port < 1 ||
    options.port > 65535
  ) {
    throw new Error(`Invalid PostgreSQL port: ${options.port}`);
  }
  const dataDir = resolve(options.dataDir);
  const adminUrl = `postgres://${USER}:${PASSWORD}@${HOST}:${options.port}/postgres`;
  const ours = startedHere.get(dataDir);
  if (ours) {
    ours.holders += 1;
    return { adminUrl, embedded: true, stop: release(dataDir) };
  }

  const servedDir = await dataDirectoryServedAt(adminUrl);
  if (servedDir !== undefined) {
    if (!(await samePath(servedDir, dataDir))) {
      throw new Error(
        `Port ${options.port} is taken by a PostgreSQL server for ${servedDir}, not ${dataDir}; choose another port.`,
      );
    }
    return { adminUrl, embedded: true, stop: noop };
  }

  startedHere.set(dataDir, { holders: 1, stop: await startEmbedded(dataDir, options.port) });
  return { adminUrl, embedded: true, stop: release(dataDir) };
}

/** A stop() for one holder: only the last one to let go stops the server. Calling it twice counts once. */
function release(dataDir: string): () => Promise<void> {
  let released = false;
  return async () => {
    const entry = startedHere.get(dataDir);
    if (released || !entry) return;
    released = true;
    entry.holders -= 1;
    if (entry.holders > 0) return;
    startedHere.delete(dataDir);
    await entry.stop();
  };
}

async function startEmbedded(
  dataDir: string,
  port: number,
): Promise<() => Promise<void>> {
  const log: string[] = [];
  const keep = (message: unknown): void => {
    log.push(
      message instanceof Error ? message.message : String(message).trimEnd(),
    );
    if (log.length > LOG_LINES_KEPT) log.shift();
  };
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root, so embedded-postgres runs it as a
    // "postgres" user it creates if needed; as anyone else that would fail.
    createPostgresUser: process.getuid?.() === 0,
    // Without an explicit encoding, initdb under LANG=C picks SQL_ASCII.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    // TCP on loopback only: no socket lock files in /tmp to go stale.
    postgresFlags: [
      '-c',
      `listen_addresses=${HOST}`,
      '-c',
      'unix_socket_directories=',
    ],
    onLog: keep,
    onError: keep,
  });
  detachFromTerminal(server);
  const forget = stopWithProcess(server);
  try {
    if (existsSync(join(dataDir, 'PG_VERSION'))) {
      await removeStaleLock(dataDir);
    } else {
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    forget();
    const reason = error instanceof Error ? error.message : 'postgres exited';
    throw new Error(
      [
        `Could not start PostgreSQL in ${dataDir} on port ${port}: ${reason}`,
        ...log,
      ].join('\n'),
    );
  }
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stopServer(server).finally(forget));
}

async function stopServer(server: EmbeddedPostgresInstance): Promise<void> {
  const child = serverProcess(server);
  if (child && (child.exitCode !== null || child.signalCode !== null)) return;
  await server.stop();
}

/** The data directory of the server answering at adminUrl, if any answers. */
async function dataDirectoryServedAt(
  adminUrl: string,
): Promise<string | undefined> {
  const client = new Client({
    connectionString: adminUrl,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED')
      return undefined;
    throw new Error(
      `A server answers at ${adminUrl.replace(`:${PASSWORD}@`, '@')} but not as the embedded PostgreSQL: ${(error as Error).message}`,
    );
  }
  try {
    const result = await client.query<{ data_directory: string }>(
      'SHOW data_directory',
    );
    return result.rows[0]?.data_directory;
  } finally {
    await client.end();
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  const canonical = (path: string): Promise<string> =>
    realpath(path).catch(() => resolve(path));
  return (await canonical(a)) === (await canonical(b));
}

async function noop(): Promise<void> {
  // Not ours to stop.
}
