import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { returningRows } from '../core/database/returning-rows';
import { Outbox } from '../mail/outbox.service';
import type { TrainingEvent } from './entities/training-event.entity';
import { reminderMail } from './event-mail';

const EVERY_MS = 60_000;

/**
 * Emails everyone with a confirmed place the day before their event. State lives in bookings.reminderSentAt,
 * so it survives restarts; the UPDATE … RETURNING claims each reminder, so two API processes never both send one.
 */
@Injectable()
export class EventReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventReminders.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mailWorkerEnabled) return;
    this.timer = setInterval(() => {
      this.sendDue().catch((error: Error) => this.logger.error(`Reminders failed: ${error.message}`));
    }, EVERY_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sendDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await returningRows<{ email: string; name: string } & Pick<TrainingEvent, 'id' | 'title' | 'startsAt' | 'format' | 'venue' | 'address' | 'onlineUrl'>>(
        manager,
        `UPDATE bookings b SET "reminderSentAt" = now()
           FROM events e, users u
          WHERE e.id = b."eventId" AND u.id = b."userId"
            AND b.status = 'confirmed' AND b."reminderSentAt" IS NULL AND e.status = 'scheduled'
            AND e."startsAt" > $1 AND e."startsAt" <= $1::timestamptz + interval '24 hours'
        RETURNING u.email, u.name, e.id, e.title, e."startsAt", e.format, e.venue, e.address, e."onlineUrl"`,
        [now],
      );
      for (const reminder of due) {
        await this.outbox.enqueue(manager, reminderMail(reminder, reminder, this.config.publicUrl));
      }
      return due.length;
    });
  }
}
