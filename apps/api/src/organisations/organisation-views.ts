import type { OrganisationSummary, PersonInvitationView, SchoolView } from '@alliance/contracts';
import type { Organisation } from './entities/organisation.entity';
import type { PersonInvitation } from './entities/person-invitation.entity';
import type { School } from './entities/school.entity';

export function toOrganisationSummary(organisation: Organisation): OrganisationSummary {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    dfeReference: organisation.dfeReference,
    region: organisation.region,
  };
}

export function toSchoolView(school: School): SchoolView {
  return {
    id: school.id,
    urn: school.urn,
    name: school.name,
    phase: school.phase,
    localAuthority: school.localAuthority,
    region: school.region,
    postcode: school.postcode,
    status: school.status,
  };
}

export function toPersonInvitationView(invitation: PersonInvitation): PersonInvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
  };
}
