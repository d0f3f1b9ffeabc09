import { EVENT_HOST_ROLES, SessionUser } from '@alliance/contracts';
import { isCoordinatorOf } from '../core/tenancy/alliance-access.service';
import type { TrainingEvent } from './entities/training-event.entity';

export const EVENT_NOT_FOUND = 'We could not find that event.';

export function mayHostFor(user: SessionUser, allianceId: string): boolean {
  return isCoordinatorOf(user, allianceId) || EVENT_HOST_ROLES.some((role) => user.roles.includes(role));
}

/** The host organisation's people who may host events, the coordinator who created it, or its creator. */
export function isHostOf(user: SessionUser, event: Pick<TrainingEvent, 'hostOrganisationId' | 'createdByUserId' | 'allianceId'>): boolean {
  if (event.createdByUserId === user.id) return true;
  return user.organisationId === event.hostOrganisationId && mayHostFor(user, event.allianceId);
}
