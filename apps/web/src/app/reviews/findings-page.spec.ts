import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  FindingsView,
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
import { Clock } from '../shared/clock';
import { AUTOSAVE_DELAY_MS } from './autosave';
import { FindingsPage } from './findings-page';
import {
  aFinding,
  aFramework,
  aReview,
  aSelfAssessment,
  anEntry,
} from './review-test-data';

const NOW = new Date('2027-03-15T14:05:00Z');
const LEAD = aSessionUser({
  id: 'user-riverside',
  organisationId: 'org-riverside',
});

describe('FindingsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FindingsPage>;

  async function open(
    review: ReviewDetail,
    user: SessionUser,
    findings: FindingsView = {
      reviewId: 'review-1',
      summary: '',
      completedAt: null,
      findings: [],
    },
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
        { provide: Clock, useValue: { now: () => NOW } },
        { provide: AUTOSAVE_DELAY_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(FindingsPage);
    fixture.componentRef.setInput('id', review.id);
    await settle();
    http.expectOne('/api/reviews/review-1').flush(review);
    await settle();
    http
      .expectOne('/api/reference/review-frameworks/framework-1')
      .flush(aFramework());
    http
      .expectOne('/api/reviews/review-1/self-assessment')
      .flush(
        aSelfAssessment([
          anEntry({ rating: 2, narrative: 'We are developing this.' }),
          anEntry({ criterionId: 'criterion-2' }),
        ]),
      );
    http.expectOne('/api/reviews/review-1/findings').flush(findings);
    await settle();
  }

  function type(selector: string, value: string) {
    const input = query<HTMLTextAreaElement>(fixture, selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the self-assessment beside the panel’s form, and autosaves a finding', async () => {
    await open(aReview({ relationship: 'lead', stage: 'visit' }), LEAD);

    const first = query(fixture, 'app-finding-entry');
    expect(first.textContent).toContain('2 – Developing');
    expect(first.textContent).toContain('We are developing this.');

    type('#finding-criterion-1-strengths', 'Clear challenge at committee.');
    await settle();
    await settle();
    const save = http.expectOne('/api/reviews/review-1/findings/criterion-1');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      strengths: 'Clear challenge at committee.',
    });
    save.flush(aFinding());
    await settle();
    expect(first.querySelector('.autosave')?.textContent).toContain(
      'Saved at 2:05pm',
    );
  });

  it('lets the lead save the overall summary, and asks for one when it is empty', async () => {
    await open(aReview({ relationship: 'lead', stage: 'findings' }), LEAD);

    buttonNamed('Save the summary').click();
    await settle();
    expect(query(fixture, '.error-summary').textContent).toContain(
      'Enter the overall summary',
    );

    type('#findings-summary', 'A well-led trust.');
    await settle();
    buttonNamed('Save the summary').click();
    await settle();
    const save = http.expectOne('/api/reviews/review-1/findings-summary');
    expect(save.request.body).toEqual({ summary: 'A well-led trust.' });
    save.flush({
      reviewId: 'review-1',
      summary: 'A well-led trust.',
      completedAt: null,
      findings: [],
    });
    await settle();
    expect(pageText()).toContain('The overall summary has been saved.');
  });

  it('gives reviewers the findings form but not the summary', async () => {
    await open(aReview({ relationship: 'reviewer', stage: 'visit' }), LEAD);

    expect(
      fixture.nativeElement.querySelector('#finding-criterion-1-strengths'),
    ).not.toBeNull();
    expect(fixture.nativeElement.querySelector('#findings-summary')).toBeNull();
    expect(textOf(fixture)).toContain(
      'The lead reviewer has not written the summary yet.',
    );
  });

  it('shows the trust the findings, read-only', async () => {
    await open(
      aReview({
        stage: 'action_plan',
        findingsCompletedAt: '2027-03-20T10:00:00Z',
      }),
      aSessionUser(),
      {
        reviewId: 'review-1',
        summary: 'A well-led trust.',
        completedAt: '2027-03-20T10:00:00Z',
        findings: [aFinding()],
      },
    );

    expect(fixture.nativeElement.querySelector('textarea')).toBeNull();
    const text = textOf(fixture);
    expect(text).toContain('A well-led trust.');
    expect(text).toContain('Strong challenge at committee.');
    expect(text).toContain('Use pupil data more.');
    expect(text).toContain('Panel’s rating: 3 – Established');
    expect(text).toContain('No findings recorded.');
    expect(text).toContain('marked the findings complete on 20 March 2027');
  });
});
