import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AllianceDetail,
  EventSummary,
  Page,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { EventsListPage } from './events-list-page';

const ALLIANCE_ID = '0b7c2f0e-3d1a-4c55-9a8e-1f2a3b4c5d6e';
const OAKFIELD_ID = '5a1d6c3e-8f2b-4e7a-b9c0-d1e2f3a4b5c6';

function anEvent(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 'e1',
    allianceId: ALLIANCE_ID,
    title: 'Phonics for early readers',
    audience: ['headteacher', 'ect'],
    format: 'in_person',
    venue: 'Oakfield Primary School',
    startsAt: '2027-03-29T08:30:00Z',
    endsAt: '2027-03-29T11:00:00Z',
    bookingDeadline: null,
    capacity: 20,
    confirmedCount: 17,
    waitlistCount: 0,
    hostOrganisationId: OAKFIELD_ID,
    hostOrganisationName: 'Oakfield Learning Trust',
    status: 'scheduled',
    seriesId: null,
    myBooking: null,
    ...overrides,
  };
}

function page<T>(items: T[], total = items.length, pageNumber = 1): Page<T> {
  return { items, total, page: pageNumber, pageSize: 20 };
}

const alliance: AllianceDetail = {
  id: ALLIANCE_ID,
  name: 'Better Together Alliance',
  vision: '',
  isCoordinator: false,
  currentTerms: null,
  members: [
    {
      membershipId: 'm1',
      organisationId: OAKFIELD_ID,
      name: 'Oakfield Learning Trust',
      kind: 'trust',
      region: null,
      status: 'active',
      joinedAt: null,
      schools: [],
      signedCurrentTerms: true,
    },
  ],
};

