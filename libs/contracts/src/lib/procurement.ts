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
/** A need counts as closing soon when its closing date is within this many days. */
export const CLOSING_SOON_DAYS = 14;

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
