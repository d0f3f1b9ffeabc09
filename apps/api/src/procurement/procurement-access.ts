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
