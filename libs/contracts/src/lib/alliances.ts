import type { OrganisationKind, SchoolView } from './organisations';
import type { Role } from './roles';

export const MEMBERSHIP_STATUSES = ['invited', 'active', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface AllianceSummary {
  id: string;
  name: string;
  vision: string;
  memberCount: number;
  /** True when the signed-in person coordinates this alliance. */
  isCoordinator: boolean;
}

export interface AllianceMemberView {
  membershipId: string;
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  region: string | null;
  status: MembershipStatus;
  joinedAt: string | null;
  schools: SchoolView[];
  /** Whether a CEO of this organisation has signed the current terms of reference. */
  signedCurrentTerms: boolean;
}

export interface TermsSignatureView {
  organisationId: string;
  organisationName: string;
  signedByName: string;
  signedAt: string;
}

export interface TermsOfReferenceView {
  id: string;
  version: number;
  body: string;
  publishedAt: string;
  publishedByName: string;
  signatures: TermsSignatureView[];
}

export interface AllianceDetail {
  id: string;
  name: string;
  vision: string;
  isCoordinator: boolean;
  members: AllianceMemberView[];
  currentTerms: TermsOfReferenceView | null;
}

/** An alliance's invitation to the signed-in person's organisation, awaiting its CEO. */
export interface AllianceInvitationView {
  membershipId: string;
  allianceId: string;
  allianceName: string;
  invitedAt: string;
}

/**
 * A person of an active member organisation, as the alliance's other members see them when choosing panel members,
 * leads or facilitators: a name, their roles and where they work; never an email address or sign-in details.
 */
export interface AlliancePersonView {
  id: string;
  name: string;
  roles: Role[];
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
}
