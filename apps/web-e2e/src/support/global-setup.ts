import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, databaseUrl, dropDatabase, ensurePostgres } from '@alliance/local-postgres';
import { chromiumPath } from './chromium';
import { E2eState, saveState } from './state';

const root = join(__dirname, '../../../..');

/**
 * Builds the api and web (cached by Nx when unchanged), starts the real API (which serves the built web app)
 * against its own database on the test PostgreSQL, with the demo data, and waits until it is healthy.
 */
export default async function globalSetup(): Promise<void> {
  if (!chromiumPath()) {
    const banner = '!'.repeat(78);
    console.warn(
      `\n${banner}\nBROWSER TESTS SKIPPED: no Chromium at ${process.env['CHROME_PATH'] || '/usr/bin/chromium'}.\n` +
        `Install it with: sudo apt-get install -y chromium   (or set CHROME_PATH)\n${banner}\n`,
    );
    saveState({ skipped: true });
    return;
  }
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  const server = await ensurePostgres({ dataDir: join(root, '.data/postgres-test'), port: Number(process.env['EMBEDDED_TEST_POSTGRES_PORT'] ?? 54330) });
  const database = `alliance_e2e_${process.pid}`;
  await dropDatabase(server.adminUrl, database);
  await createDatabase(server.adminUrl, database);
  const port = await freePort();
  const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl(server.adminUrl, database),
      MAIL_DIR: mkdtempSync(join(tmpdir(), 'alliance-e2e-mail-')),
      WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
      SMTP_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const state: E2eState = { skipped: false, baseUrl: `http://127.0.0.1:${port}` };
  saveState(state);
  globalThis.__ALLIANCE_E2E_STOP__ = async () => {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await dropDatabase(server.adminUrl, database);
    await server.stop();
  };
  await waitForHealth(`${state.baseUrl}/api/health`, api);
}

declare global {
  var __ALLIANCE_E2E_STOP__: (() => Promise<void>) | undefined;
}

async function waitForHealth(url: string, api: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy at ${url} within 60 s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}
