import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { Outbox } from '../mail/outbox.service';
import type { ProcurementNeed } from './entities/procurement-need.entity';
import { needAbandonedMail, needAwardedMail, needClosedMail, needOpenedMail } from './procurement-mail';

type Person = { email: string; name: string };

/** Emails about a need's moves, queued in the transaction that made the move. */
@Injectable()
export class NeedNotifications {
  constructor(
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** To people following the category in the alliance's other active member organisations. */
  async opened(manager: EntityManager, need: ProcurementNeed): Promise<void> {
    const followers: Person[] = await manager.query(
      `SELECT u.email, u.name
         FROM procurement_category_follows f
         JOIN users u ON u.id = f."userId"
         JOIN alliance_memberships m ON m."organisationId" = u."organisationId" AND m."allianceId" = $1 AND m.status = 'active'
        WHERE f.category = $2 AND u."organisationId" <> $3
        ORDER BY u.email`,
      [need.allianceId, need.category, need.organisationId],
    );
    const [owner]: { name: string }[] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [need.organisationId]);
    for (const person of followers) await this.outbox.enqueue(manager, needOpenedMail(person, need, owner?.name ?? 'A member trust', this.config.publicUrl));
  }

  /** To the person who expressed each organisation's interest. */
  async moved(manager: EntityManager, need: ProcurementNeed): Promise<void> {
    if (need.status !== 'closed' && need.status !== 'awarded' && need.status !== 'abandoned') return;
    const interested: Person[] = await manager.query(
      `SELECT u.email, u.name FROM interests i JOIN users u ON u.id = i."expressedByUserId" WHERE i."needId" = $1 ORDER BY u.email`,
      [need.id],
    );
    for (const person of interested) {
      const mail =
        need.status === 'closed'
          ? needClosedMail(person, need, this.config.publicUrl)
          : need.status === 'awarded'
            ? needAwardedMail(person, need, need.awardedSupplier ?? '', this.config.publicUrl)
            : needAbandonedMail(person, need, this.config.publicUrl);
      await this.outbox.enqueue(manager, mail);
    }
  }
}
