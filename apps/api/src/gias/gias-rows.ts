import type { SchoolPhase } from '@alliance/contracts';
import { ESTABLISHMENT_COLUMNS, GROUP_COLUMNS, LINK_COLUMNS } from './gias-columns';

export type GiasRow = Record<string, string | undefined>;
export type Parsed<T> = { value: T } | { reason: string };
export type RecordStatus = 'open' | 'closed';

export interface EstablishmentValues {
  urn: string;
  name: string;
  phase: SchoolPhase;
  establishmentType: string | null;
  localAuthority: string | null;
  region: string | null;
  postcode: string | null;
  status: RecordStatus;
  openedOn: string | null;
  closedOn: string | null;
}

export interface TrustValues {
  uid: string;
  groupId: string | null;
  name: string;
  companiesHouseNumber: string | null;
  status: RecordStatus;
}

export interface LinkValues {
  urn: string;
  uid: string;
}

const TRUST_GROUP_TYPES = new Set(['multi-academy trust', 'single-academy trust']);

const STATUSES: Record<string, RecordStatus> = {
  open: 'open',
  'open, but proposed to close': 'open',
  'proposed to open': 'open',
  closed: 'closed',
};

const PHASES: Record<string, SchoolPhase> = {
  nursery: 'nursery',
  primary: 'primary',
  'middle deemed primary': 'primary',
  secondary: 'secondary',
  'middle deemed secondary': 'secondary',
  'all-through': 'all_through',
  '16 plus': 'sixteen_plus',
  'not applicable': 'not_applicable',
};

/** Lengths of the columns the values go into, so one long value is a rejected row rather than a failed batch. */
const MAX_LENGTH = { name: 200, text: 100, postcode: 16, groupId: 32, companiesHouseNumber: 16 };

const IDENTIFIER = /^\d{1,10}$/;
const GIAS_DATE = /^(\d{2})[/-](\d{2})[/-](\d{4})$/;

export function parseEstablishment(row: GiasRow): Parsed<EstablishmentValues> {
  const columns = ESTABLISHMENT_COLUMNS;
  return parsing(() => {
    const establishmentType = optional(row, columns.type, MAX_LENGTH.text);
    return {
      urn: identifier(row, columns.urn),
      name: required(row, columns.name, MAX_LENGTH.name),
      phase: schoolPhase(cell(row, columns.phase), establishmentType),
      establishmentType,
      localAuthority: optional(row, columns.localAuthority, MAX_LENGTH.text),
      region: optional(row, columns.region, MAX_LENGTH.text),
      postcode: optional(row, columns.postcode, MAX_LENGTH.postcode),
      status: recordStatus(row, columns.status),
      openedOn: date(row, columns.openDate),
      closedOn: date(row, columns.closeDate),
    };
  });
}

/** Groups that are not academy trusts (federations, sponsors, children's centre groups) are not organisations here: null. */
export function parseGroup(row: GiasRow): Parsed<TrustValues> | null {
  const columns = GROUP_COLUMNS;
  if (!TRUST_GROUP_TYPES.has(cell(row, columns.type).toLowerCase())) return null;
  return parsing(() => ({
    uid: identifier(row, columns.uid),
    groupId: optional(row, columns.groupId, MAX_LENGTH.groupId)?.toUpperCase() ?? null,
    name: required(row, columns.name, MAX_LENGTH.name),
    companiesHouseNumber: optional(row, columns.companiesHouseNumber, MAX_LENGTH.companiesHouseNumber),
    status: recordStatus(row, columns.status),
  }));
}

export function parseLink(row: GiasRow): Parsed<LinkValues> {
  return parsing(() => ({ urn: identifier(row, LINK_COLUMNS.urn), uid: identifier(row, LINK_COLUMNS.uid) }));
}

/** Special schools and pupil referral units say so in their type; their phase is often "Not applicable". */
export function schoolPhase(phase: string, establishmentType: string | null): SchoolPhase {
  const type = establishmentType?.toLowerCase() ?? '';
  if (type.includes('special')) return 'special';
  if (type.includes('pupil referral') || type.includes('alternative provision')) return 'alternative_provision';
  return PHASES[phase.toLowerCase()] ?? 'not_applicable';
}

/** A GIAS date (DD/MM/YYYY; some extracts use DD-MM-YYYY) as an ISO date, or null when the cell is empty. */
export function parseGiasDate(text: string): string | null | undefined {
  if (!text) return null;
  const match = GIAS_DATE.exec(text);
  if (!match) return undefined;
  const [, day, month, year] = match.map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return undefined;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** Why a row cannot be imported; thrown by the readers below and caught by parsing(). */
class RowRejected extends Error {}

function parsing<T>(read: () => T): Parsed<T> {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof RowRejected) return { reason: error.message };
    throw error;
  }
}

function cell(row: GiasRow, column: string): string {
  return row[column]?.trim() ?? '';
}

function identifier(row: GiasRow, column: string): string {
  const text = cell(row, column);
  if (!text) throw new RowRejected(`${column} is empty`);
  if (!IDENTIFIER.test(text)) throw new RowRejected(`${column} "${text}" is not a number`);
  return text;
}

function required(row: GiasRow, column: string, maxLength: number): string {
  const text = optional(row, column, maxLength);
  if (text === null) throw new RowRejected(`${column} is empty`);
  return text;
}

/** "Not applicable" stands for no value in GIAS's text columns. */
function optional(row: GiasRow, column: string, maxLength: number): string | null {
  const text = cell(row, column);
  if (!text || text.toLowerCase() === 'not applicable') return null;
  if (text.length > maxLength) throw new RowRejected(`${column} is longer than ${maxLength} characters`);
  return text;
}

function recordStatus(row: GiasRow, column: string): RecordStatus {
  const text = cell(row, column);
  const status = STATUSES[text.toLowerCase()];
  if (status) return status;
  throw new RowRejected(text ? `${column} "${text}" is not a status we recognise` : `${column} is empty`);
}

function date(row: GiasRow, column: string): string | null {
  const text = cell(row, column);
  const parsed = parseGiasDate(text);
  if (parsed === undefined) throw new RowRejected(`${column} "${text}" is not a date in the form DD/MM/YYYY`);
  return parsed;
}
