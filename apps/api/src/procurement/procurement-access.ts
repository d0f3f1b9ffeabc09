import { NEED_POSTER_ROLES, SessionUser } from '@alliance/contracts';
import type { ProcurementNeed } from './entities/procurement-need.entity';

export const NEED_NOT_FOUND = 'We could not find that procurement need.';
export const QUESTION_NOT_FOUND = 'We could not find that question.';

/** Business managers and chief executives commit their organisation's money: they post needs and express interest. */
export function mayActForOrganisation(user: SessionUser): boolean {
  return NEED_POSTER_ROLES.some((role) => user.roles.includes(role));
}

/** The posting organisation's business manager or chief executive. */
export function isOwnerOf(user: SessionUser, need: Pick<ProcurementNeed, 'organisationId'>): boolean {
  return user.organisationId === need.organisationId && mayActForOrganisation(user);
}

/** Today's date in England, as YYYY-MM-DD: closing dates are calendar dates there. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A YYYY-MM-DD string that names a real calendar day (2027-02-30 does not). */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
