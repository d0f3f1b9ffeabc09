import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AllianceMemberView, AllianceSummary, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AllianceAccess, isCoordinatorOf } from '../core/tenancy/alliance-access.service';
import { Outbox } from '../mail/outbox.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { ORGANISATION_NOT_FOUND } from '../organisations/organisations.service';
import { Alliance } from './entities/alliance.entity';
import { AllianceMembership } from './entities/alliance-membership.entity';

const MEMBERSHIP_NOT_FOUND = 'We could not find that invitation or membership.';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async inviteOrganisation(user: SessionUser, allianceId: string, organisationId: string): Promise<AllianceMemberView> {
    await this.access.requireCoordinator(user, allianceId);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: organisationId });
      if (!organisation) throw new NotFoundException(ORGANISATION_NOT_FOUND);
      const alliance = await manager.findOneByOrFail(Alliance, { id: allianceId });
      const existing = await manager.findOne(AllianceMembership, { where: { allianceId, organisationId }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.status !== 'left') {
        throw new ConflictException(existing.status === 'active' ? `${organisation.name} is already a member.` : `${organisation.name} has already been invited.`);
      }
      const now = new Date();
      const membership = existing
        ? await manager.save(Object.assign(existing, { status: 'invited', invitedAt: now, joinedAt: null, leftAt: null }))
        : await manager.save(manager.create(AllianceMembership, { allianceId, organisationId, status: 'invited', invitedAt: now, joinedAt: null, leftAt: null }));
      await this.audit.record(manager, user, { action: 'membership.invited', entityType: 'alliance_membership', entityId: membership.id, allianceId, changes: { organisationId } });
      const ceos: { email: string; name: string }[] = await manager.query(`SELECT email, name FROM users WHERE "organisationId" = $1 AND 'ceo' = ANY(roles)`, [organisationId]);
      for (const ceo of ceos) {
        await this.outbox.enqueue(manager, {
          to: ceo.email,
          subject: `${alliance.name} has invited ${organisation.name} to join`,
          text: `Hello ${ceo.name},\n\n${user.name} has invited ${organisation.name} to join ${alliance.name} on Alliance. Sign in and open "My organisation" to accept.`,
        });
      }
      return {
        membershipId: membership.id,
        organisationId,
        name: organisation.name,
        kind: organisation.kind,
        region: organisation.region,
        status: membership.status,
        joinedAt: null,
        schools: [],
        signedCurrentTerms: false,
      };
    });
  }

  async accept(user: SessionUser, membershipId: string): Promise<AllianceSummary> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AllianceMembership, { where: { id: membershipId, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new NotFoundException(MEMBERSHIP_NOT_FOUND);
      requireCeo(user);
      if (membership.status !== 'invited') throw new ConflictException('That invitation has already been answered.');
      await manager.update(AllianceMembership, membership.id, { status: 'active', joinedAt: new Date() });
      await this.audit.record(manager, user, { action: 'membership.accepted', entityType: 'alliance_membership', entityId: membership.id, allianceId: membership.allianceId });
      const alliance = await manager.findOneByOrFail(Alliance, { id: membership.allianceId });
      const [{ memberCount }] = await manager.query(`SELECT count(*)::int AS "memberCount" FROM alliance_memberships WHERE "allianceId" = $1 AND status = 'active'`, [alliance.id]);
      return { id: alliance.id, name: alliance.name, vision: alliance.vision, memberCount, isCoordinator: isCoordinatorOf(user, alliance.id) };
    });
  }

  async leave(user: SessionUser, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AllianceMembership, { where: { id: membershipId, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new NotFoundException(MEMBERSHIP_NOT_FOUND);
      requireCeo(user);
      if (membership.status !== 'active') throw new ConflictException('Your organisation is not an active member.');
      await manager.update(AllianceMembership, membership.id, { status: 'left', leftAt: new Date() });
      await this.audit.record(manager, user, { action: 'membership.left', entityType: 'alliance_membership', entityId: membership.id, allianceId: membership.allianceId });
    });
  }
}

function requireCeo(user: SessionUser): void {
  if (!user.roles.includes('ceo')) throw new ForbiddenException('Only your chief executive can do this.');
}
