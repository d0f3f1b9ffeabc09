import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  ExcellenceCandidateView,
  ReviewExcellenceView,
  ReviewView,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  textOf,
  typeInto,
} from '../../../testing/test-helpers';
import { SessionStore } from '../../core/session/session-store';
import { aReview, aReviewSummary } from '../review-test-data';
import { ShareExcellencePage } from './share-excellence-page';

const WORKFORCE = 'criterion-workforce';
const FINANCE = 'criterion-finance';

function aCandidate(
  overrides: Partial<ExcellenceCandidateView> = {},
): ExcellenceCandidateView {
  return {
    criterionId: WORKFORCE,
    areaTitle: 'Workforce',
    criterionTitle: 'Professional development, including early-career teachers',
    rating: 4,
    strengths:
      'Every ECT has a trained mentor with protected time; retention of ECTs into a third year is 92%.',
    statement: null,
    publishedAt: null,
    ...overrides,
  };
}

const SHARED_FINANCE = aCandidate({
  criterionId: FINANCE,
  areaTitle: 'Finance and operations',
  criterionTitle: 'Value for money and procurement',
  rating: 3,
  strengths: 'Trust-wide contracts for catering and energy.',
  statement:
    'Trust-wide catering and energy contracts, benchmarked every year.',
  publishedAt: '2026-05-04T09:00:00Z',
});

function anExcellence(
  overrides: Partial<ReviewExcellenceView> = {},
): ReviewExcellenceView {
  return {
    reviewId: 'review-1',
    mayPublish: true,
    candidates: [aCandidate(), SHARED_FINANCE],
    ...overrides,
  };
}

const CLOSED = aReview({ stage: 'closed' });

