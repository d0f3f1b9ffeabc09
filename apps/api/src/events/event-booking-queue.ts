import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOOK_PLACES_SQL } from './book-places.sql';

export interface PlaceRequest {
  personId: string;
  bookedById: string;
  organisationId: string;
  email: string;
  confirmedMail: { subject: string; text: string };
  /** The text may contain {position}, filled in with the waiting-list position. */
  waitlistedMail: { subject: string; text: string };
}

export interface PlaceOutcome {
  open: boolean;
  id: string | null;
  status: 'confirmed' | 'waitlisted' | null;
  position: number | null;
  /** Decided, but another process booked the same person first: the counters are right, a place may be free. */
  skipped: boolean;
}

interface Waiting {
  request: PlaceRequest;
  resolve: (outcome: PlaceOutcome) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit for bookings: while one statement for an event is in flight, further requests for that event
 * queue here and go together in the next statement, in arrival order. So each API process keeps at most one
 * connection at the event's row lock, the rest of the pool serves everyone else, and a rush costs a handful
 * of statements rather than one per person.
 */
@Injectable()
export class EventBookingQueue {
  private readonly queues = new Map<string, Waiting[]>();

  constructor(private readonly dataSource: DataSource) {}

  book(eventId: string, request: PlaceRequest): Promise<PlaceOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(eventId);
      if (queue) {
        queue.push({ request, resolve, reject });
        return;
      }
      const fresh = [{ request, resolve, reject }];
      this.queues.set(eventId, fresh);
      void this.drain(eventId, fresh);
    });
  }

  private async drain(eventId: string, queue: Waiting[]): Promise<void> {
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.bookBatch(eventId, batch.map((waiting) => waiting.request));
        batch.forEach((waiting, index) => waiting.resolve(outcomes[index]));
      } catch (error) {
        batch.forEach((waiting) => waiting.reject(error));
      }
    }
    this.queues.delete(eventId);
  }

  private bookBatch(eventId: string, requests: PlaceRequest[]): Promise<PlaceOutcome[]> {
    const column = <T>(pick: (request: PlaceRequest) => T) => requests.map(pick);
    return this.dataSource.query(BOOK_PLACES_SQL, [
      eventId,
      column((r) => r.personId),
      column((r) => r.bookedById),
      column((r) => r.organisationId),
      column((r) => r.email),
      column((r) => r.confirmedMail.subject),
      column((r) => r.confirmedMail.text),
      column((r) => r.waitlistedMail.subject),
      column((r) => r.waitlistedMail.text),
    ]);
  }
}
