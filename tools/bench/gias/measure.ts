/**
 * Run by run.ts in a fresh process, so that its memory figures are the import's alone: imports the GIAS files in a
 * folder into a database twice (the second time nothing changes), sampling the process's resident memory, and prints
 * the figures as one line of JSON.
 *
 *   node -r ts-node/register/transpile-only tools/bench/gias/measure.ts <folder> <database url>
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../apps/api/src/core/database/data-source-options';
import { migrate } from '../../../apps/api/src/core/database/prepare-database';
import { findGiasFiles } from '../../../apps/api/src/gias/gias-files';
import { GiasImporter } from '../../../apps/api/src/gias/gias-importer';
import type { GiasChangeReport } from '../../../libs/contracts/src/lib/gias';

export interface Measurement {
  importMs: number;
  reimportMs: number;
  baselineRssBytes: number;
  peakRssBytes: number;
  schools: GiasChangeReport;
  trusts: GiasChangeReport;
  links: GiasChangeReport;
  reimportChanged: number;
}

const SAMPLE_EVERY_MS = 20;

async function main(): Promise<void> {
  const [folder, url] = process.argv.slice(2);
  if (!folder || !url)
    throw new Error('Usage: measure.ts <folder> <database url>');
  const files = await findGiasFiles(folder);
  const dataSource = await migrate(new DataSource(dataSourceOptions(url)));
  try {
    const baselineRssBytes = process.memoryUsage().rss;
    let peakRssBytes = baselineRssBytes;
    const sampler = setInterval(
      () => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)),
      SAMPLE_EVERY_MS,
    );
    const importer = new GiasImporter(dataSource);
    const started = performance.now();
    const first = await importer.run(files);
    const imported = performance.now();
    const second = await importer.run(files);
    const reimported = performance.now();
    clearInterval(sampler);
    const changed = [second.trusts, second.schools, second.links].reduce(
      (total, section) =>
        total + section.created + section.updated + section.closed,
      0,
    );
    const measurement: Measurement = {
      importMs: imported - started,
      reimportMs: reimported - imported,
      baselineRssBytes,
      peakRssBytes: Math.max(peakRssBytes, process.memoryUsage().rss),
      schools: {
        ...first.schools,
        rejected: first.schools.rejected.slice(0, 3),
      },
      trusts: { ...first.trusts, rejected: [] },
      links: { ...first.links, rejected: [] },
      reimportChanged: changed,
    };
    console.log(JSON.stringify(measurement));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
