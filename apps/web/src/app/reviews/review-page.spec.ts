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
  ReviewListItem,
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
import { ReviewPage } from './review-page';
import {
  aPanelMember,
  aReview,
  aReviewListItem,
  aReviewSummary,
} from './review-test-data';

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

  /** The reviewed chief executive's panel form offers people from the trust's earlier panels. */
  async function answerEarlierPanels(others: ReviewListItem[] = []) {
    http
      .expectOne((request) => request.url === '/api/reviews')
      .flush({ items: others, total: others.length, page: 1, pageSize: 100 });
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

  it('submits the self-assessment once the chief executive confirms', async () => {
    await open(aReview());
    await answerEarlierPanels();

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
    http
      .expectOne('/api/reviews/review-1/stage')
      .flush(
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

  it('invites someone from an earlier panel, and checks a typed user id', async () => {
    await open(aReview({ stage: 'planning', panel: [] }));
    await answerEarlierPanels([aReviewListItem({ id: 'review-0' })]);
    http
      .expectOne('/api/reviews/review-0/panel')
      .flush([
        aPanelMember({
          userId: 'user-marshside',
          name: 'Grace Hall',
          organisationName: 'Marshside Schools Trust',
          role: 'reviewer',
        }),
      ]);
    await settle();

    type('#panel-person', 'someone-else');
    await settle();
    type('#panel-user-id', 'not an id');
    await settle();
    buttonNamed('Send the invitation').click();
    await settle();
    expect(query(fixture, '.error-summary').textContent).toContain(
      'Enter their Alliance user id exactly as they gave it',
    );

    type('#panel-person', 'user-marshside');
    await settle();
    document.querySelector<HTMLInputElement>('#panel-role-lead input')?.click();
    await settle();
    buttonNamed('Send the invitation').click();
    await settle();
    const invite = http.expectOne('/api/reviews/review-1/panel');
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
    http
      .expectOne('/api/reviews/review-1')
      .flush(aReview({ stage: 'planning' }));
    await settle();
  });

  it('removes a panel member once the chief executive confirms', async () => {
    await open(aReview({ stage: 'planning' }));
    await answerEarlierPanels();

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
