import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import { EntityManager, In, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { BOOK_PLACES_SQL } from '../events/book-places.sql';
import { BookingsService } from '../events/bookings.service';
import { TrainingEvent } from '../events/entities/training-event.entity';
import { bookingConfirmedMail, bookingWaitlistedMail } from '../events/event-mail';
import { User } from '../organisations/entities/user.entity';

/**
 * Cohort sessions are booked by the training-events engine: the same statement that books places for a rush
 * of requests (it takes the event's row lock, fills free places, then the waiting list, writes the audit
 * entries and the emails), run here inside the enrolment's or session's transaction, so the booking commits
 * or rolls back with it.
 */
@Injectable()
export class CohortBookings {
  constructor(
    private readonly bookings: BookingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Books these ECTs on every future session of the cohort (auto mode), in the caller's transaction. */
  async bookFutureSessions(manager: EntityManager, actor: SessionUser, cohortId: string, ectUserIds: string[]): Promise<void> {
    if (!ectUserIds.length) return;
    const sessions = await manager.find(TrainingEvent, { where: { cohortId, status: 'scheduled', startsAt: MoreThan(new Date()) }, order: { startsAt: 'ASC' } });
    for (const session of sessions) await this.bookPlaces(manager, actor, session, ectUserIds);
  }

  /** Books these people on one session, in the order given; people already booked are left as they are. */
  async bookPlaces(manager: EntityManager, actor: SessionUser, session: TrainingEvent, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    const people = await manager.find(User, { where: { id: In(userIds) }, order: { name: 'ASC' } });
    const column = <T>(pick: (person: User) => T) => people.map(pick);
    await manager.query(BOOK_PLACES_SQL, [
      session.id,
      column((person) => person.id),
      column(() => actor.id),
      column(() => actor.organisationId),
      column((person) => person.email),
      column((person) => bookingConfirmedMail(person, session, this.config.publicUrl).subject),
      column((person) => bookingConfirmedMail(person, session, this.config.publicUrl).text),
      column((person) => bookingWaitlistedMail(person, session, '{position}', this.config.publicUrl).subject),
      column((person) => bookingWaitlistedMail(person, session, '{position}', this.config.publicUrl).text),
    ]);
  }

  /** Cancels the ECT's places on the cohort's future sessions (withdrawal, transfer); waiting ECTs move up. */
  async cancelFutureBookings(manager: EntityManager, actor: SessionUser, cohortId: string, ectUserId: string): Promise<void> {
    const live: { id: string; eventId: string }[] = await manager.query(
      `SELECT b.id, b."eventId" FROM bookings b JOIN events e ON e.id = b."eventId"
        WHERE e."cohortId" = $1 AND b."userId" = $2 AND b.status <> 'cancelled' AND e."startsAt" > now()
        ORDER BY e."startsAt", e.id`,
      [cohortId, ectUserId],
    );
    for (const booking of live) await this.bookings.cancelInTransaction(manager, actor, booking);
  }
}
