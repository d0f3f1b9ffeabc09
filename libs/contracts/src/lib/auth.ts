import type { Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  /** Alliances this person coordinates. */
  coordinatorOfAllianceIds: string[];
}
