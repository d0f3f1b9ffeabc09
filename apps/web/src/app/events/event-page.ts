import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  BOOK_FOR_COLLEAGUE_ROLES,
  type BookingResult,
  type EventDetail,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import {
  BookColleagueDialog,
  type BookColleagueDialogData,
  type ColleagueBooked,
} from './book-colleague-dialog';
import { Clock } from '../shared/clock';
import { EventAttendees } from './event-attendees';
import {
  EVENT_FORMAT_LABELS,
  audienceInWords,
  bookingStillOpen,
  placesInWords,
  placesLeftOf,
} from './event-labels';
import { EventWhenPipe } from './event-when-pipe';
import { eventWhen } from './london-time';

const DIALOG_SIZE = {
  width: '36rem',
  maxWidth: 'calc(100vw - 2rem)',
  ariaModal: true,
};

/** One event: when and where, places left, the person's own place, and for its host the attendees. */
@Component({
  selector: 'app-event-page',
  imports: [
    RouterLink,
    MatButton,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    EventWhenPipe,
    EventAttendees,
  ],
  templateUrl: './event-page.html',
  styleUrl: './event-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventPage {
  /** Route parameter: the event. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);
  private readonly injector = inject(Injector);

  protected readonly formatLabels = EVENT_FORMAT_LABELS;
  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params: eventId }) => this.api.getEvent(eventId),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly booking = signal(false);
  private readonly attendees = viewChild(EventAttendees);
  private readonly placeStatus =
    viewChild<ElementRef<HTMLElement>>('placeStatus');

  protected readonly hasStarted = computed(
    () =>
      this.event.hasValue() &&
      this.clock.now().getTime() >= Date.parse(this.event.value().startsAt),
  );
  protected readonly hasEnded = computed(
    () =>
      this.event.hasValue() &&
      this.clock.now().getTime() >= Date.parse(this.event.value().endsAt),
  );
  protected readonly placesLeft = computed(() =>
    this.event.hasValue() ? placesLeftOf(this.event.value()) : 0,
  );
  protected readonly bookLabel = computed(() =>
    this.placesLeft() > 0 ? 'Book a place' : 'Join the waiting list',
  );
  protected readonly placesText = computed(() => {
    if (!this.event.hasValue()) return '';
    const event = this.event.value();
    return placesInWords(
      event,
      event.bookingClosedReason === null &&
        bookingStillOpen(event, this.clock.now()),
    );
  });
  /** Chief executives and headteachers book colleagues while booking is open, whether or not the event is for them. */
  protected readonly mayBookColleague = computed(
    () =>
      this.event.hasValue() &&
      this.session.hasRole(...BOOK_FOR_COLLEAGUE_ROLES) &&
      bookingStillOpen(this.event.value(), this.clock.now()),
  );
  protected readonly mayCancelPlace = computed(
    () =>
      this.event.hasValue() &&
      this.event.value().myBooking !== null &&
      this.event.value().status === 'scheduled' &&
      !this.hasStarted(),
  );
  protected readonly otherDates = computed(() => {
    if (!this.event.hasValue()) return [];
    const event = this.event.value();
    return event.seriesDates.filter((date) => date.id !== event.id);
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.event.hasValue())
        title.setTitle(`${this.event.value().title} – Alliance`);
    });
  }

  protected audienceOf(event: EventDetail): string {
    return audienceInWords(event.audience);
  }

  protected calendarUrl(event: EventDetail): string {
    return this.api.eventCalendarUrl(event.id);
  }

  protected attendeesCsvUrl(event: EventDetail): string {
    return this.api.attendeesCsvUrl(event.id);
  }

  protected book(event: EventDetail): void {
    if (this.booking()) return;
    this.booking.set(true);
    this.problems.set([]);
    this.api.bookEvent(event.id).subscribe({
      next: (result) => {
        this.booking.set(false);
        this.showOwnBooking(result);
        this.notifier.confirm(
          result.status === 'confirmed'
            ? `You have a place on ${event.title}.`
            : `You are on the waiting list for ${event.title}. You are number ${result.waitlistPosition ?? '?'}.`,
        );
        this.refresh();
      },
      error: (error: unknown) => {
        this.booking.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  protected cancelPlace(event: EventDetail): void {
    const place = event.myBooking;
    if (!place) return;
    const waiting = place.status === 'waitlisted';
    confirmThen(this.dialog, {
      title: waiting
        ? 'Leave the waiting list?'
        : 'Cancel your place on this event?',
      paragraphs: waiting
        ? [
            `You will no longer be on the waiting list for ${event.title}.`,
            'If you change your mind, you can join the waiting list again, at the back of the queue.',
          ]
        : [
            `You will lose your place on ${event.title}, ${this.whenOf(event)}.`,
            'Your place will go to the first person on the waiting list, if there is one.',
          ],
      confirmLabel: waiting
        ? 'Yes, leave the waiting list'
        : 'Yes, cancel my place',
      dismissLabel: waiting ? 'Stay on the waiting list' : 'Keep my place',
      action: () => this.api.cancelBooking(place.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.event.update(
        (current) =>
          current && {
            ...current,
            myBooking: null,
            onlineUrl: current.isHost ? current.onlineUrl : null,
            // They could book, so they still can while booking is open; the reload that follows confirms it.
            canBook: bookingStillOpen(current, this.clock.now()),
          },
      );
      this.notifier.confirm(
        waiting
          ? `You have left the waiting list for ${event.title}.`
          : `Your place on ${event.title} has been cancelled.`,
      );
      this.focusPlaceStatus();
      this.refresh();
    });
  }

  protected bookColleague(event: EventDetail): void {
    const user = this.session.user();
    if (!user) return;
    const data: BookColleagueDialogData = {
      eventId: event.id,
      eventTitle: event.title,
      audience: event.audience,
      organisationId: user.organisationId,
      organisationName: user.organisationName,
      ownUserId: user.id,
    };
    this.dialog
      .open<BookColleagueDialog, BookColleagueDialogData, ColleagueBooked>(
        BookColleagueDialog,
        { ...DIALOG_SIZE, data },
      )
      .afterClosed()
      .subscribe((booked) => {
        if (!booked) return;
        this.notifier.confirm(
          booked.result.status === 'confirmed'
            ? `${booked.name} has a place on ${event.title}.`
            : `${booked.name} is on the waiting list for ${event.title}, at number ${booked.result.waitlistPosition ?? '?'}.`,
        );
        this.refresh();
      });
  }

  protected cancelEvent(event: EventDetail): void {
    const booked = event.confirmedCount + event.waitlistCount;
    confirmThen(this.dialog, {
      title: 'Cancel this event?',
      paragraphs: [
        `${event.title}, ${this.whenOf(event)}, will be cancelled for everyone.`,
        booked > 0
          ? `Everyone booked on it, and everyone on the waiting list, will be emailed to say it has been cancelled (${booked} ${booked === 1 ? 'person' : 'people'}).`
          : 'Nobody has booked yet, so nobody needs to be told.',
        'You cannot undo this.',
      ],
      confirmLabel: 'Yes, cancel the event',
      dismissLabel: 'Keep the event',
      action: () => this.api.cancelEvent(event.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.event.set(outcome.result);
      this.notifier.confirm(
        booked > 0
          ? 'The event has been cancelled. Everyone who had booked has been emailed.'
          : 'The event has been cancelled.',
      );
      this.attendees()?.reload();
    });
  }

  /** Shows the person's new place at once; the reload that follows brings the counts and the joining link. */
  private showOwnBooking(result: BookingResult): void {
    this.event.update(
      (current) =>
        current && {
          ...current,
          myBooking: {
            id: result.id,
            status: result.status,
            waitlistPosition: result.waitlistPosition ?? null,
          },
        },
    );
    this.focusPlaceStatus();
  }

  private refresh(): void {
    this.event.reload();
    this.attendees()?.reload();
  }

  /** The button pressed has gone: put focus on the words that say what happened, as a screen reader user needs. */
  private focusPlaceStatus(): void {
    afterNextRender(
      { write: () => this.placeStatus()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  private whenOf(event: EventDetail): string {
    return eventWhen(event.startsAt, event.endsAt);
  }
}
