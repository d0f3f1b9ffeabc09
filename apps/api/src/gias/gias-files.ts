import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GIAS_FILES } from './gias-columns';
import { GiasFileError } from './gias-errors';
import type { GiasImportFiles } from './gias-importer';

interface Candidate {
  name: string;
  /** YYYYMMDD from the name, as GIAS names its downloads; empty when the name has none. */
  date: string;
  modifiedAt: number;
}

/**
 * The newest download of each kind in a folder (edubasealldata*.csv, allgroupsdata*.csv, alllinksdata*.csv),
 * newest by the date in the name, then by when the file was written.
 */
export async function findGiasFiles(folder: string): Promise<GiasImportFiles> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    throw new GiasFileError(`There is no folder at ${folder}.`);
  }
  const files: GiasImportFiles = {};
  for (const spec of Object.values(GIAS_FILES)) {
    const matching = names.filter((name) => name.toLowerCase().startsWith(spec.namePrefix) && name.toLowerCase().endsWith('.csv'));
    const candidates = await Promise.all(matching.map((name) => candidate(folder, name)));
    const newest = candidates.sort(newestFirst)[0];
    if (newest) files[spec.kind] = { path: join(folder, newest.name), name: newest.name };
  }
  if (!Object.keys(files).length) {
    const expected = Object.values(GIAS_FILES).map((spec) => `${spec.namePrefix}….csv`);
    throw new GiasFileError(`There are no GIAS files in ${folder}. Expected ${expected.join(', ')}.`);
  }
  return files;
}

async function candidate(folder: string, name: string): Promise<Candidate> {
  return { name, date: /(\d{8})/.exec(name)?.[1] ?? '', modifiedAt: (await stat(join(folder, name))).mtimeMs };
}

function newestFirst(first: Candidate, second: Candidate): number {
  return second.date.localeCompare(first.date) || second.modifiedAt - first.modifiedAt;
}
