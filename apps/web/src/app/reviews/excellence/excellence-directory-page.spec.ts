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
  AllianceSummary,
  ExcellenceAreaView,
  ExcellencePage,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  typeInto,
} from '../../../testing/test-helpers';
import { SessionStore } from '../../core/session/session-store';
import { ExcellenceDirectoryPage } from './excellence-directory-page';

function anAlliance(id: string, name: string): AllianceSummary {
  return { id, name, vision: '', memberCount: 4, isCoordinator: false };
}

function anArea(
  overrides: Partial<ExcellenceAreaView> = {},
): ExcellenceAreaView {
  return {
    id: 'excellence-1',
    organisationId: 'org-riverside',
    organisationName: 'Riverside Academies Trust',
    areaTitle: 'Workforce',
    criterionTitle: 'Professional development, including early-career teachers',
    rating: 4,
    statement:
      'ECT mentoring with protected time: 92% of our early-career teachers stay into a third year.',
    publishedByName: 'Mark Thompson',
    publishedAt: '2026-05-04T09:00:00Z',
    ...overrides,
  };
}

function aPage(
  items: ExcellenceAreaView[],
  overrides: Partial<ExcellencePage> = {},
): ExcellencePage {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    areaTitles: ['Finance and operations', 'Workforce'],
    ...overrides,
  };
}

describe('ExcellenceDirectoryPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(
    url: string,
    alliances: AllianceSummary[] = [
      anAlliance('alliance-1', 'Better Together Alliance'),
    ],
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'reviews/excellence', component: ExcellenceDirectoryPage },
            { path: 'reviews', children: [] },
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
    TestBed.inject(SessionStore).startSession(
      aSessionUser({
        email: 'head@oakfield.test',
        name: 'Siobhan Murphy',
        roles: ['headteacher'],
      }),
    );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
    http
      .expectOne((request) => request.url === '/api/alliances')
      .flush({
        items: alliances,
        total: alliances.length,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  function searchRequest(allianceId = 'alliance-1'): TestRequest {
    return http.expectOne(
      (request) => request.url === `/api/alliances/${allianceId}/excellence`,
    );
  }

  function paramsOf(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(
      params.keys().map((key) => [key, params.get(key) ?? '']),
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('searches the alliance with the words, the area and the page in the address', async () => {
    await open('/reviews/excellence?search=mentoring&area=Workforce&page=2');

    const request = searchRequest();
    expect(request.request.method).toBe('GET');
    expect(paramsOf(request)).toEqual({
      search: 'mentoring',
      area: 'Workforce',
      page: '2',
      pageSize: '20',
    });
    request.flush(aPage([anArea()], { total: 21, page: 2 }));
    await settle();

    expect(pageText()).toContain('21 areas of excellence');
    expect(
      document.querySelector<HTMLInputElement>('#excellence-search')?.value,
    ).toBe('mentoring');
    expect(document.querySelector('#excellence-area')?.textContent).toContain(
      'Workforce',
    );
  });

  it('shows each line with the trust, the area and criterion, the rating band and who shared it', async () => {
    await open('/reviews/excellence');
    const request = searchRequest();
    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '20' });
    request.flush(
      aPage([
        anArea(),
        anArea({
          id: 'excellence-2',
          areaTitle: 'Finance and operations',
          criterionTitle: 'Value for money and procurement',
          rating: 3,
          statement:
            'Trust-wide catering and energy contracts, benchmarked every year and reported to trustees.',
          publishedByName: null,
        }),
      ]),
    );
    await settle();

    const cards = Array.from(
      document.querySelectorAll<HTMLElement>('.excellence-card'),
    ).map((card) => (card.textContent ?? '').replace(/\s+/g, ' '));
    expect(cards).toHaveLength(2);
    expect(
      document.querySelector('.excellence-card h3')?.textContent?.trim(),
    ).toBe(
      'ECT mentoring with protected time: 92% of our early-career teachers stay into a third year.',
    );
    expect(cards[0]).toContain('Riverside Academies Trust');
    expect(cards[0]).toContain(
      'Workforce › : Professional development, including early-career teachers',
    );
    expect(cards[0]).toContain('Rated Leading by a peer review panel');
    expect(cards[0]).toContain('Shared by Mark Thompson on 4 May 2026');
    expect(cards[1]).toContain('Rated Established by a peer review panel');
    expect(cards[1]).toContain('Shared on 4 May 2026');
    expect(pageText()).toContain('2 areas of excellence');
  });

  it('puts a new search in the address, from the first page, and searches again', async () => {
    await open('/reviews/excellence?page=3');
    searchRequest().flush(aPage([anArea()], { total: 45, page: 3 }));
    await settle();

    typeInto(harness.fixture, '#excellence-search', '  catering ');
    buttonNamed('Search').click();
    await settle();

    expect(router.url).toBe('/reviews/excellence?search=catering');
    const again = searchRequest();
    expect(paramsOf(again)).toEqual({
      search: 'catering',
      page: '1',
      pageSize: '20',
    });
    again.flush(aPage([]));
    await settle();
    expect(pageText()).toContain('Nothing matches your search.');
    expect(pageText()).toContain('see every area of excellence');
  });

  it('says when nothing has been shared in the alliance yet', async () => {
    await open('/reviews/excellence');
    searchRequest().flush(aPage([], { areaTitles: [] }));
    await settle();

    expect(pageText()).toContain(
      'No areas of excellence have been shared yet.',
    );
    expect(pageText()).not.toContain('Nothing matches your search.');
    expect(document.querySelector('mat-paginator')).toBeNull();
  });

  it('searches the alliance chosen in the address when the person has several', async () => {
    await open('/reviews/excellence?alliance=alliance-2', [
      anAlliance('alliance-1', 'Better Together Alliance'),
      anAlliance('alliance-2', 'Pennine Partnership'),
    ]);
    searchRequest('alliance-2').flush(aPage([anArea()]));
    await settle();

    expect(
      document.querySelector('#excellence-alliance')?.textContent,
    ).toContain('Pennine Partnership');
    expect(pageText()).toContain('Shared in Pennine Partnership');
  });

  it('offers to try again when the search fails', async () => {
    await open('/reviews/excellence');
    searchRequest().flush(
      { statusCode: 500, message: 'Internal server error' },
      { status: 500, statusText: 'Server Error' },
    );
    await settle();
    expect(pageText()).toContain(
      'Sorry, we could not load the areas of excellence',
    );

    buttonNamed('Try again').click();
    await settle();
    searchRequest().flush(aPage([anArea()]));
    await settle();
    expect(pageText()).toContain('Riverside Academies Trust');
  });

  it('says so when the organisation is in no alliance, and searches nothing', async () => {
    await open('/reviews/excellence', []);

    expect(pageText()).toContain(
      'Your organisation is not in an alliance yet.',
    );
    http.expectNone((request) => request.url.endsWith('/excellence'));
  });
});