describe('EventsListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(url: string, user: SessionUser = aSessionUser()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'events', component: EventsListPage },
            { path: 'events/new', children: [] },
            { path: 'events/mine', children: [] },
            { path: 'events/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
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
    TestBed.inject(SessionStore).startSession(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
  }

  /** The one request for events, with its query parameters as an object. */
  function eventsRequest(): { request: TestRequest; params: object } {
    const request = http.expectOne((req) => req.url === '/api/events');
    const params = request.request.params;
    return {
      request,
      params: Object.fromEntries(
        params.keys().map((key) => [key, params.get(key)]),
      ),
    };
  }

  async function answerAlliances() {
    http
      .expectOne((req) => req.url === '/api/alliances')
      .flush(page([{ ...alliance, memberCount: 1 }]));
    await settle();
    http.expectOne(`/api/alliances/${ALLIANCE_ID}`).flush(alliance);
    await settle();
    // A select shows the chosen option's words once its options have arrived.
    await settle();
  }

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function text(): string {
    return (rendered().textContent ?? '').replace(/\s+/g, ' ');
  }

  async function choose(selectId: string, optionText: string) {
    rendered()
      .querySelector<HTMLElement>(`#${selectId} .mat-mdc-select-trigger`)
      ?.click();
    await settle();
    const option = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    ).find((candidate) => candidate.textContent?.trim() === optionText);
    if (!option) throw new Error(`No option ${optionText}`);
    option.click();
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('sends the filters in the address to the API, and shows them in the form', async () => {
    await open(
      `/events?audience=governor&month=2027-03&format=online&places=true&search=phonics&host=${OAKFIELD_ID}`,
    );

    const { request, params } = eventsRequest();
    expect(params).toEqual({
      page: '1',
      pageSize: '20',
      audience: 'governor',
      month: '2027-03',
      format: 'online',
      hasPlaces: 'true',
      search: 'phonics',
      hostOrganisationId: OAKFIELD_ID,
    });
    request.flush(page([]));
    await answerAlliances();

    expect(
      rendered().querySelector<HTMLInputElement>('#filter-search')?.value,
    ).toBe('phonics');
    expect(
      rendered().querySelector<HTMLInputElement>('#filter-places-input')
        ?.checked,
    ).toBe(true);
    expect(rendered().querySelector('#filter-month')?.textContent).toContain(
      'March 2027',
    );
    expect(rendered().querySelector('#filter-host')?.textContent).toContain(
      'Oakfield Learning Trust',
    );
  });

  it('leaves out filters the API would refuse', async () => {
    await open('/events?audience=pirate&month=March&host=oakfield&page=-2');

    const { request, params } = eventsRequest();
    expect(params).toEqual({ page: '1', pageSize: '20' });
    request.flush(page([]));
    await answerAlliances();
  });

  it('puts the chosen filters in the address and asks the API again', async () => {
    await open('/events');
    eventsRequest().request.flush(page([anEvent()]));
    await answerAlliances();

    typeInto(harness.fixture, '#filter-search', ' safeguarding ');
    await choose('filter-audience', 'Governor or trustee');
    await choose('filter-host', 'Oakfield Learning Trust');
    rendered().querySelector<HTMLInputElement>('#filter-places-input')?.click();
    buttonNamed('Apply filters').click();
    await settle();

    expect(router.url).toBe(
      `/events?search=safeguarding&audience=governor&host=${OAKFIELD_ID}&places=true`,
    );
    const { request, params } = eventsRequest();
    expect(params).toEqual({
      page: '1',
      pageSize: '20',
      search: 'safeguarding',
      audience: 'governor',
      hostOrganisationId: OAKFIELD_ID,
      hasPlaces: 'true',
    });
    request.flush(page([]));
    await settle();
    expect(text()).toContain(
      'There are no upcoming events that match your filters.',
    );
  });

  it('says when there are no upcoming events', async () => {
    await open('/events');
    eventsRequest().request.flush(page([]));
    await answerAlliances();

    expect(text()).toContain('There are no upcoming events.');
    expect(text()).toContain('0 events');
    expect(rendered().querySelector('mat-paginator')).toBeNull();
  });

  it('lists events soonest first with their places and the person’s own booking', async () => {
    await open('/events');
    eventsRequest().request.flush(
      page([
        anEvent({
          myBooking: { id: 'b1', status: 'confirmed', waitlistPosition: null },
        }),
        anEvent({
          id: 'e2',
          title: 'Governance in a MAT',
          format: 'online',
          venue: null,
          confirmedCount: 20,
        }),
        anEvent({ id: 'e3', title: 'Curriculum day', status: 'cancelled' }),
      ]),
    );
    await answerAlliances();

    const cards = Array.from(rendered().querySelectorAll('.event-card')).map(
      (card) => (card.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(cards[0]).toContain('Phonics for early readers');
    expect(cards[0]).toContain('Monday 29 March 2027, 9:30am to 12:00pm');
    expect(cards[0]).toContain('Oakfield Primary School');
    expect(cards[0]).toContain('Headteacher, Early-career teacher');
    expect(cards[0]).toContain('3 places left');
    expect(cards[0]).toContain('You have a place');
    expect(cards[1]).toContain('Online');
    expect(cards[1]).toContain('Fully booked – you can join the waiting list');
    expect(cards[2]).toContain('Cancelled');
    expect(
      rendered().querySelector('.event-card a')?.getAttribute('href'),
    ).toBe('/events/e1');
  });

  it('moves between pages through the address', async () => {
    await open('/events?format=in_person');
    eventsRequest().request.flush(page([anEvent()], 45));
    await answerAlliances();

    rendered()
      .querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')
      ?.click();
    await settle();

    expect(router.url).toBe('/events?format=in_person&page=2');
    const { request, params } = eventsRequest();
    expect(params).toEqual({ page: '2', pageSize: '20', format: 'in_person' });
    request.flush(page([anEvent({ id: 'e21' })], 45, 2));
  });

  it('offers to try again when the events cannot be loaded', async () => {
    await open('/events');
    eventsRequest().request.flush(
      {},
      { status: 500, statusText: 'Server Error' },
    );
    await answerAlliances();

    expect(text()).toContain('Sorry, we could not load the events');
    buttonNamed('Try again').click();
    await settle();
    eventsRequest().request.flush(page([]));
    await settle();
    expect(text()).toContain('There are no upcoming events.');
  });

  it.each([
    {
      who: 'a governor',
      user: aSessionUser({ roles: ['governor'] }),
      offered: false,
    },
    {
      who: 'an early-career teacher',
      user: aSessionUser({ roles: ['ect'] }),
      offered: false,
    },
    {
      who: 'a headteacher',
      user: aSessionUser({ roles: ['headteacher'] }),
      offered: true,
    },
    {
      who: 'a business manager',
      user: aSessionUser({ roles: ['business_manager'] }),
      offered: true,
    },
    {
      who: 'the alliance’s coordinator',
      user: aSessionUser({
        roles: ['staff'],
        coordinatorOfAllianceIds: [ALLIANCE_ID],
      }),
      offered: true,
    },
  ])(
    'offers "Create an event" to $who: $offered',
    async ({ user, offered }) => {
      await open('/events', user);
      eventsRequest().request.flush(page([]));
      await answerAlliances();

      const link = Array.from(rendered().querySelectorAll('a')).find(
        (a) => a.textContent?.trim() === 'Create an event',
      );
      expect(link?.getAttribute('href') ?? null).toBe(
        offered ? '/events/new' : null,
      );
      expect(pageText()).toContain('My bookings');
    },
  );
});
