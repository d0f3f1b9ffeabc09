import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
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
import type { CohortSummary, Page, SessionUser } from '@alliance/contracts';
import { aSessionUser, pageText, settle } from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { CohortsListPage } from './cohorts-list-page';
import { aCohort } from './cohort-test-data';

function page(items: CohortSummary[]): Page<CohortSummary> {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

describe('CohortsListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(
    url: string,
    user: SessionUser = aSessionUser({ roles: ['mentor'] }),
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'cohorts', component: CohortsListPage },
            { path: 'cohorts/new', children: [] },
            { path: 'cohorts/:id', children: [] },
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

  /** Answers the one request for cohorts and gives its academic year filter. */
  async function answerCohorts(items: CohortSummary[]): Promise<string | null> {
    const request = http.expectOne((req) => req.url === '/api/cohorts');
    const year = request.request.params.get('academicYear');
    request.flush(page(items));
    await settle();
    return year;
  }

  function createLink(): HTMLAnchorElement | null {
    return document.querySelector('a[href="/cohorts/new"]');
  }

  afterEach(() => http.verify());

  it('lists the cohorts with their year, region, who runs them and the places taken', async () => {
    await open('/cohorts');
    expect(
      await answerCohorts([
        aCohort({ myEnrolment: { id: 'en1', status: 'active' } }),
      ]),
    ).toBeNull();

    const text = pageText();
    expect(
      document.querySelector('a[href="/cohorts/c1"]')?.textContent,
    ).toContain('Kent and Medway ECT Year 1 Cohort');
    expect(text).toContain('2026/27 · Year 1 of induction · South East');
    expect(text).toContain(
      'Run by Harbour Teaching School Hub · 3 of 24 places taken',
    );
    expect(text).toContain('You: Enrolled');
  });

  it('reads the academic year from the address and asks the API for that year only', async () => {
    await open('/cohorts?year=2026%2F27');

    expect(await answerCohorts([])).toBe('2026/27');
    expect(pageText()).toContain('There are no cohorts in 2026/27.');
  });

  it('ignores a year in the address that is not an academic year', async () => {
    await open('/cohorts?year=2026-27');

    expect(await answerCohorts([])).toBeNull();
    expect(pageText()).toContain('There are no cohorts yet.');
  });

  it('puts the chosen year in the address, and takes it out for all years', async () => {
    await open('/cohorts');
    await answerCohorts([aCohort()]);

    (
      document.querySelector(
        '#cohort-year .mat-mdc-select-trigger',
      ) as HTMLElement
    ).click();
    await settle();
    const options = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    );
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'All years',
      '2027/28',
      '2026/27',
      '2025/26',
    ]);
    options[2].click();
    await settle();
    expect(router.url).toBe('/cohorts?year=2026%2F27');
    expect(await answerCohorts([])).toBe('2026/27');

    (
      document.querySelector(
        '#cohort-year .mat-mdc-select-trigger',
      ) as HTMLElement
    ).click();
    await settle();
    document.querySelectorAll<HTMLElement>('mat-option')[0].click();
    await settle();
    expect(router.url).toBe('/cohorts');
    expect(await answerCohorts([aCohort()])).toBeNull();
  });

  it('shows “Create a cohort” to an alliance’s coordinator', async () => {
    await open(
      '/cohorts',
      aSessionUser({
        roles: ['coordinator'],
        coordinatorOfAllianceIds: ['a1'],
      }),
    );
    await answerCohorts([]);

    expect(createLink()?.textContent).toContain('Create a cohort');
  });

  it('shows “Create a cohort” to a lead of a teaching school hub', async () => {
    await open(
      '/cohorts',
      aSessionUser({ organisationId: 'org-harbour', roles: ['staff'] }),
    );
    http.expectOne('/api/organisations/org-harbour').flush({
      id: 'org-harbour',
      name: 'Harbour Teaching School Hub',
      kind: 'teaching_school_hub',
      dfeReference: null,
      region: null,
      schools: [],
    });
    await answerCohorts([]);

    expect(createLink()?.textContent).toContain('Create a cohort');
  });

  it('does not show “Create a cohort” to the leaders of a trust', async () => {
    await open('/cohorts', aSessionUser({ roles: ['ceo'] }));
    http.expectOne('/api/organisations/org-oakfield').flush({
      id: 'org-oakfield',
      name: 'Oakfield Learning Trust',
      kind: 'trust',
      dfeReference: null,
      region: null,
      schools: [],
    });
    await answerCohorts([]);

    expect(createLink()).toBeNull();
  });

  it('does not show “Create a cohort” to mentors and ECTs, nor ask about their organisation', async () => {
    await open('/cohorts', aSessionUser({ roles: ['mentor', 'ect'] }));
    await answerCohorts([]);

    expect(createLink()).toBeNull();
    expect(document.querySelector('a[href="/cohorts/induction"]')).toBeTruthy();
    expect(document.querySelector('a[href="/cohorts/mentees"]')).toBeTruthy();
  });
});
