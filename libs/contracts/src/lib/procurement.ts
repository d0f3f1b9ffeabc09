import type { AttachmentView } from './files';
import type { Role } from './roles';

export const PROCUREMENT_CATEGORIES = [
  'catering',
  'mis',
  'energy',
  'hr_payroll',
  'cleaning',
  'ict',
  'insurance',
  'facilities_management',
  'transport',
  'professional_services',
  'other',
] as const;
export type ProcurementCategory = (typeof PROCUREMENT_CATEGORIES)[number];

export const PROCUREMENT_CATEGORY_LABELS: Record<ProcurementCategory, string> = {
  catering: 'Catering',
  mis: 'Management information systems (MIS)',
  energy: 'Energy',
  hr_payroll: 'HR and payroll',
  cleaning: 'Cleaning',
  ict: 'ICT',
  insurance: 'Insurance',
  facilities_management: 'Facilities management',
  transport: 'Transport',
  professional_services: 'Professional services',
  other: 'Other',
};

export const NEED_STATUSES = ['draft', 'open', 'closed', 'awarded', 'abandoned'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** A need moves only forward: the statuses each status may move to. */
export const NEED_TRANSITIONS: Record<NeedStatus, readonly NeedStatus[]> = {
  draft: ['open', 'abandoned'],
  open: ['closed', 'abandoned'],
  closed: ['awarded', 'abandoned'],
  awarded: [],
  abandoned: [],
};

export const ROUTES_TO_MARKET = ['framework', 'mini_competition', 'open_tender', 'direct_award', 'undecided'] as const;
export type RouteToMarket = (typeof ROUTES_TO_MARKET)[number];

/** Roles that may post a procurement need for their organisation. */
export const NEED_POSTER_ROLES = ['business_manager', 'ceo'] as const satisfies readonly Role[];

export const NEED_TITLE_MAX_LENGTH = 200;
export const NEED_DESCRIPTION_MAX_LENGTH = 10000;
export const NEED_NOTES_MAX_LENGTH = 2000;
export const NEED_QUESTION_MAX_LENGTH = 2000;
export const NEED_MAX_SCHOOLS = 200;
export const NEED_SUPPLIER_MAX_LENGTH = 200;
export const NEED_SAVING_METHOD_MAX_LENGTH = 1000;
/** £1bn in pence: every sum of these stays an exact JavaScript integer. */
export const MAX_PENCE = 100_000_000_000;
/** Orders of the needs list: soonest closing (the default), highest estimated value, or newest. */
export const NEED_SORTS = ['closing', 'value', 'newest'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];
/** Value bands offered as a filter, in pence: £10k, £50k, £100k, £500k. */
export const NEED_MIN_VALUE_BANDS_PENCE = [1_000_000, 5_000_000, 10_000_000, 50_000_000] as const;
/** A need counts as closing soon when its closing date is within this many days. */
export const CLOSING_SOON_DAYS = 14;
/** Specification documents per need. */
export const NEED_MAX_ATTACHMENTS = 10;
export const CONTRACT_NOTES_MAX_LENGTH = 1000;
/** The radar shows a figure only when at least this many trusts stand behind it. */
export const RADAR_MIN_TRUSTS = 3;
/** The radar looks this many calendar quarters ahead, starting with the current one. */
export const RADAR_QUARTERS = 4;
/** Radar values are rounded to this many pence (£1,000) so that they read as "about". */
export const RADAR_ROUNDING_PENCE = 100_000;

export interface ProcurementCategoryView {
  value: ProcurementCategory;
  label: string;
}

export interface NeedSchoolView {
  id: string;
  urn: string;
  name: string;
}

export interface NeedAward {
  supplier: string;
  contractStartDate: string;
  contractLengthMonths: number;
  savingPence: number;
  savingMethod: string;
}

export interface NeedSummary {
  id: string;
  allianceId: string;
  organisationId: string;
  organisationName: string;
  title: string;
  category: ProcurementCategory;
  estimatedAnnualValuePence: number;
  contractEndDate: string | null;
  closingDate: string;
  status: NeedStatus;
  routeToMarket: RouteToMarket;
  interestedOrganisationCount: number;
  interestedSchoolCount: number;
  isOwner: boolean;
  hasMyInterest: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface InterestView {
  id: string;
  organisationId: string;
  organisationName: string;
  schools: NeedSchoolView[];
  estimatedValuePence: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedDetail extends NeedSummary {
  description: string;
  schools: NeedSchoolView[];
  award: NeedAward | null;
  /** The signed-in person's organisation's interest, if it has expressed one. */
  myInterest: InterestView | null;
  /** Specification documents, downloadable by everyone who can see the need. */
  attachments: AttachmentView[];
}

/** Only the posting organisation sees who is interested. */
export interface NeedInterests {
  items: InterestView[];
  interestedOrganisationCount: number;
  interestedSchoolCount: number;
  totalEstimatedValuePence: number;
}

export interface NeedQuestionView {
  id: string;
  needId: string;
  question: string;
  answer: string | null;
  pinned: boolean;
  askedByMe: boolean;
  askedAt: string;
  answeredAt: string | null;
}

/** One of a trust's current contracts: private to the trust, counted anonymously in the alliance's radar. */
export interface TrustContractView {
  id: string;
  category: ProcurementCategory;
  supplier: string;
  annualValuePence: number;
  endDate: string;
  schools: NeedSchoolView[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the radar may say about a group of contracts: only ever about three or more trusts together. */
export interface RadarFigures {
  trustCount: number;
  schoolCount: number;
  /** Rounded to the nearest £1,000. */
  annualValuePence: number;
}

export interface RadarCell {
  /** First day of the calendar quarter, e.g. 2027-01-01. */
  quarterStart: string;
  /** Null when fewer than RADAR_MIN_TRUSTS trusts have contracts here (including none). */
  figures: RadarFigures | null;
}

export interface RadarCategoryRow {
  category: ProcurementCategory;
  /** Contracts ending at any time in the radar's window; null when fewer than RADAR_MIN_TRUSTS trusts. */
  total: RadarFigures | null;
  quarters: RadarCell[];
}

/** Contracts of the alliance's members ending from today to the end of the last quarter, by category and quarter. */
export interface ContractRadar {
  allianceId: string;
  from: string;
  to: string;
  minimumTrusts: number;
  quarterStarts: string[];
  rows: RadarCategoryRow[];
}

export interface SavingsByCategory {
  category: ProcurementCategory;
  awardedCount: number;
  savingPence: number;
}

export interface SavingsByYear {
  /** The academic and academy-trust financial year the contract starts in, e.g. "2026/27" (September to August). */
  year: string;
  awardedCount: number;
  savingPence: number;
  byCategory: SavingsByCategory[];
}

export interface AwardedNeedView {
  id: string;
  title: string;
  organisationName: string;
  category: ProcurementCategory;
  supplier: string;
  contractStartDate: string;
  contractLengthMonths: number;
  savingPence: number;
  savingMethod: string;
}

/** The coordinator's summary of what buying together has saved. */
export interface SavingsSummary {
  allianceId: string;
  awardedCount: number;
  totalSavingPence: number;
  byCategory: SavingsByCategory[];
  byYear: SavingsByYear[];
  awarded: AwardedNeedView[];
}

/** Categories the signed-in person follows: they are emailed when a need in one opens. */
export interface CategoryFollows {
  categories: ProcurementCategory[];
}
