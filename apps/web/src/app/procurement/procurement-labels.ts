import {
  PROCUREMENT_CATEGORY_LABELS,
  type NeedStatus,
  type ProcurementCategory,
  type RadarFigures,
  type RouteToMarket,
} from '@alliance/contracts';
import { countOf } from '../shared/labels';
import { formatPence } from './money';

// Words for the procurement API's codes, as school business managers say them.

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  draft: 'Draft',
  open: 'Open for interest',
  closed: 'Closed',
  awarded: 'Awarded',
  abandoned: 'Abandoned',
};

export const ROUTE_TO_MARKET_LABELS: Record<RouteToMarket, string> = {
  framework: 'Framework agreement',
  mini_competition: 'Mini-competition',
  open_tender: 'Open tender',
  direct_award: 'Direct award',
  undecided: 'Not decided yet',
};

export function categoryLabel(category: ProcurementCategory): string {
  return PROCUREMENT_CATEGORY_LABELS[category] ?? category;
}

/** "4 trusts, 19 schools, about £410,000 a year". */
export function radarFiguresInWords(figures: RadarFigures): string {
  return `${countOf(figures.trustCount, 'trust')}, ${countOf(figures.schoolCount, 'school')}, about ${formatPence(figures.annualValuePence)} a year`;
}

/** "3 organisations (7 schools)". */
export function interestInWords(
  organisations: number,
  schools: number,
): string {
  if (organisations === 0) return 'No organisations yet';
  return `${countOf(organisations, 'organisation')} (${countOf(schools, 'school')})`;
}

/** "12 months", "1 month", "3 years" for whole years. */
export function monthsInWords(months: number): string {
  if (months >= 12 && months % 12 === 0) return countOf(months / 12, 'year');
  return countOf(months, 'month');
}

/** "1.2 MB", "340 KB". */
