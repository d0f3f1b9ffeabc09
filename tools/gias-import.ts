/**
 * `npm run gias:import -- <folder> [--json]`: imports the newest GIAS downloads in a folder (edubasealldata*.csv,
 * allgroupsdata*.csv, alllinksdata*.csv) into the register, with a progress bar, then prints what changed
 * (--json: the whole report as JSON). Uses DATABASE_URL, or like `npm start` the embedded PostgreSQL in
 * .data/postgres (database alliance). Runs any pending migrations first.
 */
import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import type {
  GiasChangeReport,
  GiasImportReport,
} from '../libs/contracts/src/lib/gias';
import {
  createDatabase,
  databaseUrl,
  ensurePostgres,
  type PostgresServer,
} from '../libs/local-postgres/src';
import { dataSourceOptions } from '../apps/api/src/core/database/data-source-options';
import { migrate } from '../apps/api/src/core/database/prepare-database';
import { GiasFileError } from '../apps/api/src/gias/gias-errors';
import { findGiasFiles } from '../apps/api/src/gias/gias-files';
import {
  GiasImporter,
  type GiasProgress,
} from '../apps/api/src/gias/gias-importer';

const root = resolve(__dirname, '..');
const DATABASE_NAME = 'alliance';
const REJECTED_ROWS_SHOWN = 20;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--'));
  const asJson = args.includes('--json');
  if (!folder) {
    console.error(
      'Usage: npm run gias:import -- <folder with the GIAS downloads> [--json]',
    );
    return 2;
  }
  const files = await findGiasFiles(resolve(folder));
  if (!asJson)
    for (const [kind, file] of Object.entries(files))
      console.log(`${kind.padEnd(14)} ${file.path}`);

  let server: PostgresServer | undefined;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    server = await ensurePostgres({
      dataDir: join(root, '.data', 'postgres'),
      port: Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? 54329),
    });
    await createDatabase(server.adminUrl, DATABASE_NAME, { ifNotExists: true });
    url = databaseUrl(server.adminUrl, DATABASE_NAME);
  }
  const dataSource = new DataSource(dataSourceOptions(url));
  const progress = new ProgressBar(!asJson);
  try {
    await migrate(dataSource);
    const report = await new GiasImporter(dataSource).run(files, {
      onProgress: (update) => progress.show(update),
    });
    progress.stop();
    console.log(asJson ? JSON.stringify(report, null, 2) : describe(report));
    return 0;
  } finally {
    progress.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    await server?.stop();
  }
}

/** One bar per file, by bytes read; cli-progress draws nothing when the output is not a terminal. */
class ProgressBar {
  private bar: SingleBar | null = null;
  private file: string | null = null;

  constructor(private readonly enabled: boolean) {}

  show(update: GiasProgress): void {
    if (!this.enabled || !update.file) return;
    if (update.file !== this.file) {
      this.stop();
      this.file = update.file;
      this.bar = new SingleBar(
        {
          format: `${update.phase.padEnd(7)} |{bar}| {percentage}% | {rows} rows | ${update.file}`,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      this.bar.start(Math.max(update.totalBytes, 1), 0, { rows: 0 });
    }
    this.bar?.update(update.bytesRead, {
      rows: update.rowsRead.toLocaleString('en-GB'),
    });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

function describe(report: GiasImportReport): string {
  const lines = [
    '',
    'kind     rows read  created  updated   closed  unchanged  skipped  rejected',
  ];
  const sections: [string, GiasChangeReport][] = [
    ['trusts', report.trusts],
    ['schools', report.schools],
    ['links', report.links],
  ];
  for (const [kind, section] of sections) {
    if (!section.file) continue;
    const counts = [
      section.rowsRead,
      section.created,
      section.updated,
      section.closed,
      section.unchanged,
      section.skipped,
      section.rejectedCount,
    ];
    lines.push(
      `${kind.padEnd(7)} ${counts.map((count, index) => String(count).padStart([9, 8, 8, 8, 10, 8, 9][index])).join(' ')}`,
    );
  }
  for (const [, section] of sections) {
    for (const row of section.rejected.slice(0, REJECTED_ROWS_SHOWN))
      lines.push(`  rejected: ${row.file} line ${row.line}: ${row.reason}`);
    const more =
      section.rejectedCount -
      Math.min(section.rejected.length, REJECTED_ROWS_SHOWN);
    if (more > 0)
      lines.push(
        `  … and ${more} more rejected rows in ${section.file} (--json lists the first ${section.rejected.length})`,
      );
  }
  const seconds =
    (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  lines.push('', `Imported in ${seconds.toFixed(1)} s.`);
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof GiasFileError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : error,
    );
    process.exit(1);
  },
);
