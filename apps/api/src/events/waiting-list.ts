import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import { returningRows } from '../core/database/returning-rows';
import { AuditLog } from '../audit/audit-log.service';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { Outbox } from '../mail/outbox.service';
import { TrainingEvent } from './entities/training-event.entity';
import { promotedFromWaitlistMail } from './event-mail';

@Injectable()
export class WaitingList {
  constructor(
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Gives free places to the longest-waiting people, in the caller's transaction, which must hold the
   * event's row lock. Updates the event's counters (and the object passed in) and emails each person promoted.
   */
  async fillFreePlaces(manager: EntityManager, actor: SessionUser | null, event: TrainingEvent): Promise<number> {
    const free = event.capacity - event.confirmedCount;
    if (free <= 0 || event.waitlistCount <= 0) return 0;
    const promoted = await returningRows<{ id: string; email: string; name: string }>(
      manager,
      `UPDATE bookings SET status = 'confirmed', "confirmedAt" = now(), "updatedAt" = now()
        WHERE id IN (SELECT id FROM bookings WHERE "eventId" = $1 AND status = 'waitlisted' ORDER BY "queueNumber" LIMIT $2)
        RETURNING id, (SELECT email FROM users WHERE users.id = bookings."userId") AS email,
                      (SELECT name FROM users WHERE users.id = bookings."userId") AS name`,
      [event.id, free],
    );
    if (!promoted.length) return 0;
    event.confirmedCount += promoted.length;
    event.waitlistCount -= promoted.length;
    await manager.update(TrainingEvent, event.id, { confirmedCount: event.confirmedCount, waitlistCount: event.waitlistCount });
    for (const person of promoted) {
      await this.audit.record(manager, actor, { action: 'booking.promoted', entityType: 'booking', entityId: person.id, allianceId: event.allianceId });
      await this.outbox.enqueue(manager, promotedFromWaitlistMail(person, event, this.config.publicUrl));
    }
    return promoted.length;
  }
}
