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
  AlliancePersonView,
  ReviewView,
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
import { PERSON_SEARCH_DELAY_MS } from '../shared/person-picker';
import { ReviewPage } from './review-page';
import { aPanelMember, aReview, aReviewSummary } from './review-test-data';

/** People of the alliance, as the people search returns them. */
function aPerson(overrides: Partial<AlliancePersonView>): AlliancePersonView {
  return {
    id: 'user-marshside',
    name: 'Grace Hall',
    roles: ['ceo'],
    organisationId: 'org-marshside',
    organisationName: 'Marshside Schools Trust',
    organisationKind: 'trust',
    ...overrides,
  };
}

const LEAD = aSessionUser({
  id: 'user-riverside',
  email: 'ceo@riverside.test',
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
});

describe('ReviewPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReviewPage>;

  async function open(view: ReviewView, user: SessionUser = aSessionUser()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: PERSON_SEARCH_DELAY_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('id', view.id);
    await settle();
    http.expectOne('/api/reviews/review-1').flush(view);
    await settle();
  }

  function type(selector: string, value: string) {
    const input = document.querySelector<
      HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    >(selector);
    if (!input) throw new Error(`Nothing matches ${selector}`);
    input.value = value;
    input.dispatchEvent(
      new Event(input instanceof HTMLSelectElement ? 'change' : 'input'),
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the stage tracker, the panel and the stage history', async () => {
    await open(aReview(), aSessionUser({ roles: ['governor'] }));

    expect(query(fixture, 'h1').textContent).toBe('Oakfield peer review 2027');
    const current = query(fixture, '[aria-current="step"]');
    expect(current.textContent).toContain('Self-assessment');
    expect(current.textContent).toContain('(current stage)');
    expect(
      fixture.nativeElement.querySelectorAll('.tracker__step--done'),
    ).toHaveLength(1);
    const text = textOf(fixture);
    expect(text).toContain('Rhys Evans, lead reviewer');
    expect(text).toContain('Accepted');
    expect(text).toContain('Planning to Self-assessment');
    expect(text).toContain('by Amara Okafor');
    expect(text).toContain('Challenge us on inclusion.');
    // A governor reads but neither moves the review nor changes the panel.
    expect(
      fixture.nativeElement.querySelectorAll('.tracker + .button-row'),
    ).toHaveLength(0);
    expect(text).not.toContain('Invite someone to the panel');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Oakfield peer review 2027 – Alliance',
    );
  });

  it('leads to the areas of excellence once the findings are complete, to share them for the chief executive', async () => {
    const linkTo = (path: string) =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
        `a[href="${path}"]`,
      );
    await open(aReview({ stage: 'findings' }));
    expect(linkTo('/reviews/review-1/excellence')).toBeNull();
    http.verify();
    TestBed.resetTestingModule();

    await open(aReview({ stage: 'closed' }));
    expect(linkTo('/reviews/review-1/excellence')?.textContent?.trim()).toBe(
      'Share areas of excellence',
    );
    http.verify();
    TestBed.resetTestingModule();

    await open(
      aReview({ stage: 'action_plan' }),
      aSessionUser({ roles: ['governor'] }),
    );
    expect(linkTo('/reviews/review-1/excellence')?.textContent?.trim()).toBe(
      'Areas of excellence',
    );
  });

  it('submits the self-assessment once the chief executive confirms', async () => {
    await open(aReview());

    buttonNamed('Submit the self-assessment').click();
    await settle();
    expect(pageText()).toContain('Every criterion must have a rating.');
    buttonNamed('Yes, submit it').click();
    await settle();

    const request = http.expectOne('/api/reviews/review-1/stage');
    expect(request.request.body).toEqual({ stage: 'submitted' });
    request.flush(aReview({ stage: 'submitted' }));
    await settle();
    expect(query(fixture, '[aria-current="step"]').textContent).toContain(
      'Self-assessment submitted',
    );
    expect(pageText()).toContain(
      'The self-assessment has been submitted to the panel.',
    );
  });

  it('asks the lead why before sending the review back one stage', async () => {
    await open(aReview({ relationship: 'lead', stage: 'submitted' }), LEAD);

    buttonNamed('Send back one stage').click();
    await settle();
    buttonNamed('Send it back').click();
    await settle();
    expect(pageText()).toContain('Enter why you are sending the review back');

    type('#send-back-reason', 'The governance evidence is missing');
    await settle();
    buttonNamed('Send it back').click();
    await settle();
    const request = http.expectOne('/api/reviews/review-1/stage');
    expect(request.request.body).toEqual({
      stage: 'self_assessment',
      reason: 'The governance evidence is missing',
    });
    request.flush(aReview({ relationship: 'lead', stage: 'self_assessment' }));
    await settle();
    expect(pageText()).toContain(
      'The review has been sent back to the self-assessment.',
    );
  });

  it('shows the API’s reason when a move is refused, in the dialog', async () => {
    await open(aReview({ relationship: 'lead', stage: 'submitted' }), LEAD);

    buttonNamed('Start the review visit').click();
    await settle();
    buttonNamed('Yes, start the visit').click();
    await settle();
    http.expectOne('/api/reviews/review-1/stage').flush(
      {
        statusCode: 409,
        message: 'At least one other reviewer must have accepted',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(pageText()).toContain(
      'At least one other reviewer must have accepted',
    );
  });

  it('shows the coordinator only the stage and dates', async () => {
    await open(
      aReviewSummary(),
      aSessionUser({
        roles: ['staff'],
        coordinatorOfAllianceIds: ['alliance-1'],
      }),
    );

    const text = textOf(fixture);
    expect(text).toContain('Self-assessment');
    expect(text).toContain('15 March 2027 to 16 March 2027');
    expect(text).toContain(
      'What is written in the review is for the trust and its panel only.',
    );
    expect(text).not.toContain('Panel');
    expect(text).not.toContain('Stage history');
  });

  it('lets an invited panel member accept, then shows the review', async () => {
    await open(
      {
        ...aReviewSummary(),
        allianceId: 'alliance-1',
        panelUserIds: ['user-riverside', 'user-marshside'],
        relationship: 'invited',
        myPanelMemberId: 'member-2',
        myPanelRole: 'reviewer',
      },
      aSessionUser({ id: 'user-marshside', organisationId: 'org-marshside' }),
    );

    buttonNamed('Accept the invitation').click();
    await settle();
    buttonNamed('Yes, join the panel').click();
    await settle();
    const answer = http.expectOne('/api/reviews/review-1/invitation');
    expect(answer.request.body).toEqual({ response: 'accepted' });
    answer.flush(aPanelMember({ id: 'member-2', role: 'reviewer' }));
    await settle();
    http
      .expectOne('/api/reviews/review-1')
      .flush(aReview({ relationship: 'reviewer' }));
    await settle();
    expect(textOf(fixture)).toContain('You are a reviewer');
  });

  it('invites a chief executive or governor of another trust, found by typing their name', async () => {
    await open(
      aReview({
        stage: 'planning',
        panel: [
          aPanelMember(),
          aPanelMember({
            id: 'member-2',
            userId: 'user-harbour',
            name: 'Sam Okoro',
            organisationId: 'org-harbour',
            organisationName: 'Harbour Schools Trust',
            role: 'reviewer',
            status: 'declined',
          }),
        ],
      }),
    );
    // The form asks for nobody until the person starts choosing.
    http.expectNone((request) => request.url.endsWith('/people'));

    buttonNamed('Send the invitation').click();
    await settle();
    expect(query(fixture, '.error-summary').textContent).toContain(
      'Choose the person to invite from the list',
    );

    const person = query<HTMLInputElement>(fixture, '#panel-person');
    person.focus();
    type('#panel-person', 'tr');
    await settle();
    const search = http.expectOne(
      (request) => request.url === '/api/alliances/alliance-1/people',
    );
    expect(search.request.params.get('search')).toBe('tr');
    expect(search.request.params.get('roles')).toBe('ceo,governor');
    expect(search.request.params.get('organisationKind')).toBe('trust');
    search.flush({
      items: [
        aPerson({
          id: 'user-1',
          name: 'Amara Okafor',
          organisationId: 'org-oakfield',
          organisationName: 'Oakfield Learning Trust',
        }),
        aPerson({
          id: 'user-oakfield-governor',
          name: 'Ben Carter',
          roles: ['governor'],
          organisationId: 'org-oakfield',
          organisationName: 'Oakfield Learning Trust',
        }),
        aPerson({ roles: ['ceo', 'governor'] }),
        aPerson({
          id: 'user-riverside',
          name: 'Rhys Evans',
          organisationId: 'org-riverside',
          organisationName: 'Riverside Academies Trust',
        }),
        aPerson({
          id: 'user-harbour',
          name: 'Sam Okoro',
          roles: ['governor'],
          organisationId: 'org-harbour',
          organisationName: 'Harbour Schools Trust',
        }),
      ],
      total: 5,
      page: 1,
      pageSize: 20,
    });
    await settle();

    // Not the reviewed trust's own people, nor Rhys, already on the panel; Sam declined, so may be asked again.
    const options = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    );
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Grace Hall, Marshside Schools Trust Chief executive, Governor or trustee',
      'Sam Okoro, Harbour Schools Trust Governor or trustee',
    ]);
    expect(pageText()).toContain('2 people found');

    options[0].click();
    await settle();
    expect(person.value).toBe('Grace Hall, Marshside Schools Trust');
    document.querySelector<HTMLInputElement>('#panel-role-lead input')?.click();
    await settle();
    buttonNamed('Send the invitation').click();
    await settle();
    const invite = http.expectOne('/api/reviews/review-1/panel');
    expect(invite.request.method).toBe('POST');
    expect(invite.request.body).toEqual({
      userId: 'user-marshside',
      role: 'lead',
    });
    invite.flush([
      aPanelMember({
        userId: 'user-marshside',
        name: 'Grace Hall',
        status: 'invited',
      }),
    ]);
    await settle();
    expect(pageText()).toContain('Grace Hall has been invited to the panel.');
    expect(person.value).toBe('');
    http
      .expectOne('/api/reviews/review-1')
      .flush(aReview({ stage: 'planning' }));
    await settle();
  });

  it('shows the API’s reason when an invitation is refused', async () => {
    await open(aReview({ stage: 'planning', panel: [] }));

    query<HTMLInputElement>(fixture, '#panel-person').focus();
    await settle();
    http
      .expectOne(
        (request) => request.url === '/api/alliances/alliance-1/people',
      )
      .flush({ items: [aPerson({})], total: 1, page: 1, pageSize: 20 });
    await settle();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    buttonNamed('Send the invitation').click();
    await settle();
    http
      .expectOne('/api/reviews/review-1/panel')
      .flush(
        { statusCode: 409, message: 'The panel already has a lead reviewer.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const summary = query(fixture, '.error-summary');
    expect(summary.textContent).toContain(
      'The panel already has a lead reviewer.',
    );
    expect(summary.querySelector('a')?.getAttribute('href')).toBe(
      '#panel-person',
    );
  });

  it('removes a panel member once the chief executive confirms', async () => {
    await open(aReview({ stage: 'planning' }));

    buttonNamed('Remove Rhys Evans').click();
    await settle();
    buttonNamed('Yes, remove them').click();
    await settle();
    const removal = http.expectOne('/api/reviews/review-1/panel/member-1');
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null);
    await settle();
    http
      .expectOne('/api/reviews/review-1')
      .flush(aReview({ stage: 'planning', panel: [] }));
    await settle();
    expect(textOf(fixture)).toContain(
      'Nobody has been invited to the panel yet.',
    );
  });
});
