import { Injectable } from '@nestjs/common';
import { Semaphore } from 'async-mutex';

/** How many bookings for one event each API process lets wait on the event's row lock at once. */
const AT_THE_LOCK_PER_EVENT = 1;

/**
 * Bookings for one event take the event's row lock, so PostgreSQL runs them one at a time. A few may wait
 * there (PostgreSQL hands the lock on at once, with no round trip to Node), but the rest queue here, so a
 * booking rush never holds every connection of the pool and everyone else's requests still get through.
 */
@Injectable()
export class EventBookingQueue {
  private readonly queues = new Map<string, { semaphore: Semaphore; waiting: number }>();

  async run<T>(eventId: string, work: () => Promise<T>): Promise<T> {
    const entry = this.queues.get(eventId) ?? { semaphore: new Semaphore(AT_THE_LOCK_PER_EVENT), waiting: 0 };
    this.queues.set(eventId, entry);
    entry.waiting += 1;
    try {
      return await entry.semaphore.runExclusive(work);
    } finally {
      entry.waiting -= 1;
      if (entry.waiting === 0) this.queues.delete(eventId);
    }
  }
}
