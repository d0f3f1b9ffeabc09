import { Injectable, NotFoundException } from '@nestjs/common';
import type { AllianceInvitationView, OrganisationDetail, Page, PersonView, SessionUser } from '@alliance/contracts';
import { DataSource, In } from 'typeorm';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { Organisation } from './entities/organisation.entity';
import { School } from './entities/school.entity';
import { User } from './entities/user.entity';
import { toOrganisationSummary, toSchoolView } from './organisation-views';

export const ORGANISATION_NOT_FOUND = 'We could not find that organisation.';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
  ) {}

  async detail(user: SessionUser, organisationId: string): Promise<OrganisationDetail> {
    if (!(await this.access.sharesActiveAlliance(user, organisationId))) throw new NotFoundException(ORGANISATION_NOT_FOUND);
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId });
    if (!organisation) throw new NotFoundException(ORGANISATION_NOT_FOUND);
    const schools = await this.dataSource.getRepository(School).find({ where: { organisationId }, order: { name: 'ASC' } });
    return { ...toOrganisationSummary(organisation), schools: schools.map(toSchoolView) };
  }

  async people(user: SessionUser, organisationId: string, page: number, pageSize: number): Promise<Page<PersonView>> {
    requireOwnOrganisation(user, organisationId);
    const [users, total] = await this.dataSource.getRepository(User).findAndCount({
      where: { organisationId },
      order: { name: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: users.map((person) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        roles: person.roles,
        lastSignedInAt: person.lastSignedInAt?.toISOString() ?? null,
      })),
      total,
      page,
      pageSize,
    };
  }

  async allianceInvitations(user: SessionUser, organisationId: string): Promise<AllianceInvitationView[]> {
    requireOwnOrganisation(user, organisationId);
    const rows: { membershipId: string; allianceId: string; allianceName: string; invitedAt: Date }[] = await this.dataSource.query(
      `SELECT m.id AS "membershipId", a.id AS "allianceId", a.name AS "allianceName", m."invitedAt"
         FROM alliance_memberships m JOIN alliances a ON a.id = m."allianceId"
        WHERE m."organisationId" = $1 AND m.status = 'invited'
        ORDER BY m."invitedAt" DESC`,
      [organisationId],
    );
    return rows.map((row) => ({ ...row, invitedAt: row.invitedAt.toISOString() }));
  }

  async schoolsOf(organisationIds: string[]): Promise<School[]> {
    if (!organisationIds.length) return [];
    return this.dataSource.getRepository(School).find({ where: { organisationId: In(organisationIds) }, order: { name: 'ASC' } });
  }
}

/** People and invitations are private to an organisation: anyone else is told it does not exist. */
export function requireOwnOrganisation(user: SessionUser, organisationId: string): void {
  if (user.organisationId !== organisationId) throw new NotFoundException(ORGANISATION_NOT_FOUND);
}
