import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AcceptInvitationDto, InvitationPreview, InvitePersonDto, PersonInvitationView, SessionUser } from '@alliance/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { PasswordHasher } from '../auth/password-hasher.service';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { Outbox } from '../mail/outbox.service';
import { Organisation } from './entities/organisation.entity';
import { PersonInvitation } from './entities/person-invitation.entity';
import { User } from './entities/user.entity';
import { toPersonInvitationView } from './organisation-views';
import { requireOwnOrganisation } from './organisations.service';

const INVITATION_DAYS = 14;
const INVALID_LINK = 'This invitation link is not valid or has expired. Ask your colleague to send a new one.';
const CAN_INVITE = ['ceo', 'headteacher'] as const;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class PersonInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pending(user: SessionUser, organisationId: string): Promise<PersonInvitationView[]> {
    requireInviter(user, organisationId);
    const invitations = await this.dataSource.getRepository(PersonInvitation).find({
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    return invitations.map(toPersonInvitationView);
  }

  async invite(user: SessionUser, organisationId: string, dto: InvitePersonDto): Promise<PersonInvitationView> {
    requireInviter(user, organisationId);
    const email = dto.email.trim().toLowerCase();
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      // Serialises invitations per organisation so two clicks cannot invite one person twice.
      const organisation = await manager.findOne(Organisation, { where: { id: organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw new NotFoundException();
      if (await manager.existsBy(User, { email })) throw new ConflictException('Someone with that email address already has an account.');
      if (await this.hasPendingInvitation(manager, email)) throw new ConflictException('That person has already been invited. Withdraw the invitation to send a new one.');
      const invitation = await manager.save(
        manager.create(PersonInvitation, {
          organisationId,
          email,
          name: dto.name.trim(),
          roles: dto.roles,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
          acceptedAt: null,
          revokedAt: null,
          invitedByUserId: user.id,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'person.invited',
        entityType: 'person_invitation',
        entityId: invitation.id,
        changes: { email, roles: dto.roles },
      });
      await this.outbox.enqueue(manager, {
        to: email,
        subject: `${user.name} has invited you to join ${organisation.name} on Alliance`,
        text: [
          `Hello ${invitation.name},`,
          '',
          `${user.name} has invited you to join ${organisation.name} on Alliance, where trusts in your alliance work together.`,
          '',
          `Set your password and sign in: ${this.config.publicUrl}/invitations/${token}`,
          '',
          `This link expires in ${INVITATION_DAYS} days. If you were not expecting it, you can ignore this email.`,
        ].join('\n'),
      });
      return toPersonInvitationView(invitation);
    });
  }

  async revoke(user: SessionUser, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(PersonInvitation, { where: { id: invitationId, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFoundException('We could not find that invitation.');
      requireInviter(user, invitation.organisationId);
      if (invitation.acceptedAt) throw new ConflictException('That invitation has already been accepted.');
      if (invitation.revokedAt) return;
      await manager.update(PersonInvitation, invitation.id, { revokedAt: new Date() });
      await this.audit.record(manager, user, { action: 'person.invitation_withdrawn', entityType: 'person_invitation', entityId: invitation.id });
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsable(this.dataSource.manager, token);
    const organisation = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: invitation.organisationId });
    return { email: invitation.email, name: invitation.name, organisationName: organisation.name, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** Creates the person's account and returns its id; the caller signs them in. */
  async accept(token: string, dto: AcceptInvitationDto): Promise<string> {
    const passwordHash = await this.hasher.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(manager, token, true);
      if (await manager.existsBy(User, { email: invitation.email })) throw new ConflictException('You already have an account. Sign in instead.');
      const user = await manager.save(
        manager.create(User, {
          email: invitation.email,
          name: dto.name.trim(),
          passwordHash,
          organisationId: invitation.organisationId,
          roles: invitation.roles,
          lastSignedInAt: new Date(),
        }),
      );
      await manager.update(PersonInvitation, invitation.id, { acceptedAt: new Date() });
      await this.audit.record(manager, null, {
        action: 'person.joined',
        entityType: 'user',
        entityId: user.id,
        changes: { invitationId: invitation.id, email: user.email, roles: user.roles },
      });
      return user.id;
    });
  }

  private async findUsable(manager: EntityManager, token: string, lock = false): Promise<PersonInvitation> {
    const invitation = await manager.findOne(PersonInvitation, {
      where: { tokenHash: hashToken(token), acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw new NotFoundException(INVALID_LINK);
    return invitation;
  }

  private hasPendingInvitation(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(PersonInvitation, { email, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) });
  }
}

function requireInviter(user: SessionUser, organisationId: string): void {
  requireOwnOrganisation(user, organisationId);
  if (!CAN_INVITE.some((role) => user.roles.includes(role))) {
    throw new ForbiddenException('Only a chief executive or headteacher can invite colleagues.');
  }
}
