import { CsvError, parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { GiasFileSpec } from './gias-columns';
import { GiasTextDecoder } from './gias-encoding';
import { GiasFileError } from './gias-errors';
import type { GiasRow } from './gias-rows';

/** A data row, by header, with the line it is on (the header is line 1), or a line that is not a well-formed row. */
export type GiasRecord = { line: number; row: GiasRow } | { line: number; problem: string };

/** Far longer than any real row; a stray quote would otherwise make the parser hold the rest of the file as one value. */
const MAX_RECORD_CHARACTERS = 256 * 1024;

/**
 * Streams a GIAS CSV download row by row: bytes → text (Windows-1252, or UTF-8 when the file is) → csv-parse,
 * reading columns by header name. Throws GiasFileError when the file cannot be read at all. `onBytes` is told
 * how many bytes have been read so far, for progress.
 */
export async function* readGiasCsv(path: string, spec: GiasFileSpec, onBytes?: (bytesRead: number) => void): AsyncGenerator<GiasRecord> {
  const file = createReadStream(path);
  let bytesRead = 0;
  if (onBytes) file.on('data', (chunk) => onBytes((bytesRead += chunk.length)));
  const problems: GiasRecord[] = [];
  const lines = new LineCounter();
  let sawHeader = false;
  const parser = parse({
    columns: (header: string[]) => {
      sawHeader = true;
      return checkedHeader(header, spec);
    },
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARACTERS,
    info: true,
    raw: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) problems.push({ line: lines.correct(Number(error['lines'] ?? 0)), problem: describeCsvError(error) });
    },
  });
  const piping = pipeline(file, new GiasTextDecoder(spec.label), parser);
  // The pipeline's own rejection is seen through the parser's iterator; this keeps it from being reported as unhandled.
  piping.catch(() => undefined);
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{ record: GiasRow; info: { lines: number }; raw: string }>) {
      yield* problems.splice(0);
      yield { line: lines.startOf(raw, info.lines), row: record };
    }
    yield* problems.splice(0);
    await piping;
  } catch (error) {
    throw asFileError(error, spec);
  } finally {
    file.destroy();
  }
  if (!sawHeader) throw new GiasFileError(`The ${spec.label} is empty.`);
}

/** Reads only the header, to refuse a wrong file before anything is imported. */
export async function checkGiasHeader(path: string, spec: GiasFileSpec): Promise<void> {
  const records = readGiasCsv(path, spec);
  await records.next();
  await records.return(undefined);
}

function checkedHeader(header: string[], spec: GiasFileSpec): string[] {
  const names = header.map((name) => name.trim());
  const missing = spec.requiredColumns.filter((column) => !names.includes(column));
  if (missing.length) {
    throw new GiasFileError(
      `The ${spec.label} does not have the column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `"${column}"`).join(', ')}. ` +
        `Check you chose the right file: it is called ${spec.namePrefix}YYYYMMDD.csv in Get Information about Schools.`,
    );
  }
  return names;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const values = (error['record'] as unknown[] | undefined)?.length;
      const columns = (error['columns'] as unknown[] | undefined)?.length;
      return values === undefined || columns === undefined
        ? 'The row does not have the same number of values as the header'
        : `The row has ${values} value${values === 1 ? '' : 's'} but the header has ${columns} columns`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted value is not closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'A value has a quote mark in the wrong place';
    case 'CSV_MAX_RECORD_SIZE':
      return 'The row is far too long';
    default:
      return 'The row could not be read';
  }
}

function asFileError(error: unknown, spec: GiasFileSpec): Error {
  if (error instanceof GiasFileError) return error;
  if (error instanceof CsvError) return new GiasFileError(`The ${spec.label} could not be read as CSV. Upload the file as downloaded from Get Information about Schools.`);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new GiasFileError(`The ${spec.label} could not be found.`);
  return error as Error;
}

/**
 * Turns csv-parse's line count (where the record ends) into the line the record starts on. csv-parse counts a CRLF
 * inside a quoted value as two lines, so those are taken off for this record and every one after it.
 */
class LineCounter {
  private doubleCounted = 0;

  startOf(raw: string, endLine: number): number {
    let start = 0;
    let end = raw.length;
    while (start < end && (raw[start] === '\n' || raw[start] === '\r')) start += 1;
    while (end > start && (raw[end - 1] === '\n' || raw[end - 1] === '\r')) end -= 1;
    let breaks = 0;
    for (let index = raw.indexOf('\n', start); index !== -1 && index < end; index = raw.indexOf('\n', index + 1)) {
      breaks += 1;
      if (raw[index - 1] === '\r') this.doubleCounted += 1;
    }
    return this.correct(endLine) - breaks;
  }

  correct(line: number): number {
    return line - this.doubleCounted;
  }
}
