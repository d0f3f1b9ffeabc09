/**
 * `npm run bench:search`: library search over 20,000 resources. Starts the built API on a fresh database (migrated,
 * with the demo data), bulk-inserts 20,000 generated resources with one INSERT … SELECT over generate_series, signs in
 * as a member and runs 500 realistic searches one after another through GET /api/library/resources (websearch
 * queries, filters, sorts, highlights), and prints p50, p95 and max latency. Target: p95 under 50 ms.
 *
 * Uses DATABASE_URL's server when set, otherwise the embedded PostgreSQL in .data/postgres-bench-networks (port 54352);
 * the database alliance_bench_networks is recreated each run and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { ResourceSearchResult } from '../../../libs/contracts/src/lib/networks';
import type { Page } from '../../../libs/contracts/src/lib/pagination';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  ensurePostgres,
} from '../../../libs/local-postgres/src';
import {
  buildApiIfNeeded,
  freePorts,
  logTail,
  startApi,
  stopApi,
} from '../bookings/api-processes';
import { Cleanup } from '../bookings/cleanup';
import { ApiClient } from '../bookings/http-client';
import { ms, percentile } from '../bookings/stats';
import { generateResources } from './generate';
import { BROAD_WORD, searchQueries } from './queries';

const root = resolve(__dirname, '..', '..', '..');
const DATABASE = 'alliance_bench_networks';
const EMBEDDED_POSTGRES = {
  dataDir: join(root, '.data', 'postgres-bench-networks'),
  port: 54352,
};
const RESOURCES = 20_000;
const SEARCHES = 500;
const WARM_UP = 25;
const TARGET_P95_MS = 50;
const MEMBER = 'ect@oakfield.test';
const DEMO_PASSWORD = 'alliance-demo';

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
    `Database: ${DATABASE} on ${server.embedded ? `embedded PostgreSQL (port ${EMBEDDED_POSTGRES.port})` : "DATABASE_URL's server"}; ${cpus().length} CPUs`,
  );

  await buildApiIfNeeded(root);
  const workDir = await mkdtemp(join(tmpdir(), 'alliance-bench-search-'));
  cleanup.add('remove temporary folder', () =>
    rm(workDir, { recursive: true, force: true }),
  );
  const [port] = await freePorts(1);
  const api = await startApi({
    root,
    name: 'api',
    port,
    logFile: join(workDir, 'api.log'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: url,
      SEED_DEMO_DATA: 'true',
      MAIL_WORKER: 'off',
      MAIL_DIR: join(workDir, 'mail'),
      SESSION_SECRET: randomBytes(32).toString('base64url'),
    },
  });
  cleanup.add('stop the API', () => stopApi(api));

  const db = new Client({ connectionString: url });
  await db.connect();
  cleanup.add('close database client', () => db.end());
  const seedStarted = performance.now();
  await generateResources(db, RESOURCES);
  const [{ total }] = (
    await db.query<{ total: number }>(
      'SELECT count(*)::int AS total FROM library_resources',
    )
  ).rows;
  console.log(
    `Inserted ${RESOURCES.toLocaleString('en-GB')} resources in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (library now ${total.toLocaleString('en-GB')})`,
  );
  await reportPlan(db);

  const client = new ApiClient(api.baseUrl);
  cleanup.add('close HTTP agent', () => client.close());
  const session = await client.signIn(MEMBER, DEMO_PASSWORD);
  // The floor every signed-in request pays (session lookup, guards, JSON), to read the search figures against.
  const floor: number[] = [];
  for (let index = 0; index < 100; index++)
    floor.push((await client.send('GET', '/api/auth/me', { session })).ms);
  floor.sort((a, b) => a - b);
  const queries = searchQueries(SEARCHES + WARM_UP);
  const latencies: number[] = [];
  const byWords = new Map<string, number[]>();
  let results = 0;
  for (const [index, query] of queries.entries()) {
    const response = await client.send(
      'GET',
      `/api/library/resources?${query}`,
      { session },
    );
    if (response.status !== 200) {
      console.error(
        `GET /api/library/resources?${query} answered ${response.status}: ${response.body.slice(0, 300)}\n${logTail(api)}`,
      );
      return 1;
    }
    if (index < WARM_UP) continue;
    latencies.push(response.ms);
    const words =
      new URLSearchParams(query).get('q') ?? '(no words: filters only)';
    byWords.set(words, [...(byWords.get(words) ?? []), response.ms]);
    results += (JSON.parse(response.body) as Page<ResourceSearchResult>).total;
  }
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  console.log(
    `\n${latencies.length} searches through GET /api/library/resources, one at a time, after ${WARM_UP} to warm up (${Math.round(results / latencies.length)} matches on average):`,
  );
  console.log(
    `  p50 ${ms(percentile(latencies, 50))}   p95 ${ms(p95)}   p99 ${ms(percentile(latencies, 99))}   max ${ms(latencies[latencies.length - 1])}`,
  );
  const focused = [...byWords]
    .filter(([words]) => words !== BROAD_WORD)
    .flatMap(([, times]) => times)
    .sort((a, b) => a - b);
  console.log(
    `  without the ${byWords.get(BROAD_WORD)?.length ?? 0} searches for "${BROAD_WORD}" (a word in most resources): p50 ${ms(percentile(focused, 50))}   p95 ${ms(percentile(focused, 95))}`,
  );
  console.log(
    `  for comparison, GET /api/auth/me: p50 ${ms(percentile(floor, 50))}   p95 ${ms(percentile(floor, 95))}`,
  );
  const slowest = [...byWords]
    .map(([words, times]) => ({
      words,
      median: percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
    }))
    .sort((a, b) => b.median - a.median);
  console.log(
    `  slowest searches by median: ${slowest
      .slice(0, 4)
      .map((entry) => `${entry.words} ${ms(entry.median)}`)
      .join(', ')}`,
  );
  console.log(
    `Target: p95 under ${TARGET_P95_MS} ms over ${RESOURCES.toLocaleString('en-GB')} resources: ${p95 < TARGET_P95_MS ? 'met' : 'NOT MET'}.`,
  );
  return p95 < TARGET_P95_MS ? 0 : 1;
}

/** Shows that the search uses the GIN index rather than reading every row. */
async function reportPlan(db: Client): Promise<void> {
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN ANALYZE SELECT id FROM library_resources WHERE "searchVector" @@ websearch_to_tsquery('english', 'reading fluency')`,
  );
  const plan = rows.map((row) => row['QUERY PLAN']);
  const index = plan.find((line) =>
    line.includes('IDX_library_resources_search_vector'),
  );
  console.log(
    `Plan for a typical match: ${index ? index.trim() : 'NO INDEX USED'}; ${plan[plan.length - 1].trim()}`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  },
);
