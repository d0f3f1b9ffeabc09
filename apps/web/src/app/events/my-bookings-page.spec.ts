import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MyBookingListItem, Page } from '@alliance/contracts';
import {
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { MyBookingsPage } from './my-bookings-page';

function aBooking(
  overrides: Partial<MyBookingListItem> = {},
): MyBookingListItem {
  return {
    id: 'b1',
    status: 'confirmed',
    waitlistPosition: null,
    bookedAt: '2027-01-05T16:00:00Z',
    event: {
      id: 'e1',
      title: 'Phonics for early readers',
      startsAt: '2027-03-29T08:30:00Z',
      endsAt: '2027-03-29T11:00:00Z',
      format: 'in_person',
      venue: 'Oakfield Primary School',
      hostOrganisationName: 'Oakfield Learning Trust',
      status: 'scheduled',
    },
    ...overrides,
  };
}

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

describe('MyBookingsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyBookingsPage>;
  const copy = jest.fn<boolean, [string]>();

  beforeEach(async () => {
    copy.mockReset().mockReturnValue(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clipboard, useValue: { copy } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyBookingsPage);
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  async function respond(
    bookings: Page<MyBookingListItem>,
    feedUrl = '/api/calendar/s3cr3t.ics',
  ) {
    http.expectOne('/api/me/bookings?page=1&pageSize=20').flush(bookings);
    http.expectOne('/api/me/calendar-feed').flush({ url: feedUrl });
    await settle();
  }

  it('lists the person’s bookings with links to the events', async () => {
    await respond(
      page([
        aBooking(),
        aBooking({
          id: 'b2',
          status: 'waitlisted',
          waitlistPosition: 3,
          event: {
            ...aBooking().event,
            id: 'e2',
            title: 'Governance in a MAT',
            format: 'online',
            venue: null,
          },
        }),
      ]),
    );

    expect(query(fixture, 'h1').textContent).toBe('My bookings');
    const text = textOf(fixture);
    expect(text).toContain('Monday 29 March 2027, 9:30am to 12:00pm');
    expect(text).toContain('Oakfield Primary School · Oakfield Learning Trust');
    expect(text).toContain('You have a place');
    expect(text).toContain('Waiting list, number 3');
    expect(query(fixture, 'a[href="/events/e2"]').textContent?.trim()).toBe(
      'Governance in a MAT',
    );
  });

  it('says when there are no bookings', async () => {
    await respond(page([]));

    expect(textOf(fixture)).toContain(
      'You have not booked any upcoming events.',
    );
    expect(query(fixture, 'a[href="/events"]')).toBeTruthy();
  });

  it('gives a full calendar address to subscribe to, and copies it', async () => {
    await respond(page([]));

    const address = query<HTMLInputElement>(fixture, '#calendar-feed-url');
    expect(address.value).toBe('http://localhost/api/calendar/s3cr3t.ics');
    expect(textOf(fixture)).toContain(
      'anyone who has it can see the events you have booked',
    );

    buttonNamed('Copy the address').click();
    await settle();
    expect(copy).toHaveBeenCalledWith(
      'http://localhost/api/calendar/s3cr3t.ics',
    );
    expect(pageText()).toContain('The calendar address has been copied.');
  });

  it('tells the person to copy the address themselves when the browser will not', async () => {
    copy.mockReturnValue(false);
    await respond(page([]), 'https://alliance.example/api/calendar/x.ics');

    buttonNamed('Copy the address').click();
    await settle();
    expect(pageText()).toContain(
      'Sorry, the address could not be copied. Select it and copy it yourself.',
    );
  });
});
