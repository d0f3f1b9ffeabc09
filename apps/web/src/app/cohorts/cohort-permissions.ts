import {
  HUB_LEAD_ROLES,
  type OrganisationKind,
  type SessionUser,
} from '@alliance/contracts';

/**
 * Whether the person may create cohorts in at least one of their alliances, by the API's rule: an alliance's
 * coordinator, or a lead (CEO, headteacher or staff) of a teaching school hub for cohorts their hub runs.
 * `organisationKind` is the person's own organisation's kind, when known.
 */
export function mayCreateCohorts(
  user: SessionUser | null,
  organisationKind: OrganisationKind | undefined,
): boolean {
  if (!user) return false;
  return (
    user.coordinatorOfAllianceIds.length > 0 ||
    isHubLead(user, organisationKind)
  );
}

/** A lead of a teaching school hub: their hub facilitates the cohorts they create. */
export function isHubLead(
  user: SessionUser,
  organisationKind: OrganisationKind | undefined,
): boolean {
  return (
    organisationKind === 'teaching_school_hub' &&
    HUB_LEAD_ROLES.some((role) => user.roles.includes(role))
  );
}

/** Only a hub lead who coordinates nothing needs their organisation's kind to know whether they may create cohorts. */
export function needsOrganisationKind(user: SessionUser | null): boolean {
  return (
    !!user &&
    user.coordinatorOfAllianceIds.length === 0 &&
    HUB_LEAD_ROLES.some((role) => user.roles.includes(role))
  );
}
