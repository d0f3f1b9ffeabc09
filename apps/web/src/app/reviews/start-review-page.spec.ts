import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { AllianceDetail, SessionUser } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  query,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { StartReviewPage } from './start-review-page';

const NOW = new Date('2027-01-10T10:00:00Z');
const ALLIANCE = {
  id: 'alliance-1',
  name: 'Better Together Alliance',
  vision: '',
  memberCount: 4,
  isCoordinator: false,
};
const FRAMEWORKS = [
  {
    id: 'framework-1',
    familyId: 'family-1',
    version: 1,
    allianceId: null,
    name: 'Trust quality peer review',
    description: '',
    isCurrent: true,
    inUse: false,
    createdAt: '2027-01-01T10:00:00Z',
  },
];

describe('StartReviewPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StartReviewPage>;

  async function open(user: SessionUser, isCoordinator = false) {
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
    fixture = TestBed.createComponent(StartReviewPage);
    await settle();
    http
      .expectOne((request) => request.url === '/api/alliances')
      .flush({
        items: [{ ...ALLIANCE, isCoordinator }],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  function answerFrameworks() {
    const request = http.expectOne(
      (req) => req.url === '/api/reference/review-frameworks',
    );
    expect(request.request.params.get('allianceId')).toBe('alliance-1');
    request.flush(FRAMEWORKS);
  }

  function type(selector: string, value: string) {
    const input = query<HTMLInputElement>(fixture, selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('starts a review of the chief executive’s own trust', async () => {
    await open(aSessionUser());
    answerFrameworks();
    await settle();
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);

    expect(textOf(fixture)).toContain(
      'Plan a review of Oakfield Learning Trust',
    );
    type('#review-title', '  Oakfield peer review 2027 ');
    type('#review-focus', 'Inclusion, please.');
    type('#review-visit-start', '15/3/2027');
    type('#review-visit-end', '16/3/2027');
    await settle();
    buttonNamed('Start the review').click();
    await settle();

    const request = http.expectOne('/api/reviews');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      allianceId: 'alliance-1',
      organisationId: 'org-oakfield',
      frameworkId: 'framework-1',
      title: 'Oakfield peer review 2027',
      focus: 'Inclusion, please.',
      visitStartDate: '2027-03-15',
      visitEndDate: '2027-03-16',
    });
    request.flush({ id: 'review-9' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/reviews', 'review-9']);
  });

  it('lists what is missing, with links to the fields, before sending anything', async () => {
    await open(aSessionUser());
    answerFrameworks();
    await settle();
    type('#review-visit-start', '16/3/2027');
    type('#review-visit-end', '15/3/2027');
    await settle();

    buttonNamed('Start the review').click();
    await settle();

    const summary = query(fixture, '.error-summary');
    expect(summary.textContent).toContain('Enter a title');
    expect(summary.textContent).toContain(
      'The last visit date must be the same as or after the first',
    );
    expect(summary.querySelector('a[href="#review-title"]')).not.toBeNull();
  });

  it('shows the API’s reason when it refuses', async () => {
    await open(aSessionUser());
    answerFrameworks();
    await settle();
    type('#review-title', 'Review');
    type('#review-visit-start', '15/3/2027');
    type('#review-visit-end', '15/3/2027');
    await settle();
    buttonNamed('Start the review').click();
    await settle();

    http
      .expectOne('/api/reviews')
      .flush(
        {
          statusCode: 400,
          message: 'The trust must be an active member trust',
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(query(fixture, '.error-summary').textContent).toContain(
      'The trust must be an active member trust',
    );
  });

  it('lets the coordinator choose which active member trust is reviewed', async () => {
    const coordinator = aSessionUser({
      organisationId: 'org-harbour',
      organisationName: 'Harbour Teaching School Hub',
      roles: ['staff'],
      coordinatorOfAllianceIds: ['alliance-1'],
    });
    await open(coordinator, true);
    const members: Partial<AllianceDetail> = {
      id: 'alliance-1',
      members: [
        member('org-riverside', 'Riverside Academies Trust', 'trust', 'active'),
        member(
          'org-harbour',
          'Harbour Teaching School Hub',
          'teaching_school_hub',
          'active',
        ),
        member('org-gone', 'Gone Trust', 'trust', 'left'),
      ],
    };
    http.expectOne('/api/alliances/alliance-1').flush(members);
    answerFrameworks();
    await settle();

    const options = Array.from(
      query<HTMLSelectElement>(fixture, '#review-trust').options,
    ).map((option) => option.textContent?.trim());
    expect(options).toEqual(['Choose a trust', 'Riverside Academies Trust']);
  });

  it('tells other people that they cannot start a review', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ roles: ['governor'] }),
    );
    fixture = TestBed.createComponent(StartReviewPage);
    await settle();
    expect(textOf(fixture)).toContain(
      'Only a trust’s chief executive or the coordinator can start a review',
    );
  });
});

function member(
  organisationId: string,
  name: string,
  kind: 'trust' | 'teaching_school_hub',
  status: 'active' | 'left',
) {
  return {
    membershipId: `m-${organisationId}`,
    organisationId,
    name,
    kind,
    region: null,
    status,
    joinedAt: null,
    schools: [],
    signedCurrentTerms: true,
  };
}
