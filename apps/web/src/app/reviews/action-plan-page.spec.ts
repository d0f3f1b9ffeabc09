import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  ReviewActionView,
  ReviewDetail,
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
import { ActionPlanPage } from './action-plan-page';
import { aFinding, aFramework, aReview, anAction } from './review-test-data';

const ACTIONS = [
  anAction({ overdue: true, dueDate: '2027-01-31' }),
  anAction({
    id: 'action-2',
    title: 'Publish the scheme of delegation',
    criterionId: 'criterion-2',
    ownerUserId: 'user-2',
    ownerName: 'Sam Patel',
    status: 'in_progress',
    notes: [
      {
        id: 'note-1',
        note: 'Draft with the board',
        authorUserId: 'user-1',
        authorName: 'Amara Okafor',
        createdAt: '2027-04-02T10:00:00Z',
      },
    ],
  }),
];

describe('ActionPlanPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ActionPlanPage>;

  async function open(
    review: ReviewDetail = aReview({ stage: 'action_plan' }),
    user: SessionUser = aSessionUser(),
    actions: ReviewActionView[] = ACTIONS,
  ) {
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
    fixture = TestBed.createComponent(ActionPlanPage);
    fixture.componentRef.setInput('id', review.id);
    await settle();
    http.expectOne('/api/reviews/review-1').flush(review);
    await settle();
    http.expectOne('/api/reviews/review-1/actions').flush(actions);
    http
      .expectOne('/api/reviews/review-1/findings')
      .flush({
        reviewId: 'review-1',
        summary: 'Good',
        completedAt: '2027-03-20T10:00:00Z',
        findings: [aFinding()],
      });
    http
      .expectOne('/api/reference/review-frameworks/framework-1')
      .flush(aFramework());
    const people = http.match(
      (request) => request.url === '/api/organisations/org-oakfield/people',
    );
    for (const request of people)
      request.flush({
        items: [
          {
            id: 'user-1',
            name: 'Amara Okafor',
            email: 'ceo@oakfield.test',
            roles: ['ceo'],
            lastSignedInAt: null,
          },
          {
            id: 'user-2',
            name: 'Sam Patel',
            email: 'head@oakfield.test',
            roles: ['headteacher'],
            lastSignedInAt: null,
          },
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  function rowTitles(): string[] {
    return Array.from(
      fixture.nativeElement.querySelectorAll(
        'tbody tr th',
      ) as NodeListOf<HTMLElement>,
    ).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  function choose(selector: string, value: string) {
    const select = document.querySelector<HTMLSelectElement>(selector);
    if (!select) throw new Error(`Nothing matches ${selector}`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  function type(selector: string, value: string) {
    const input = document.querySelector<
      HTMLInputElement | HTMLTextAreaElement
    >(selector);
    if (!input) throw new Error(`Nothing matches ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists the actions with their criterion, owner, status and notes, flagging the overdue', async () => {
    await open();

    expect(rowTitles()).toEqual([
      'Train trustees on pupil data 1.1 Trustees hold leaders to account',
      'Publish the scheme of delegation 1.2 Clear scheme of delegation',
    ]);
    const text = textOf(fixture);
    expect(text).toContain('1 action is overdue.');
    expect(text).toContain('Overdue');
    expect(text).toContain('31 January 2027');
    expect(text).toContain('In progress');
    expect(text).toContain('Draft with the board');
    expect(text).toContain('Showing 2 of 2 actions');
  });

  it('filters by status, owner and overdue', async () => {
    await open();

    choose('#filter-status', 'in_progress');
    await settle();
    expect(rowTitles()).toHaveLength(1);
    expect(rowTitles()[0]).toContain('Publish the scheme of delegation');

    buttonNamed('Clear filters').click();
    await settle();
    choose('#filter-owner', 'user-1');
    await settle();
    expect(rowTitles()[0]).toContain('Train trustees');
    expect(rowTitles()).toHaveLength(1);

    buttonNamed('Clear filters').click();
    await settle();
    query<HTMLInputElement>(fixture, '#filter-overdue input').click();
    await settle();
    expect(rowTitles()).toHaveLength(1);
    expect(textOf(fixture)).toContain('Showing 1 of 2 actions');
  });

  it('adds an action linked to a finding, with an owner from the trust and a plain due date', async () => {
    await open(aReview({ stage: 'action_plan' }), aSessionUser(), []);
    expect(textOf(fixture)).toContain('No actions yet.');

    buttonNamed('Add an action').click();
    await settle();
    buttonNamed('Add the action').click();
    await settle();
    expect(pageText()).toContain('Choose the finding this action responds to');
    expect(pageText()).toContain('Enter the due date, like 31/7/2027');

    choose('#action-finding', 'finding-1');
    type('#action-title', 'Train trustees on pupil data');
    choose('#action-owner', 'user-2');
    type('#action-due', '31/7/2027');
    await settle();
    buttonNamed('Add the action').click();
    await settle();
    const request = http.expectOne('/api/reviews/review-1/actions');
    expect(request.request.body).toEqual({
      findingId: 'finding-1',
      title: 'Train trustees on pupil data',
      ownerUserId: 'user-2',
      dueDate: '2027-07-31',
    });
    request.flush(anAction({ ownerUserId: 'user-2', ownerName: 'Sam Patel' }));
    await settle();
    expect(rowTitles()[0]).toContain('Train trustees on pupil data');
    expect(pageText()).toContain('The action has been added to the plan.');
  });

  it('changes only what changed, such as the status', async () => {
    await open();

    buttonNamed('Change Train trustees on pupil data').click();
    await settle();
    choose('#action-status', 'done');
    await settle();
    buttonNamed('Save the changes').click();
    await settle();
    const request = http.expectOne('/api/reviews/review-1/actions/action-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'done' });
    request.flush(anAction({ status: 'done' }));
    await settle();
    expect(textOf(fixture)).not.toContain('1 action is overdue.');
  });

  it('adds a progress note', async () => {
    await open();

    buttonNamed('Add a note to Train trustees on pupil data').click();
    await settle();
    type('#action-note', 'Session booked for May');
    await settle();
    buttonNamed('Add the note').click();
    await settle();
    const request = http.expectOne(
      '/api/reviews/review-1/actions/action-1/notes',
    );
    expect(request.request.body).toEqual({ note: 'Session booked for May' });
    request.flush(
      anAction({
        overdue: true,
        notes: [
          {
            id: 'note-2',
            note: 'Session booked for May',
            authorUserId: 'user-1',
            authorName: 'Amara Okafor',
            createdAt: '2027-04-03T10:00:00Z',
          },
        ],
      }),
    );
    await settle();
    expect(textOf(fixture)).toContain('Session booked for May');
  });

  it('is read-only for the panel', async () => {
    await open(
      aReview({ stage: 'action_plan', relationship: 'lead' }),
      aSessionUser({ id: 'user-riverside', organisationId: 'org-riverside' }),
    );

    expect(textOf(fixture)).not.toContain('Add an action');
    expect(() => buttonNamed(/^Change/)).toThrow();
  });
});
