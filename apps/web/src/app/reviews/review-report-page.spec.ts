import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { ReviewDetail } from '@alliance/contracts';
import { buttonNamed, pageText, settle } from '../../testing/test-helpers';
import { ReviewReportPage } from './review-report-page';
import {
  aFinding,
  aFramework,
  aReview,
  aReviewSummary,
  aSelfAssessment,
  anAction,
  anEntry,
} from './review-test-data';

describe('ReviewReportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReviewReportPage>;

  function configure() {
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
    fixture = TestBed.createComponent(ReviewReportPage);
    fixture.componentRef.setInput('id', 'review-1');
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('puts the self-assessment, the findings and the actions of each criterion on one printable page', async () => {
    configure();
    await settle();
    const review: ReviewDetail = aReview({ stage: 'action_plan' });
    http.expectOne('/api/reviews/review-1').flush(review);
    await settle();
    http
      .expectOne('/api/reference/review-frameworks/framework-1')
      .flush(aFramework());
    http
      .expectOne('/api/reviews/review-1/self-assessment')
      .flush(
        aSelfAssessment([
          anEntry({ rating: 2, narrative: 'Trustees receive data termly.' }),
          anEntry({ criterionId: 'criterion-2' }),
        ]),
      );
    http.expectOne('/api/reviews/review-1/findings').flush({
      reviewId: 'review-1',
      summary: 'A trust that knows itself well.',
      completedAt: '2027-03-01T10:00:00Z',
      findings: [
        aFinding({
          strengths: 'Sharp questions at board.',
          areasToDevelop: 'Use pupil data earlier.',
        }),
      ],
    });
    http.expectOne('/api/reviews/review-1/actions').flush([anAction()]);
    await settle();

    const text = pageText();
    expect(text).toContain('The panel’s summary');
    expect(text).toContain('A trust that knows itself well.');
    expect(text).toContain('Trustees hold leaders to account');
    expect(text).toContain('Trustees receive data termly.');
    expect(text).toContain('Strengths: Sharp questions at board.');
    expect(text).toContain('Areas to develop: Use pupil data earlier.');
    expect(text).toContain('Train trustees on pupil data');

    const print = jest.fn();
    const window = TestBed.inject(DOCUMENT).defaultView;
    if (!window) throw new Error('no window');
    window.print = print;
    buttonNamed('Print or save as PDF').click();
    expect(print).toHaveBeenCalled();
  });

  it('shows no content to people who may only see the summary of a review', async () => {
    configure();
    await settle();
    http.expectOne('/api/reviews/review-1').flush(aReviewSummary());
    await settle();

    expect(pageText()).toContain('Report not available');
    http.expectNone('/api/reviews/review-1/self-assessment');
  });
});
