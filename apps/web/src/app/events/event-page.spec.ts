import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type {
  AttendeeView,
  EventDetail,
  PersonView,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { EventPage } from './event-page';

const NOW = new Date('2027-01-10T10:00:00Z');

function anEvent(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: 'e1',
    allianceId: 'a1',
    title: 'Phonics for early readers',
    description: 'A morning on systematic phonics.\n\nBring a laptop.',
    audience: ['headteacher', 'ect'],
    format: 'online',
    venue: null,
    address: null,
    onlineUrl: null,
    startsAt: '2027-03-29T08:30:00Z',
    endsAt: '2027-03-29T11:00:00Z',
    bookingDeadline: null,
    capacity: 20,
    confirmedCount: 17,
    waitlistCount: 0,
    hostOrganisationId: 'org-riverside',
    hostOrganisationName: 'Riverside Academies Trust',
    status: 'scheduled',
    seriesId: null,
    myBooking: null,
    isHost: false,
    canBook: true,
    bookingClosedReason: null,
    seriesDates: [],
    ...overrides,
  };
}

function anAttendee(overrides: Partial<AttendeeView> = {}): AttendeeView {
  return {
    bookingId: 'b1',
    userId: 'u1',
    name: 'Sam Taylor',
    email: 'sam@oakfield.test',
    organisationName: 'Oakfield Learning Trust',
    roles: ['ect'],
    bookedAt: '2027-01-05T16:00:00Z',
    bookedByName: null,
    status: 'confirmed',
    waitlistPosition: null,
    attendance: null,
    ...overrides,
  };
}

function aPerson(overrides: Partial<PersonView>): PersonView {
  return {
    id: 'u1',
    name: 'Sam Taylor',
    email: 'sam@oakfield.test',
    roles: ['ect'],
    lastSignedInAt: null,
    ...overrides,
  };
}

