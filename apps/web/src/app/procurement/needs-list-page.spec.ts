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
import type { NeedSummary, Page, SessionUser } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { NeedsListPage } from './needs-list-page';

function aNeedSummary(overrides: Partial<NeedSummary> = {}): NeedSummary {
  return {
    id: 'need-1',
    allianceId: 'alliance-1',
    organisationId: 'org-riverside',
    organisationName: 'Riverside Academies Trust',
    title: 'School meals for primary schools',
    category: 'catering',
    estimatedAnnualValuePence: 41000010,
    contractEndDate: '2027-08-31',
    closingDate: '2027-03-31',
    status: 'open',
    routeToMarket: 'framework',
    interestedOrganisationCount: 2,
    interestedSchoolCount: 7,
    isOwner: false,
    hasMyInterest: false,
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    ...overrides,
  };
}

function page<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('NeedsListPage', () => {
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
            { path: 'procurement', component: NeedsListPage },
            { path: 'procurement/new', children: [] },
            { path: 'procurement/contracts', children: [] },
            { path: 'procurement/radar', children: [] },
            { path: 'procurement/savings', children: [] },
            { path: 'procurement/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
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

  function needsRequest(): { request: TestRequest; params: object } {
    const request = http.expectOne(
      (req) => req.url === '/api/procurement/needs',
    );
    const params = request.request.params;
    return {
      request,
      params: Object.fromEntries(
        params.keys().map((key) => [key, params.get(key)]),
      ),
    };
  }

  async function answerFollows(categories: string[] = []) {
    http.expectOne('/api/procurement/follows').flush({ categories });
    await settle();
  }

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function text(): string {
    return (rendered().textContent ?? '').replace(/\s+/g, ' ');
  }

  function link(name: string): HTMLAnchorElement | undefined {
    return Array.from(rendered().querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === name,
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('sends the filters in the address to the API, and shows them in the form', async () => {
    await open(
      '/procurement?search=meals&category=catering&status=open&closingSoon=true&minValuePence=10000000&sort=value&page=2',
    );

    const { request, params } = needsRequest();
    expect(params).toEqual({
      page: '2',
      pageSize: '20',
      search: 'meals',
      category: 'catering',
      status: 'open',
      closingSoon: 'true',
      minValuePence: '10000000',
      sort: 'value',
    });
    request.flush(page([]));
    await answerFollows();
    await settle();

    expect(
      rendered().querySelector<HTMLInputElement>('#filter-search')?.value,
    ).toBe('meals');
    expect(
      rendered().querySelector<HTMLInputElement>('#filter-closing-soon-input')
        ?.checked,
    ).toBe(true);
    expect(rendered().querySelector('#filter-category')?.textContent).toContain(
      'Catering',
    );
    expect(rendered().querySelector('#filter-value')?.textContent).toContain(
      '£100,000 a year or more',
    );
    expect(rendered().querySelector('#filter-sort')?.textContent).toContain(
      'Highest value',
    );
    expect(text()).toContain('There are no needs that match your filters.');
  });

  it('leaves out filters the API would refuse', async () => {
    await open(
      '/procurement?category=gold&status=sideways&minValuePence=12.5&sort=cheapest&page=-3',
    );

    const { request, params } = needsRequest();
    expect(params).toEqual({ page: '1', pageSize: '20' });
    request.flush(page([]));
    await answerFollows();
    expect(text()).toContain('Nobody in your alliance has posted a need yet.');
  });

  it('lists needs with their organisation, value, closing date, status and interest', async () => {
    await open('/procurement');

    needsRequest().request.flush(
      page([
        aNeedSummary({ hasMyInterest: true }),
        aNeedSummary({
          id: 'need-2',
          title: 'Electricity and gas',
          category: 'energy',
          organisationName: 'Oakfield Learning Trust',
          isOwner: true,
          status: 'draft',
          estimatedAnnualValuePence: 12000000,
          interestedOrganisationCount: 0,
          interestedSchoolCount: 0,
        }),
      ]),
    );
    await answerFollows();

    const content = text();
    expect(content).toContain('2 needs');
    expect(content).toContain('Riverside Academies Trust');
    expect(content).toContain('£410,000.10 a year');
    expect(content).toContain('31 March 2027');
    expect(content).toContain('Open for interest');
    expect(content).toContain('2 organisations (7 schools)');
    expect(content).toContain('Your organisation is interested');
    expect(content).toContain('£120,000 a year');
    expect(content).toContain('Draft');
    expect(content).toContain('No organisations yet');
    expect(content).toContain('Posted by your organisation');
    expect(link('School meals for primary schools')?.getAttribute('href')).toBe(
      '/procurement/need-1',
    );
  });

  it('offers business managers and chief executives to post a need, and others not', async () => {
    await open('/procurement', aSessionUser({ roles: ['business_manager'] }));
    needsRequest().request.flush(page([]));
    await answerFollows();
    expect(link('Post a need')?.getAttribute('href')).toBe('/procurement/new');
    expect(link('Your trust’s contracts')).toBeDefined();
    expect(link('Contract renewal radar')).toBeDefined();
    expect(link('Savings summary')).toBeUndefined();
  });

  it('hides posting from other staff, and shows the savings summary to a coordinator', async () => {
    await open(
      '/procurement',
      aSessionUser({
        roles: ['staff'],
        coordinatorOfAllianceIds: ['alliance-1'],
      }),
    );
    needsRequest().request.flush(page([]));
    await answerFollows();
    expect(link('Post a need')).toBeUndefined();
    expect(link('Your trust’s contracts')).toBeUndefined();
    expect(link('Savings summary')?.getAttribute('href')).toBe(
      '/procurement/savings',
    );
  });

  it('puts the filters chosen in the address, back on the first page', async () => {
    await open('/procurement?page=3');
    needsRequest().request.flush(page([]));
    await answerFollows();

    typeInto(harness.fixture, '#filter-search', 'energy');
    rendered()
      .querySelector<HTMLInputElement>('#filter-closing-soon-input')
      ?.click();
    await settle();
    buttonNamed('Apply filters').click();
    await settle();

    expect(router.url).toBe('/procurement?search=energy&closingSoon=true');
    needsRequest().request.flush(page([]));
    await settle();
  });

  it('says when the needs cannot be loaded, and tries again', async () => {
    await open('/procurement');
    needsRequest().request.flush(
      { statusCode: 500, message: 'boom' },
      { status: 500, statusText: 'Server Error' },
    );
    await answerFollows();
    expect(text()).toContain('Sorry, we could not load the needs');

    buttonNamed('Try again').click();
    await settle();
    needsRequest().request.flush(page([aNeedSummary()]));
    await settle();
    expect(text()).toContain('School meals for primary schools');
  });

  it('shows the categories the person follows and saves the new choice', async () => {
    await open('/procurement');
    needsRequest().request.flush(page([]));
    await answerFollows(['energy']);

    expect(
      rendered().querySelector<HTMLInputElement>('#follow-energy-input')
        ?.checked,
    ).toBe(true);
    rendered()
      .querySelector<HTMLInputElement>('#follow-catering-input')
      ?.click();
    await settle();
    buttonNamed('Save the categories you follow').click();
    await settle();

    const saved = http.expectOne('/api/procurement/follows');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toEqual({ categories: ['catering', 'energy'] });
    saved.flush({ categories: ['catering', 'energy'] });
    await settle();
    expect(pageText()).toContain('You follow 2 categories.');
  });
});
