import type { Role } from './roles';

export const ORGANISATION_KINDS = ['trust', 'teaching_school_hub', 'school'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SCHOOL_PHASES = ['primary', 'secondary', 'all_through', 'special', 'alternative_provision', 'nursery', 'sixteen_plus', 'not_applicable'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  dfeReference: string | null;
  region: string | null;
}

export interface SchoolView {
  id: string;
  urn: string;
  name: string;
  phase: SchoolPhase;
  localAuthority: string | null;
  region: string | null;
  postcode: string | null;
  status: 'open' | 'closed';
}

export interface OrganisationDetail extends OrganisationSummary {
  schools: SchoolView[];
}

export interface PersonView {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  lastSignedInAt: string | null;
}

export interface PersonInvitationView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

/** What someone following an invitation link sees before they set a password. */
export interface InvitationPreview {
  email: string;
  name: string;
  organisationName: string;
  expiresAt: string;
}
