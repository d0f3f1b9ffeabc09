import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { SessionUser, TermsOfReferenceView } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { Outbox } from '../mail/outbox.service';
import { Alliance } from './entities/alliance.entity';
import { TermsOfReference } from './entities/terms-of-reference.entity';
import { TermsSignature } from './entities/terms-signature.entity';

@Injectable()
export class TermsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  /** Callers must already have checked that the person may see this alliance. */
  async current(allianceId: string): Promise<TermsOfReferenceView | null> {
    const terms = await this.dataSource.getRepository(TermsOfReference).findOne({
      where: { allianceId },
      order: { version: 'DESC' },
      relations: { publishedBy: true },
    });
    if (!terms) return null;
    const signatures = await this.dataSource.getRepository(TermsSignature).find({
      where: { termsId: terms.id },
      relations: { organisation: true, signedBy: true },
      order: { createdAt: 'ASC' },
    });
    return {
      id: terms.id,
      version: terms.version,
      body: terms.body,
      publishedAt: terms.createdAt.toISOString(),
      publishedByName: terms.publishedBy?.name ?? '',
      signatures: signatures.map((signature) => ({
        organisationId: signature.organisationId,
        organisationName: signature.organisation?.name ?? '',
        signedByName: signature.signedBy?.name ?? '',
        signedAt: signature.createdAt.toISOString(),
      })),
    };
  }

  async publish(user: SessionUser, allianceId: string, body: string): Promise<TermsOfReferenceView> {
    await this.access.requireCoordinator(user, allianceId);
    await this.dataSource.transaction(async (manager) => {
      // Locking the alliance row numbers versions one at a time.
      const alliance = await manager.findOneOrFail(Alliance, { where: { id: allianceId }, lock: { mode: 'pessimistic_write' } });
      const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM terms_of_reference WHERE "allianceId" = $1`, [allianceId]);
      const terms = await manager.save(manager.create(TermsOfReference, { allianceId, version: next, body: body.trim(), publishedByUserId: user.id }));
      await this.audit.record(manager, user, { action: 'terms.published', entityType: 'terms_of_reference', entityId: terms.id, allianceId, changes: { version: next } });
      const ceos: { email: string; name: string }[] = await manager.query(
        `SELECT u.email, u.name FROM users u JOIN alliance_memberships m ON m."organisationId" = u."organisationId"
          WHERE m."allianceId" = $1 AND m.status = 'active' AND 'ceo' = ANY(u.roles)`,
        [allianceId],
      );
      for (const ceo of ceos) {
        await this.outbox.enqueue(manager, {
          to: ceo.email,
          subject: `${alliance.name}: new terms of reference to sign`,
          text: `Hello ${ceo.name},\n\n${user.name} has published version ${next} of the terms of reference of ${alliance.name}. Please read and sign them on the alliance's home page in Alliance.`,
        });
      }
    });
    return this.requireCurrent(allianceId);
  }

  async sign(user: SessionUser, allianceId: string, termsId: string): Promise<TermsOfReferenceView> {
    await this.access.requireActiveMember(user, allianceId);
    if (!user.roles.includes('ceo')) throw new ForbiddenException('Only your chief executive can sign the terms of reference.');
    await this.dataSource.transaction(async (manager) => {
      const terms = await manager.findOneBy(TermsOfReference, { id: termsId, allianceId });
      if (!terms) throw new NotFoundException('We could not find those terms of reference.');
      const [{ latest }] = await manager.query(`SELECT max(version) AS latest FROM terms_of_reference WHERE "allianceId" = $1`, [allianceId]);
      if (terms.version !== latest) throw new ConflictException('A newer version of the terms of reference has been published. Sign that one instead.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(TermsSignature)
        .values({ termsId, organisationId: user.organisationId, signedByUserId: user.id })
        .orIgnore()
        .returning('id')
        .execute();
      const signatureId: string | undefined = inserted.raw[0]?.id;
      if (!signatureId) throw new ConflictException('Your organisation has already signed this version.');
      await this.audit.record(manager, user, { action: 'terms.signed', entityType: 'terms_signature', entityId: signatureId, allianceId, changes: { version: terms.version } });
    });
    return this.requireCurrent(allianceId);
  }

  private async requireCurrent(allianceId: string): Promise<TermsOfReferenceView> {
    const terms = await this.current(allianceId);
    if (!terms) throw new NotFoundException('We could not find those terms of reference.');
    return terms;
  }
}
