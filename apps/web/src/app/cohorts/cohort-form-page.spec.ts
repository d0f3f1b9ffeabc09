import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type {
  AllianceDetail,
  AlliancePersonView,
  AllianceSummary,
  OrganisationDetail,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  pageText,
  query,
  settle,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { PERSON_SEARCH_DELAY_MS } from '../shared/person-picker';
import { CohortFormPage } from './cohort-form-page';
import { aCohort } from './cohort-test-data';

const ALLIANCE_ID = '0b7c2f0e-3d1a-4c55-9a8e-1f2a3b4c5d6e';

const alliance: AllianceSummary = {
  id: ALLIANCE_ID,
  name: 'Better Together Alliance',
  vision: '',
  memberCount: 3,
  isCoordinator: false,
};

function anOrganisation(
  overrides: Partial<OrganisationDetail> = {},
): OrganisationDetail {
  return {
    id: 'org-harbour',
    name: 'Harbour Teaching School Hub',
    kind: 'teaching_school_hub',
    dfeReference: null,
    region: 'South East',
    schools: [],
    ...overrides,
  };
}

function aMember(
  organisationId: string,
  name: string,
  status: 'active' | 'invited' = 'active',
): AllianceDetail['members'][number] {
  return {
    membershipId: `m-${organisationId}`,
    organisationId,
    name,
    kind: 'trust',
    region: null,
    status,
    joinedAt: null,
    schools: [],
    signedCurrentTerms: true,
  };
}

const hubLead = aSessionUser({
  id: 'u-lead',
  organisationId: 'org-harbour',
  organisationName: 'Harbour Teaching School Hub',
  roles: ['staff'],
});

describe('CohortFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CohortFormPage>;
  let router: Router;

  async function open(
    user: SessionUser,
    organisation: OrganisationDetail,
    alliances: AllianceSummary[] = [alliance],
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'cohorts', children: [] },
          { path: 'cohorts/:id', children: [] },
        ]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        {
          provide: Clock,
          useValue: { now: () => new Date('2027-01-10T10:00:00Z') },
        },
        { provide: PERSON_SEARCH_DELAY_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(CohortFormPage);
    await settle();
    http
      .expectOne(`/api/organisations/${user.organisationId}`)
      .flush(organisation);
    http
      .expectOne((req) => req.url === '/api/alliances')
      .flush({
        items: alliances,
        total: alliances.length,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  function aPerson(
    id: string,
    name: string,
    organisationName: string,
  ): AlliancePersonView {
    return {
      id,
      name,
      roles: ['staff'],
      organisationId: `org-${organisationName.split(' ')[0].toLowerCase()}`,
      organisationName,
      organisationKind: 'trust',
    };
  }

  function offered(): HTMLElement[] {
    return Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  }

  async function click(selector: string) {
    query<HTMLElement>(fixture, selector).click();
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

  async function fillTheRequiredAnswers() {
    typeInto(fixture, '#cohort-name', ' Kent and Medway ECT Year 1 Cohort ');
    await click('#cohort-academic-year-0-input');
    await click('#cohort-induction-year-1-input');
    typeInto(fixture, '#cohort-region', 'South East');
    typeInto(fixture, '#cohort-capacity', '24');
    await click('#cohort-booking-auto-input');
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('offers this academic year and the next, both years of induction and the booking modes in plain words', async () => {
    await open(hubLead, anOrganisation());

    const text = textOf(fixture);
    expect(query(fixture, 'h1').textContent).toBe('Create a cohort');
    expect(text).toContain('This cohort is for Better Together Alliance.');
    expect(
      query(fixture, 'label[for="cohort-academic-year-0-input"]').textContent,
    ).toContain('2026/27');
    expect(
      query(fixture, 'label[for="cohort-academic-year-1-input"]').textContent,
    ).toContain('2027/28');
    expect(text).toContain('Year 1 of induction');
    expect(text).toContain('Year 2 of induction');
    expect(text).toContain('Book every enrolled ECT automatically');
    expect(text).toContain('ECTs sign up for the sessions they choose');
    expect(text).toContain(
      'The cohort will be run by Harbour Teaching School Hub.',
    );
  });

  it('lists every problem, each linked to its field and shown by it, and sends nothing', async () => {
    await open(hubLead, anOrganisation());
    typeInto(fixture, '#cohort-capacity', 'twenty');

    await submit();

    expect(problems()).toEqual([
      'Enter a name for the cohort',
      'Choose the academic year',
      'Choose year 1 or year 2 of induction',
      'Enter the region',
      'The number of places must be a whole number, like 24',
      'Choose how ECTs get a place on sessions',
    ]);
    const links = Array.from(
      query(fixture, '.error-summary').querySelectorAll('a'),
    ).map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '#cohort-name',
      '#cohort-academic-year-0-input',
      '#cohort-induction-year-1-input',
      '#cohort-region',
      '#cohort-capacity',
      '#cohort-booking-auto-input',
    ]);
    expect(query(fixture, '#academic-year-error').textContent).toContain(
      'Choose the academic year',
    );
    expect(query(fixture, '#booking-error').textContent).toContain(
      'Choose how ECTs get a place',
    );
    expect(textOf(fixture)).toContain('Enter a name for the cohort');
    http.expectNone('/api/cohorts');
  });

  it('checks the number of places is between 1 and the most a cohort can have', async () => {
    await open(hubLead, anOrganisation());
    await fillTheRequiredAnswers();
    typeInto(fixture, '#cohort-capacity', '0');

    await submit();

    expect(problems()).toEqual([
      'The number of places must be between 1 and 500',
    ]);
  });

  it('creates a hub lead’s cohort, run by their hub, and goes to the cohort’s page', async () => {
    await open(hubLead, anOrganisation());
    const navigate = jest.spyOn(router, 'navigate');
    await fillTheRequiredAnswers();

    await submit();

    const request = http.expectOne('/api/cohorts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      allianceId: ALLIANCE_ID,
      name: 'Kent and Medway ECT Year 1 Cohort',
      academicYear: '2026/27',
      inductionYear: 1,
      region: 'South East',
      facilitatingOrganisationId: 'org-harbour',
      facilitatorUserIds: [],
      capacity: 24,
      sessionBooking: 'auto',
    });
    request.flush(aCohort({ id: 'c-new' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/cohorts', 'c-new']);
  });

  it('lets the coordinator choose which active member runs the cohort, and facilitators from across the alliance', async () => {
    const coordinator = aSessionUser({
      roles: ['coordinator', 'ceo'],
      coordinatorOfAllianceIds: [ALLIANCE_ID],
    });
    await open(
      coordinator,
      anOrganisation({
        id: 'org-oakfield',
        name: 'Oakfield Learning Trust',
        kind: 'trust',
      }),
      [{ ...alliance, isCoordinator: true }],
    );
    http.expectOne(`/api/alliances/${ALLIANCE_ID}`).flush({
      id: ALLIANCE_ID,
      name: alliance.name,
      vision: '',
      isCoordinator: true,
      currentTerms: null,
      members: [
        aMember('org-oakfield', 'Oakfield Learning Trust'),
        aMember('org-harbour', 'Harbour Teaching School Hub'),
        aMember('org-invited', 'Invited Trust', 'invited'),
      ],
    } satisfies AllianceDetail);
    await settle();
    await fillTheRequiredAnswers();

    await submit();
    expect(problems()).toEqual([
      'Choose the organisation that runs the cohort',
    ]);

    await click('#cohort-facilitating-organisation .mat-mdc-select-trigger');
    const organisations = Array.from(
      document.querySelectorAll('mat-option'),
    ).map((option) => option.textContent?.trim());
    expect(organisations).toEqual([
      'Harbour Teaching School Hub',
      'Oakfield Learning Trust',
    ]);
    (document.querySelectorAll('mat-option')[0] as HTMLElement).click();
    await settle();
    // Facilitators from any member organisation: the alliance's people, as the coordinator types.
    const facilitator = query<HTMLInputElement>(
      fixture,
      '#cohort-facilitators',
    );
    facilitator.focus();
    typeInto(fixture, '#cohort-facilitators', 'e');
    await settle();
    const search = http.expectOne(
      (req) => req.url === `/api/alliances/${ALLIANCE_ID}/people`,
    );
    expect(search.request.params.get('search')).toBe('e');
    expect(search.request.params.has('roles')).toBe(false);
    const people = {
      items: [
        aPerson('u-dev', 'Dev Anand', 'Oakfield Learning Trust'),
        aPerson('u-grace', 'Grace Lee', 'Harbour Teaching School Hub'),
        aPerson('u-mark', 'Mark Thompson', 'Riverside Academies Trust'),
      ],
      total: 3,
      page: 1,
      pageSize: 20,
    };
    search.flush(people);
    await settle();
    expect(offered().map((option) => option.textContent?.trim())).toEqual([
      'Dev Anand, Oakfield Learning Trust Staff',
      'Grace Lee, Harbour Teaching School Hub Staff',
      'Mark Thompson, Riverside Academies Trust Staff',
    ]);
    offered()[1].click();
    await settle();
    expect(facilitator.value).toBe('');
    // The emptied field lists the first people again, less Grace, once clicked (the focus stays in it).
    const firstPage = http.expectOne(
      (req) => req.url === `/api/alliances/${ALLIANCE_ID}/people`,
    );
    expect(firstPage.request.params.has('search')).toBe(false);
    firstPage.flush(people);
    facilitator.click();
    await settle();
    expect(offered().map((option) => option.textContent?.trim())).toEqual([
      'Dev Anand, Oakfield Learning Trust Staff',
      'Mark Thompson, Riverside Academies Trust Staff',
    ]);
    offered()[1].click();
    await settle();
    expect(textOf(fixture)).toContain('Grace Lee, Harbour Teaching School Hub');
    expect(textOf(fixture)).toContain(
      'Mark Thompson, Riverside Academies Trust',
    );

    await submit();
    const request = http.expectOne('/api/cohorts');
    expect(request.request.body).toMatchObject({
      facilitatingOrganisationId: 'org-harbour',
      facilitatorUserIds: ['u-grace', 'u-mark'],
    });
    request.flush(aCohort({ id: 'c-new' }));
    await settle();
  });

  it('shows the API’s reasons when it refuses the cohort', async () => {
    await open(hubLead, anOrganisation());
    await fillTheRequiredAnswers();

    await submit();
    http.expectOne('/api/cohorts').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: [
          'The facilitating organisation must be an active member of the alliance.',
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(problems()).toEqual([
      'The facilitating organisation must be an active member of the alliance.',
    ]);
    expect(buttonText()).toBe('Create the cohort');
  });

  it('tells people who may not create cohorts who can', async () => {
    await open(
      aSessionUser({ roles: ['headteacher'] }),
      anOrganisation({ id: 'org-oakfield', kind: 'trust' }),
    );

    expect(pageText()).toContain('You cannot create cohorts');
    expect(() => query(fixture, 'form')).toThrow();
  });

  function buttonText(): string {
    return query(fixture, 'button[type="submit"]').textContent?.trim() ?? '';
  }
});
