import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { AllianceSummary, EventDetail } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { EventFormPage } from './event-form-page';

const alliance: AllianceSummary = {
  id: 'a1',
  name: 'Better Together Alliance',
  vision: '',
  memberCount: 4,
  isCoordinator: false,
};

function anEvent(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: 'e1',
    allianceId: 'a1',
    title: 'Phonics for early readers',
    description: 'A morning on phonics.',
    audience: ['ect', 'mentor'],
    format: 'in_person',
    venue: 'Oakfield Primary School',
    address: null,
    onlineUrl: null,
    startsAt: '2027-03-29T08:30:00Z',
    endsAt: '2027-03-29T11:00:00Z',
    bookingDeadline: null,
    capacity: 20,
    confirmedCount: 5,
    waitlistCount: 0,
    hostOrganisationId: 'org-oakfield',
    hostOrganisationName: 'Oakfield Learning Trust',
    status: 'scheduled',
    seriesId: null,
    myBooking: null,
    isHost: true,
    canBook: false,
    bookingClosedReason: null,
    seriesDates: [],
    ...overrides,
  };
}

describe('EventFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EventFormPage>;
  let router: Router;

  async function open(eventId?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'events', children: [] },
          { path: 'events/:id', children: [] },
        ]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        {
          provide: Clock,
          useValue: { now: () => new Date('2027-01-10T10:00:00Z') },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ roles: ['headteacher'] }),
    );
    fixture = TestBed.createComponent(EventFormPage);
    if (eventId) fixture.componentRef.setInput('id', eventId);
    await settle();
  }

  async function openToCreate() {
    await open();
    http
      .expectOne('/api/alliances?page=1&pageSize=100')
      .flush({ items: [alliance], total: 1, page: 1, pageSize: 100 });
    await settle();
  }

  async function click(selector: string) {
    query<HTMLInputElement>(fixture, selector).click();
    await settle();
  }

  async function submit() {
    query<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
    await settle();
  }

  function problems(): string[] {
    return Array.from(
      query(fixture, '.error-summary').querySelectorAll('li'),
    ).map((item) => item.textContent?.trim() ?? '');
  }

  /** The required answers for an in-person event on a day, from 9:30am to noon UK time. */
  async function fillInPersonEvent(date: string) {
    typeInto(fixture, '#event-title', ' Phonics for early readers ');
    await click('#event-audience-ect-input');
    await click('#event-audience-mentor-input');
    await click('#event-format-in_person-input');
    typeInto(fixture, '#event-venue', 'Oakfield Primary School');
    typeInto(fixture, '#event-date', date);
    typeInto(fixture, '#event-start-time', '9:30');
    typeInto(fixture, '#event-end-time', '12pm');
    typeInto(fixture, '#event-capacity', '30');
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists every missing answer, linked to its field, without calling the API', async () => {
    await openToCreate();

    await submit();

    expect(problems()).toEqual([
      'Enter a title',
      'Choose who the event is for',
      'Choose whether the event is in person or online',
      'Enter the date of the event',
      'Enter the start time',
      'Enter the end time',
      'Enter the number of places',
    ]);
    const links = Array.from(
      query(fixture, '.error-summary').querySelectorAll('a'),
    ).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#event-title',
      '#event-audience-ceo-input',
      '#event-format-in_person-input',
      '#event-date',
      '#event-start-time',
      '#event-end-time',
      '#event-capacity',
    ]);
    expect(query(fixture, '#event-title').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(query(fixture, 'mat-form-field mat-error').textContent?.trim()).toBe(
      'Enter a title',
    );
    http.expectNone('/api/events');
  });

  it('checks times, places and the joining link', async () => {
    await openToCreate();
    typeInto(fixture, '#event-title', 'Governance briefing');
    await click('#event-audience-governor-input');
    await click('#event-format-online-input');
    typeInto(fixture, '#event-online-url', 'http://meet.example.org/abc');
    typeInto(fixture, '#event-date', '28/3/2027');
    typeInto(fixture, '#event-start-time', '1:30am');
    typeInto(fixture, '#event-end-time', 'half past');
    typeInto(fixture, '#event-capacity', '2.5');
    await submit();

    expect(problems()).toEqual([
      'Enter the joining link, starting https://',
      'There is no 1:30am on 28 March 2027 in the UK, because the clocks go forward an hour. Choose another start time',
      'Enter the end time as a time of day, like 9:30am or 14:00',
      'The number of places must be a whole number, like 30',
    ]);

    typeInto(fixture, '#event-date', '30/2/2027');
    typeInto(fixture, '#event-start-time', '14:00');
    typeInto(fixture, '#event-end-time', '13:00');
    typeInto(fixture, '#event-capacity', '0');
    await submit();
    expect(problems()).toContain('Enter a real date, like 29/3/2027');
    expect(problems()).toContain('There must be at least 1 place');

    typeInto(fixture, '#event-date', '5/1/2027');
    await submit();
    expect(problems()).toContain('The end time must be after the start time');
    typeInto(fixture, '#event-end-time', '15:00');
    await submit();
    expect(problems()).toContain('The event must start in the future');
    http.expectNone('/api/events');
  });

  it('sends a British Summer Time event to the API in UTC: 9:30am on 29 March 2027 is 08:30Z', async () => {
    await openToCreate();
    await fillInPersonEvent('29/3/2027');
    typeInto(fixture, '#event-deadline-date', '22/3/2027');
    await submit();

    const creation = http.expectOne('/api/events');
    expect(creation.request.method).toBe('POST');
    expect(creation.request.body).toEqual({
      allianceId: 'a1',
      title: 'Phonics for early readers',
      description: '',
      audience: ['ect', 'mentor'],
      format: 'in_person',
      venue: 'Oakfield Primary School',
      startsAt: '2027-03-29T08:30:00Z',
      endsAt: '2027-03-29T11:00:00Z',
      capacity: 30,
      // No closing time: the end of that day, 11:59pm BST.
      bookingDeadline: '2027-03-22T23:59:00Z',
    });
    creation.flush(anEvent({ id: 'e-new' }));
    await settle();

    expect(router.url).toBe('/events/e-new');
    expect(pageText()).toContain('Your event has been created.');
  });

  it('keeps Greenwich Mean Time as it is, across the change to summer time in a series', async () => {
    await openToCreate();
    await fillInPersonEvent('1/3/2027');
    buttonNamed('Add a further date').click();
    await settle();
    typeInto(fixture, '#series-0-date', '29/3/2027');
    typeInto(fixture, '#series-0-start-time', '09:30');
    typeInto(fixture, '#series-0-end-time', '12:00');
    await submit();

    const creation = http.expectOne('/api/events');
    expect(creation.request.body).toMatchObject({
      startsAt: '2027-03-01T09:30:00Z',
      endsAt: '2027-03-01T12:00:00Z',
      seriesDates: [
        { startsAt: '2027-03-29T08:30:00Z', endsAt: '2027-03-29T11:00:00Z' },
      ],
    });
    creation.flush(anEvent({ id: 'e-new' }));
    await settle();
    expect(pageText()).toContain(
      'Your event and its 1 further date have been created.',
    );
  });

  it('asks for every further date it is given', async () => {
    await openToCreate();
    await fillInPersonEvent('1/3/2027');
    buttonNamed('Add a further date').click();
    await settle();
    await submit();

    expect(problems()).toEqual([
      'Enter the date of further date 1',
      'Enter the start time of further date 1',
      'Enter the end time of further date 1',
    ]);
    buttonNamed('Remove further date 1').click();
    await submit();
    http.expectOne('/api/events').flush(anEvent());
  });

  it('shows the API’s problems when it refuses the event', async () => {
    await openToCreate();
    await fillInPersonEvent('29/3/2027');
    await submit();

    http.expectOne('/api/events').flush(
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'Only members of the alliance can host its events',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();

    expect(problems()).toEqual([
      'Only members of the alliance can host its events',
    ]);
    expect(router.url).toBe('/');
  });

  it('fills in the event in UK time and sends only what changed', async () => {
    await open('e1');
    http.expectOne('/api/events/e1').flush(anEvent());
    await settle();

    expect(query<HTMLInputElement>(fixture, '#event-start-time').value).toBe(
      '09:30',
    );
    expect(query<HTMLInputElement>(fixture, '#event-end-time').value).toBe(
      '12:00',
    );
    expect(query<HTMLInputElement>(fixture, '#event-date').value).toBe(
      '29 March 2027',
    );
    expect(
      query<HTMLInputElement>(fixture, '#event-audience-mentor-input').checked,
    ).toBe(true);

    typeInto(fixture, '#event-capacity', '25');
    typeInto(fixture, '#event-end-time', '12:30');
    await submit();

    const update = http.expectOne('/api/events/e1');
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toEqual({
      endsAt: '2027-03-29T11:30:00Z',
      capacity: 25,
    });
    update.flush(anEvent({ capacity: 25 }));
    await settle();

    expect(router.url).toBe('/events/e1');
    expect(pageText()).toContain('Your changes have been saved.');
  });
});
