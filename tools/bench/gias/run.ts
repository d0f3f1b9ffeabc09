/**
 * `npm run bench:gias [-- 10000 50000]`: generates GIAS downloads of each size (real column set, Windows-1252; 50,000
 * establishments is about 60 MB, like the real file), imports them into a fresh database in a fresh process, imports
 * them again (nothing should change), and prints wall time, rows per second and peak resident memory, to show that
 * memory stays flat as the file grows. Target: 50,000 establishments in at most 30 s on a 2-core machine.
 *
 * Uses DATABASE_URL's server when set, otherwise the embedded PostgreSQL in .data/postgres-bench-gias (port 54332);
 * the database alliance_bench_gias is recreated for each size and dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  ensurePostgres,
} from '../../../libs/local-postgres/src';
import { generateGiasFiles } from './generate';
import type { Measurement } from './measure';

const root = resolve(__dirname, '..', '..', '..');
const DATABASE = 'alliance_bench_gias';
const EMBEDDED_POSTGRES = {
  dataDir: join(root, '.data', 'postgres-bench-gias'),
  port: 54332,
};
const DEFAULT_SIZES = [10_000, 50_000];
const TARGET = { rows: 50_000, seconds: 30 };
const MB = 1024 * 1024;

async function main(): Promise<number> {
  const sizes = process.argv.slice(2).map(Number);
  const server = await ensurePostgres(EMBEDDED_POSTGRES);
  console.log(
    `Database: ${DATABASE} on ${server.embedded ? `embedded PostgreSQL (port ${EMBEDDED_POSTGRES.port})` : "DATABASE_URL's server"}; ${cpus().length} CPUs`,
  );
  const results: {
    rows: number;
    fileBytes: number;
    measurement: Measurement;
  }[] = [];
  try {
    for (const rows of sizes.length ? sizes : DEFAULT_SIZES) {
      const folder = await mkdtemp(join(tmpdir(), 'alliance-bench-gias-'));
      try {
        const files = await generateGiasFiles(folder, rows);
        const fileBytes = (
          await stat(join(folder, 'edubasealldata20250101.csv'))
        ).size;
        console.log(
          `Generated ${rows.toLocaleString('en-GB')} establishments (${(fileBytes / MB).toFixed(1)} MB), ${files.groups.toLocaleString('en-GB')} groups, ${files.links.toLocaleString('en-GB')} links`,
        );
        await dropDatabase(server.adminUrl, DATABASE);
        await createDatabase(server.adminUrl, DATABASE);
        const measurement = await measure(
          folder,
          databaseUrl(server.adminUrl, DATABASE),
        );
        results.push({ rows, fileBytes, measurement });
      } finally {
        await rm(folder, { recursive: true, force: true });
        await dropDatabase(server.adminUrl, DATABASE);
      }
    }
  } finally {
    await server.stop();
  }
  report(results);
  const target = results.find((result) => result.rows === TARGET.rows);
  return target && target.measurement.importMs / 1000 > TARGET.seconds ? 1 : 0;
}

/** Runs measure.ts in its own process and reads its one line of JSON. */
function measure(folder: string, url: string): Promise<Measurement> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        join(__dirname, 'measure.ts'),
        folder,
        url,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(root, 'tools', 'tsconfig.json'),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => {
      const line = output.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`measure.ts exited with ${code}`));
      done(JSON.parse(line) as Measurement);
    });
  });
}

function report(
  results: { rows: number; fileBytes: number; measurement: Measurement }[],
): void {
  console.log('');
  console.log(
    'establishments   file MB   import s   rows/s   re-import s   peak RSS MB   RSS growth MB',
  );
  for (const { rows, fileBytes, measurement } of results) {
    const seconds = measurement.importMs / 1000;
    console.log(
      [
        rows.toLocaleString('en-GB').padStart(14),
        (fileBytes / MB).toFixed(1).padStart(9),
        seconds.toFixed(1).padStart(10),
        Math.round(rows / seconds)
          .toLocaleString('en-GB')
          .padStart(8),
        (measurement.reimportMs / 1000).toFixed(1).padStart(13),
        (measurement.peakRssBytes / MB).toFixed(0).padStart(13),
        ((measurement.peakRssBytes - measurement.baselineRssBytes) / MB)
          .toFixed(0)
          .padStart(15),
      ].join(' '),
    );
  }
  for (const { rows, measurement } of results) {
    const { schools, trusts, links } = measurement;
    console.log(
      `\n${rows.toLocaleString('en-GB')}: schools ${schools.created} created, ${schools.skipped} skipped (closed), ${schools.rejectedCount} rejected` +
        ` (e.g. line ${schools.rejected[0]?.line}: ${schools.rejected[0]?.reason}); trusts ${trusts.created} created, ${trusts.skipped} skipped;` +
        ` links ${links.created} created, ${links.skipped} skipped; changed by the re-import: ${measurement.reimportChanged}`,
    );
  }
  console.log(
    `\nTarget: ${TARGET.rows.toLocaleString('en-GB')} establishments in at most ${TARGET.seconds} s, memory flat as the file grows.`,
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
