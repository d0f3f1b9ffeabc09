import { ROLE_LABELS, type Role } from '@alliance/contracts';

export { ORGANISATION_ROLES, ROLE_LABELS } from '@alliance/contracts';

/** "Chief executive, Headteacher". */
export function rolesInWords(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
}
