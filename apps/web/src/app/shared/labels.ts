import type {
  MembershipStatus,
  OrganisationKind,
  SchoolPhase,
} from '@alliance/contracts';

// Words for the API's codes, as school leaders say them. Role labels come from ROLE_LABELS in @alliance/contracts.

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  trust: 'Multi-academy trust',
  teaching_school_hub: 'Teaching school hub',
  school: 'School',
};

export const SCHOOL_PHASE_LABELS: Record<SchoolPhase, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  all_through: 'All-through',
  special: 'Special',
  alternative_provision: 'Alternative provision',
  nursery: 'Nursery',
  sixteen_plus: '16 plus',
  not_applicable: 'Not applicable',
};

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  invited: 'Invited',
  active: 'Member',
  left: 'Left',
};

/** "1 school", "4 schools". */
export function countOf(
  count: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "membership.invited" or "termsSigned" → "Membership invited", "Terms signed". */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
