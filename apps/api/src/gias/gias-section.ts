import type { GiasImportPhase } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import type { GiasFileSpec } from './gias-columns';
import type { ChangeTally } from './gias-report';
import type { GiasRow } from './gias-rows';

export interface Numbered<T> {
  line: number;
  value: T;
}

/** How one GIAS file is read into the register: row by row into batches, each written in a few statements. */
export interface GiasSection<T> {
  readonly spec: GiasFileSpec;
  readonly phase: GiasImportPhase;
  /** Checks one row; rejects or skips it on the tally, or returns what to write. */
  accept(line: number, row: GiasRow, tally: ChangeTally): T | null;
  /** Writes a batch and counts each row's outcome. */
  write(manager: EntityManager, batch: Numbered<T>[], tally: ChangeTally): Promise<void>;
  /** Runs once the whole file has been written. */
  finish?(manager: EntityManager, tally: ChangeTally): Promise<void>;
}

/** The row's key seen before in this file: the reason to reject it. */
export function repeated(lines: Map<string, number>, key: string, line: number, label: string): string | null {
  const first = lines.get(key);
  if (first !== undefined) return `${label} is also on line ${first}`;
  lines.set(key, line);
  return null;
}