describe('ShareExcellencePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ShareExcellencePage>;

  async function open(
    review: ReviewView = CLOSED,
    user: SessionUser = aSessionUser(),
    excellence: ReviewExcellenceView | null = anExcellence(),
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
    fixture = TestBed.createComponent(ShareExcellencePage);
    fixture.componentRef.setInput('id', review.id);
    await settle();
    http.expectOne('/api/reviews/review-1').flush(review);
    await settle();
    if (excellence) {
      http.expectOne('/api/reviews/review-1/excellence').flush(excellence);
      await settle();
    }
  }

  function cardOf(criterionTitle: string): HTMLElement {
    const card = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        '.candidate',
      ),
    ).find((element) =>
      element.querySelector('h2')?.textContent?.includes(criterionTitle),
    );
    if (!card) throw new Error(`No candidate for ${criterionTitle}`);
    return card;
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists what the panel rated highly, with its strengths, and says what the alliance will see', async () => {
    await open();

    const text = textOf(fixture);
    expect(text).toContain('What the alliance will see');
    expect(text).toContain(
      'Only the line written for it, Oakfield Learning Trust’s name, the criterion and the panel’s rating band',
    );
    expect(text).toContain('The alliance never sees the review itself');
    const workforce = cardOf('Professional development');
    expect(workforce.textContent).toContain('Workforce');
    expect(workforce.textContent).toContain('The panel rated this Leading.');
    expect(workforce.querySelector('blockquote')?.textContent).toContain(
      'retention of ECTs into a third year is 92%',
    );
    expect(workforce.textContent).toContain(
      'Nothing is shared for this criterion.',
    );
    const finance = cardOf('Value for money');
    expect(finance.textContent).toContain('The panel rated this Established.');
    expect(finance.textContent).toContain('Shared on 4 May 2026');
  });

  it('shares the trimmed line for the right criterion when the chief executive saves it', async () => {
    await open();
    const workforce = cardOf('Professional development');
    expect(workforce.textContent).toContain(
      'You have 200 characters remaining',
    );

    typeInto(
      fixture,
      `#excellence-statement-${WORKFORCE}`,
      '  ECT mentoring with protected time.  ',
    );
    await settle();
    expect(workforce.textContent).toContain(
      'You have 162 characters remaining',
    );
    buttonNamed(/^Share with the alliance/).click();
    await settle();

    const request = http.expectOne(
      `/api/reviews/review-1/excellence/${WORKFORCE}`,
    );
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      statement: 'ECT mentoring with protected time.',
    });
    request.flush(
      aCandidate({
        statement: 'ECT mentoring with protected time.',
        publishedAt: '2026-06-01T09:00:00Z',
      }),
    );
    await settle();

    expect(pageText()).toContain(
      '“Professional development, including early-career teachers” is now shared with the alliance.',
    );
    expect(
      cardOf('Professional development').querySelector('.candidate__statement')
        ?.textContent,
    ).toBe('ECT mentoring with protected time.');
    expect(buttonNamed(/^Save the new wording for Professional/)).toBeTruthy();
  });

  it('shows the API’s reason at the field when the line is refused', async () => {
    await open();
    typeInto(fixture, `#excellence-statement-${FINANCE}`, 'Benchmarked.');
    buttonNamed(/^Save the new wording/).click();
    await settle();

    http.expectOne(`/api/reviews/review-1/excellence/${FINANCE}`).flush(
      {
        statusCode: 400,
        message: ['Keep it to one line of 200 characters or fewer'],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const field = cardOf('Value for money');
    expect(field.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Keep it to one line of 200 characters or fewer',
    );
    expect(field.querySelector('input')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    // The line the alliance sees is unchanged.
    expect(field.querySelector('.candidate__statement')?.textContent).toBe(
      'Trust-wide catering and energy contracts, benchmarked every year.',
    );
  });

  it('asks for a line before sending anything', async () => {
    await open();
    typeInto(fixture, `#excellence-statement-${WORKFORCE}`, '   ');
    buttonNamed(/^Share with the alliance/).click();
    await settle();

    expect(
      cardOf('Professional development')
        .querySelector('mat-error')
        ?.textContent?.trim(),
    ).toBe('Enter one line saying what your trust does well');
    http.expectNone(`/api/reviews/review-1/excellence/${WORKFORCE}`);
  });

  it('stops sharing a line only once the chief executive confirms', async () => {
    await open();

    buttonNamed(/^Stop sharing/).click();
    await settle();
    expect(pageText()).toContain('Stop sharing this area of excellence?');
    expect(pageText()).toContain(
      'Trusts in the alliance will no longer see “Trust-wide catering and energy contracts, benchmarked every year.”',
    );
    buttonNamed('Go back').click();
    await settle();
    http.expectNone(`/api/reviews/review-1/excellence/${FINANCE}`);

    buttonNamed(/^Stop sharing/).click();
    await settle();
    buttonNamed('Yes, stop sharing').click();
    await settle();
    const request = http.expectOne(
      `/api/reviews/review-1/excellence/${FINANCE}`,
    );
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(pageText()).toContain(
      '“Value for money and procurement” is no longer shared with the alliance.',
    );
    const finance = cardOf('Value for money');
    expect(finance.textContent).toContain(
      'Nothing is shared for this criterion.',
    );
    expect(finance.textContent).not.toContain('Stop sharing');
  });

  it('shows governors what is shared, with no way to change it', async () => {
    await open(CLOSED, aSessionUser({ roles: ['governor'] }));

    expect(fixture.nativeElement.querySelector('form')).toBeNull();
    expect(fixture.nativeElement.querySelector('input')).toBeNull();
    expect(fixture.nativeElement.querySelector('button')).toBeNull();
    expect(textOf(fixture)).toContain(
      'The trust’s chief executive chooses what to share.',
    );
    expect(
      cardOf('Value for money').querySelector('.candidate__statement')
        ?.textContent,
    ).toBe('Trust-wide catering and energy contracts, benchmarked every year.');
  });

  it('shows the panel what is shared, even a panel member who is a chief executive', async () => {
    await open(
      aReview({ stage: 'closed', relationship: 'lead' }),
      aSessionUser({ id: 'user-riverside', roles: ['ceo'] }),
    );

    expect(fixture.nativeElement.querySelector('form')).toBeNull();
    expect(textOf(fixture)).toContain('Shared on 4 May 2026');
  });

  it('explains that strengths can be shared once the findings are complete', async () => {
    await open(
      aReview({ stage: 'findings' }),
      aSessionUser(),
      anExcellence({ mayPublish: false }),
    );

    expect(textOf(fixture)).toContain(
      'Strengths can be shared once the panel’s findings are complete.',
    );
    expect(fixture.nativeElement.querySelector('.candidate')).toBeNull();
    expect(fixture.nativeElement.querySelector('form')).toBeNull();
  });

  it('tells the coordinator that only the trust and its panel can see it, without asking for it', async () => {
    await open(
      aReviewSummary({ stage: 'closed' }),
      aSessionUser({
        roles: ['staff'],
        coordinatorOfAllianceIds: ['alliance-1'],
      }),
      null,
    );

    expect(textOf(fixture)).toContain(
      'Only the trust and its panel can see what the panel rated highly',
    );
    http.expectNone('/api/reviews/review-1/excellence');
  });
});
