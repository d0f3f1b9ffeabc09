/**
 * `npm run bench:bookings`: 500 governors book a 50-place event at the same moment, spread over two API
 * processes sharing one database. Checks that exactly 50 are confirmed and 450 waitlisted (positions
 * 1..450), and reports throughput and latency. Uses DATABASE_URL's server when set, otherwise the
 * embedded PostgreSQL in .data/postgres-bench (port 54331); the database alliance_bench_bookings is
 * recreated each run and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { AllianceSummary } from '../../../libs/contracts/src/lib/alliances';
import type { EventDetail } from '../../../libs/contracts/src/lib/events';
import type { Page } from '../../../libs/contracts/src/lib/pagination';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  ensurePostgres,
} from '../../../libs/local-postgres/src';
import {
  type ApiProcess,
  buildApiIfNeeded,
  freePorts,
  logTail,
  startApi,
  stopApi,
} from './api-processes';
import { createBenchUsers } from './bench-data';
import { bookAllAtOnce, type Expected, reportBurst } from './burst';
import { Cleanup, errorMessage } from './cleanup';
import { ApiClient, type Session } from './http-client';
import { mapBounded } from './stats';
import { verifyBookings } from './verify';

const root = resolve(__dirname, '..', '..', '..');
const DATABASE = 'alliance_bench_bookings';
const EMBEDDED_POSTGRES = {
  dataDir: join(root, '.data', 'postgres-bench'),
  port: 54331,
};
const EXPECTED: Expected = { people: 500, capacity: 50, targetPerSecond: 300 };
const SIGN_IN_CONCURRENCY = 16;
const DEMO_PASSWORD = 'alliance-demo';
const COORDINATOR = 'coordinator@alliance.test';
const ALLIANCE = 'Better Together Alliance';

async function main(): Promise<number> {
  const cleanup = new Cleanup();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up...`);
      void cleanup.runAll().finally(() => process.exit(130));
    });
  }
  try {
    return await bench(cleanup);
  } finally {
    await cleanup.runAll();
  }
}

async function bench(cleanup: Cleanup): Promise<number> {
  const server = await ensurePostgres(EMBEDDED_POSTGRES);
  cleanup.add('stop PostgreSQL', () => server.stop());
  await dropDatabase(server.adminUrl, DATABASE);
  await createDatabase(server.adminUrl, DATABASE);
  cleanup.add(`drop database ${DATABASE}`, () =>
    dropDatabase(server.adminUrl, DATABASE),
  );
  const url = databaseUrl(server.adminUrl, DATABASE);
  console.log(
    `Database: ${DATABASE} on ${server.embedded ? `embedded PostgreSQL (port ${EMBEDDED_POSTGRES.port})` : "DATABASE_URL's server"}`,
  );

  await buildApiIfNeeded(root);

  const workDir = await mkdtemp(join(tmpdir(), 'alliance-bench-bookings-'));
  let keepLogs = true;
  cleanup.add('remove temporary folder', () =>
    keepLogs
      ? console.log(`API logs kept in ${workDir}`)
      : rm(workDir, { recursive: true, force: true }),
  );
  const apis = await startApis(url, workDir, cleanup);

  const db = new Client({ connectionString: url });
  await db.connect();
  cleanup.add('close database client', () => db.end());
  const emails = await createBenchUsers(db, EXPECTED.people);

  const clients = apis.map((api) => new ApiClient(api.baseUrl));
  cleanup.add('close HTTP agents', () =>
    clients.forEach((client) => client.close()),
  );
  const coordinator = await clients[0].signIn(COORDINATOR, DEMO_PASSWORD);
  const event = await createEvent(clients[0], coordinator);
  console.log(
    `Event ${event.id}: capacity ${event.capacity}, starts ${event.startsAt}`,
  );

  const signInStarted = performance.now();
  const sessions = await mapBounded(
    emails,
    SIGN_IN_CONCURRENCY,
    (email, index) => clients[index % 2].signIn(email, DEMO_PASSWORD),
  );
  const signInMs = performance.now() - signInStarted;
  console.log(
    `Signed in ${sessions.length} people in ${(signInMs / 1000).toFixed(2)} s (concurrency ${SIGN_IN_CONCURRENCY}, ${(sessions.length / (signInMs / 1000)).toFixed(0)}/s)`,
  );

  const burst = await bookAllAtOnce(clients, apis, sessions, event.id);
  const failures = reportBurst(burst, EXPECTED);
  failures.push(
    ...(await verifyBookings(
      db,
      clients[0],
      coordinator,
      event.id,
      burst.outcomes,
      EXPECTED,
    )),
  );

  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    for (const api of apis)
      console.error(`\n--- ${api.name} log (last lines) ---\n${logTail(api)}`);
    return 1;
  }
  keepLogs = false;
  console.log('\nOK: capacity held, waitlist gapless, no errors.');
  return 0;
}

/** The first process migrates and seeds; the second starts only once the first answers, as a rolling deploy would. */
async function startApis(
  url: string,
  workDir: string,
  cleanup: Cleanup,
): Promise<ApiProcess[]> {
  const ports = await freePorts(2);
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: url,
    SEED_DEMO_DATA: 'true',
    MAIL_DIR: join(workDir, 'mail'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
  const apis: ApiProcess[] = [];
  cleanup.add('stop API processes', () => Promise.all(apis.map(stopApi)));
  const specs = [
    { name: 'api-a (mail worker on)', mailWorker: 'on' },
    { name: 'api-b (mail worker off)', mailWorker: 'off' },
  ];
  for (const [index, spec] of specs.entries()) {
    const started = performance.now();
    const api = await startApi({
      root,
      name: spec.name,
      port: ports[index],
      logFile: join(workDir, `api-${index}.log`),
      env: { ...shared, MAIL_WORKER: spec.mailWorker },
    });
    apis.push(api);
    console.log(
      `${api.name} healthy on ${api.baseUrl} after ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return apis;
}

async function createEvent(
  client: ApiClient,
  session: Session,
): Promise<EventDetail> {
  const alliances = await client.json<Page<AllianceSummary>>(
    'GET',
    '/api/alliances?pageSize=100',
    { session },
  );
  const alliance = alliances.items.find((item) => item.name === ALLIANCE);
  if (!alliance) throw new Error(`${COORDINATOR} does not see ${ALLIANCE}`);
  const now = new Date();
  // Tomorrow plus a week, 09:00 UTC: well clear of any booking deadline.
  const startsAt = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 8, 9),
  );
  const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000);
  return client.json<EventDetail>('POST', '/api/events', {
    session,
    expected: 201,
    body: {
      allianceId: alliance.id,
      title: 'Bench: IDSR analysis',
      description:
        'Reading the inspection data summary report together: what it shows and what to ask.',
      audience: ['governor'],
      format: 'online',
      onlineUrl: 'https://meet.example.org/idsr',
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      capacity: EXPECTED.capacity,
    },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(errorMessage(error));
    process.exit(1);
  },
);
