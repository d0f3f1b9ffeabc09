import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { ReviewListItem, SessionUser } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { MyReviewsPage } from './my-reviews-page';
import { aReviewListItem, aReviewSummary } from './review-test-data';

const COORDINATOR = aSessionUser({
  id: 'user-coordinator',
  email: 'coordinator@alliance.test',
  organisationId: 'org-harbour',
  organisationName: 'Harbour Teaching School Hub',
  roles: ['staff'],
  coordinatorOfAllianceIds: ['alliance-1'],
});

describe('MyReviewsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyReviewsPage>;

  async function open(user: SessionUser, items: ReviewListItem[]) {
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
    fixture = TestBed.createComponent(MyReviewsPage);
    await settle();
    http
      .expectOne((request) => request.url === '/api/reviews')
      .flush({ items, total: items.length, page: 1, pageSize: 100 });
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists reviews of the trust and reviews on whose panel the person sits, with their stage', async () => {
    await open(aSessionUser(), [
      aReviewListItem(),
      aReviewListItem({
        id: 'review-2',
        organisationName: 'Marshside Schools Trust',
        title: 'Marshside review',
        relationship: 'lead',
        stage: 'visit',
      }),
    ]);

    const text = textOf(fixture);
    expect(text).toContain('Reviews of your trust');
    expect(text).toContain('Oakfield peer review 2027');
    expect(text).toContain('Self-assessment');
    expect(text).toContain('15 March 2027 to 16 March 2027');
    expect(text).toContain('Marshside review');
    expect(text).toContain('Lead reviewer');
    expect(text).toContain('Review visit');
    expect(text).toContain('Start a review');
    expect(text).not.toContain('Schedule of the alliance’s reviews');
  });

  it('leads to the areas of excellence shared in the alliance', async () => {
    await open(aSessionUser({ roles: ['headteacher'] }), []);

    const link = (fixture.nativeElement as HTMLElement).querySelector(
      'a[href="/reviews/excellence"]',
    );
    expect(link?.textContent?.trim()).toBe(
      'Areas of excellence shared in your alliance',
    );
  });

  it('says so when there is nothing to show', async () => {
    await open(aSessionUser({ roles: ['governor'] }), []);

    expect(textOf(fixture)).toContain('Your trust has no peer reviews.');
    expect(textOf(fixture)).toContain(
      'You are not on the panel of any review.',
    );
    expect(textOf(fixture)).not.toContain('Start a review');
  });

  it('accepts an invitation once the person confirms, then reads the list again', async () => {
    await open(aSessionUser({ id: 'user-marshside' }), [
      aReviewListItem({ relationship: 'invited' }),
    ]);
    expect(textOf(fixture)).toContain(
      'Oakfield Learning Trust has asked you to join the panel',
    );

    buttonNamed(/^Accept/).click();
    await settle();
    expect(pageText()).toContain('Keep what you read confidential');
    buttonNamed('Yes, join the panel').click();
    await settle();

    const answer = http.expectOne('/api/reviews/review-1/invitation');
    expect(answer.request.body).toEqual({ response: 'accepted' });
    answer.flush({});
    await settle();
    http
      .expectOne((request) => request.url === '/api/reviews')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await settle();
    expect(pageText()).toContain('You have joined the panel');
  });

  it('shows the coordinator the schedule: trust, title, stage and dates, with no links into reviews', async () => {
    await open(COORDINATOR, [aReviewSummary()]);

    const table = fixture.nativeElement.querySelector('table') as HTMLElement;
    const text = (table.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Oakfield Learning Trust');
    expect(text).toContain('Oakfield peer review 2027');
    expect(text).toContain('Self-assessment');
    expect(text).toContain('15 March 2027 to 16 March 2027');
    expect(table.querySelector('a')).toBeNull();
    expect(textOf(fixture)).toContain('Start a review');
    expect(textOf(fixture)).not.toContain('Reviews of your trust');
  });

  it('offers to try again when the reviews cannot be loaded', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(aSessionUser());
    fixture = TestBed.createComponent(MyReviewsPage);
    await settle();
    http
      .expectOne((request) => request.url === '/api/reviews')
      .flush(null, { status: 500, statusText: 'Server Error' });
    await settle();

    expect(textOf(fixture)).toContain('Sorry, we could not load your reviews');
    buttonNamed('Try again').click();
    await settle();
    http
      .expectOne((request) => request.url === '/api/reviews')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
  });
});
