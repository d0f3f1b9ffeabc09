import { humanise } from '../shared/labels';

export interface ChangeLine {
  label: string;
  value: string;
  /** Objects and lists are shown as indented JSON. */
  structured: boolean;
}

/** The `changes` of an audit entry as label/value lines a person can read. */
export function changeLinesOf(
  changes: Record<string, unknown> | null | undefined,
): ChangeLine[] {
  return Object.entries(changes ?? {}).map(([key, value]) => {
    const structured = typeof value === 'object' && value !== null;
    return { label: humanise(key), value: describeValue(value), structured };
  });
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value, null, 2);
}