describe('EventPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EventPage>;

  async function open(
    event: EventDetail,
    user: SessionUser = aSessionUser({ roles: ['ect'] }),
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clock, useValue: { now: () => NOW } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(EventPage);
    fixture.componentRef.setInput('id', event.id);
    await settle();
    await answerEvent(event);
  }

  async function answerEvent(event: EventDetail) {
    http
      .expectOne(
        (request) =>
          request.method === 'GET' && request.url === `/api/events/${event.id}`,
      )
      .flush(event);
    await settle();
  }

  function errorSummary(): string {
    return (query(fixture, '.error-summary').textContent ?? '').replace(
      /\s+/g,
      ' ',
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows when and where the event is, in UK time, with the places left', async () => {
    await open(anEvent());

    expect(query(fixture, 'h1').textContent).toBe('Phonics for early readers');
    const text = textOf(fixture);
    expect(text).toContain('Monday 29 March 2027, 9:30am to 12:00pm (UK time)');
    expect(text).toContain('3 places left');
    expect(text).toContain('20 places in total.');
    expect(text).toContain('Headteacher, Early-career teacher');
    expect(text).toContain('Bring a laptop.');
    expect(text).toContain(
      'You will see the joining link here once you have a place.',
    );
    const calendar = Array.from(
      fixture.nativeElement.querySelectorAll(
        'a',
      ) as NodeListOf<HTMLAnchorElement>,
    ).find((a) => a.textContent?.trim() === 'Add to calendar');
    expect(calendar?.getAttribute('href')).toBe('/api/events/e1/calendar.ics');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Phonics for early readers – Alliance',
    );
  });

  it('books a place, says it is confirmed, and then shows the joining link', async () => {
    await open(anEvent());

    buttonNamed('Book a place').click();
    await settle();
    const booking = http.expectOne('/api/events/e1/bookings');
    expect(booking.request.method).toBe('POST');
    expect(booking.request.body).toEqual({});
    booking.flush({ id: 'b9', status: 'confirmed' });
    await settle();

    expect(textOf(fixture)).toContain('You have a place on this event.');
    expect(pageText()).toContain(
      'You have a place on Phonics for early readers.',
    );
    expect(buttonNamed('Cancel my place')).toBeTruthy();
    expect(textOf(fixture)).not.toContain('Book a place');

    await answerEvent(
      anEvent({
        confirmedCount: 18,
        myBooking: { id: 'b9', status: 'confirmed', waitlistPosition: null },
        onlineUrl: 'https://meet.example.org/phonics',
        canBook: false,
      }),
    );
    expect(textOf(fixture)).toContain('2 places left');
    expect(
      fixture.nativeElement.querySelector(
        'a[href="https://meet.example.org/phonics"]',
      ),
    ).not.toBeNull();
  });

  it('joins the waiting list when the event is full, and gives the place in the queue', async () => {
    await open(anEvent({ confirmedCount: 20, waitlistCount: 1 }));
    expect(textOf(fixture)).toContain(
      'Fully booked – you can join the waiting list',
    );

    buttonNamed('Join the waiting list').click();
    await settle();
    http
      .expectOne('/api/events/e1/bookings')
      .flush({ id: 'b9', status: 'waitlisted', waitlistPosition: 2 });
    await settle();

    expect(textOf(fixture)).toContain('You are on the waiting list.');
    expect(textOf(fixture)).toContain('You are number 2 on the waiting list.');
    expect(pageText()).toContain(
      'You are on the waiting list for Phonics for early readers. You are number 2.',
    );
    await answerEvent(
      anEvent({
        confirmedCount: 20,
        waitlistCount: 2,
        myBooking: { id: 'b9', status: 'waitlisted', waitlistPosition: 2 },
      }),
    );
  });

  it('shows the API’s reason when the booking is refused', async () => {
    await open(anEvent());

    buttonNamed('Book a place').click();
    await settle();
    http.expectOne('/api/events/e1/bookings').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Bookings for this event closed on 1 March 2027',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(errorSummary()).toContain(
      'Bookings for this event closed on 1 March 2027',
    );
    expect(buttonNamed('Book a place')).toBeTruthy();
  });

  it('cancels a place only once the person confirms', async () => {
    await open(
      anEvent({
        myBooking: { id: 'b1', status: 'confirmed', waitlistPosition: null },
        canBook: false,
      }),
    );

    buttonNamed('Cancel my place').click();
    await settle();
    expect(pageText()).toContain(
      'You will lose your place on Phonics for early readers, Monday 29 March 2027, 9:30am to 12:00pm.',
    );
    buttonNamed('Keep my place').click();
    await settle();
    http.expectNone('/api/bookings/b1');

    buttonNamed('Cancel my place').click();
    await settle();
    buttonNamed('Yes, cancel my place').click();
    await settle();
    const cancellation = http.expectOne('/api/bookings/b1');
    expect(cancellation.request.method).toBe('DELETE');
    cancellation.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(pageText()).toContain(
      'Your place on Phonics for early readers has been cancelled.',
    );
    expect(textOf(fixture)).toContain('You have not booked a place.');
    await answerEvent(anEvent({ confirmedCount: 16 }));
    expect(buttonNamed('Book a place')).toBeTruthy();
  });

  it('says why booking is closed', async () => {
    await open(
      anEvent({
        canBook: false,
        bookingClosedReason: 'Bookings closed on 1 March 2027.',
      }),
    );

    expect(textOf(fixture)).toContain('Bookings closed on 1 March 2027.');
    expect(() => buttonNamed('Book a place')).toThrow();
  });

  it('lets a headteacher book a colleague whose role the event is for', async () => {
    const head = aSessionUser({ id: 'u-head', roles: ['headteacher'] });
    await open(anEvent({ canBook: true }), head);

    buttonNamed('Book for a colleague').click();
    await settle();
    http
      .expectOne('/api/organisations/org-oakfield/people?page=1&pageSize=100')
      .flush({
        items: [
          aPerson({
            id: 'u-head',
            name: 'Amara Okafor',
            roles: ['headteacher'],
          }),
          aPerson({ id: 'u-gov', name: 'Gus Governor', roles: ['governor'] }),
          aPerson({ id: 'u-ect', name: 'Sam Taylor', roles: ['ect'] }),
        ],
        total: 3,
        page: 1,
        pageSize: 100,
      });
    await settle();

    buttonNamed('Book a place for them').click();
    await settle();
    expect(pageText()).toContain('Choose a colleague to book');

    document
      .querySelector<HTMLElement>('#colleague .mat-mdc-select-trigger')
      ?.click();
    await settle();
    const options = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    );
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Sam Taylor',
    ]);
    options[0].click();
    await settle();
    buttonNamed('Book a place for them').click();
    await settle();

    const booking = http.expectOne('/api/events/e1/bookings');
    expect(booking.request.body).toEqual({ userId: 'u-ect' });
    booking.flush({ id: 'b10', status: 'confirmed' });
    await settle();

    expect(pageText()).toContain(
      'Sam Taylor has a place on Phonics for early readers.',
    );
    await answerEvent(anEvent({ confirmedCount: 18 }));
  });

  it('offers booking for a colleague only to chief executives and headteachers', async () => {
    await open(anEvent(), aSessionUser({ roles: ['ect', 'mentor'] }));

    expect(() => buttonNamed('Book for a colleague')).toThrow();
  });

  it('shows nobody else’s bookings to people outside the host organisation', async () => {
    await open(anEvent());

    expect(textOf(fixture)).not.toContain('Attendees');
    expect(textOf(fixture)).not.toContain('Download as CSV');
    http.expectNone('/api/events/e1/attendees');
  });

  it('shows the host the attendees, a CSV download and, once started, attendance to mark', async () => {
    await open(
      anEvent({
        isHost: true,
        canBook: false,
        startsAt: '2027-01-10T09:00:00Z',
        endsAt: '2027-01-10T12:00:00Z',
        onlineUrl: 'https://meet.example.org/phonics',
      }),
      aSessionUser({ roles: ['business_manager'] }),
    );
    http.expectOne('/api/events/e1/attendees').flush([
      anAttendee(),
      anAttendee({
        bookingId: 'b2',
        name: 'Priya Shah',
        status: 'waitlisted',
        waitlistPosition: 1,
        bookedByName: 'Amara Okafor',
      }),
    ]);
    await settle();

    const text = textOf(fixture);
    expect(text).toContain('1 with a place, 1 on the waiting list.');
    expect(text).toContain('Sam Taylor');
    expect(text).toContain('Early-career teacher');
    expect(text).toContain('5 January 2027 at 4:00pm');
    expect(text).toContain('Waiting list (number 1)');
    expect(text).toContain('by Amara Okafor');
    const csv = Array.from(
      fixture.nativeElement.querySelectorAll(
        'a',
      ) as NodeListOf<HTMLAnchorElement>,
    ).find((a) => a.textContent?.trim() === 'Download as CSV');
    expect(csv?.getAttribute('href')).toBe('/api/events/e1/attendees.csv');

    buttonNamed('Mark Sam Taylor as Attended').click();
    await settle();
    const marking = http.expectOne('/api/bookings/b1/attendance');
    expect(marking.request.method).toBe('PUT');
    expect(marking.request.body).toEqual({ attendance: 'attended' });
    marking.flush(anAttendee({ attendance: 'attended' }));
    await settle();

    expect(
      buttonNamed('Mark Sam Taylor as Attended').getAttribute('aria-pressed'),
    ).toBe('true');
    expect(pageText()).toContain('Sam Taylor is marked as attended.');
  });

  it('does not offer attendance before the event starts', async () => {
    await open(anEvent({ isHost: true }), aSessionUser({ roles: ['ceo'] }));
    http.expectOne('/api/events/e1/attendees').flush([anAttendee()]);
    await settle();

    expect(textOf(fixture)).toContain(
      'You can record who attended once the event has started.',
    );
    expect(() => buttonNamed('Mark Sam Taylor as Attended')).toThrow();
  });

  it('lets the host cancel the event after a warning that everyone booked will be emailed', async () => {
    await open(
      anEvent({ isHost: true, waitlistCount: 2 }),
      aSessionUser({ roles: ['headteacher'] }),
    );
    http.expectOne('/api/events/e1/attendees').flush([]);
    await settle();

    buttonNamed('Cancel the event').click();
    await settle();
    expect(pageText()).toContain(
      'Everyone booked on it, and everyone on the waiting list, will be emailed to say it has been cancelled (19 people).',
    );
    buttonNamed('Yes, cancel the event').click();
    await settle();
    const cancellation = http.expectOne('/api/events/e1/cancel');
    expect(cancellation.request.method).toBe('POST');
    cancellation.flush(anEvent({ isHost: true, status: 'cancelled' }));
    await settle();
    http.expectOne('/api/events/e1/attendees').flush([]);
    await settle();

    expect(textOf(fixture)).toContain('This event has been cancelled');
    expect(pageText()).toContain(
      'The event has been cancelled. Everyone who had booked has been emailed.',
    );
    expect(() => buttonNamed('Cancel the event')).toThrow();
  });

  it('says so when the event cannot be found', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EventPage);
    fixture.componentRef.setInput('id', 'missing');
    await settle();
    http
      .expectOne('/api/events/missing')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Event not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(textOf(fixture)).toContain('Sorry, we could not load this event');
    expect(query(fixture, 'h1').textContent).toBe('Training event');
  });
});
