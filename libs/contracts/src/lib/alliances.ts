import type { OrganisationKind, SchoolView } from './organisations';

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
