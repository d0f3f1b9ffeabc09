import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  EVIDENCE_FILES_PER_CRITERION_MAX,
  type EvidenceFileView,
  type ReviewDetail,
  type SelfAssessmentView,
  type SessionUser,
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
import { SelfAssessmentPage } from './self-assessment-page';
import {
  aFramework,
  aReview,
  aSelfAssessment,
  anEntry,
} from './review-test-data';

const NOW = new Date('2027-02-01T10:42:00Z');

function aFile(overrides: Partial<EvidenceFileView> = {}): EvidenceFileView {
  return {
    id: 'file-1',
    fileName: 'minutes.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2048,
    uploadedAt: '2027-01-20T10:00:00Z',
    ...overrides,
  };
}

describe('SelfAssessmentPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SelfAssessmentPage>;

  async function open(
    review: ReviewDetail = aReview(),
    assessment: SelfAssessmentView = aSelfAssessment(),
    user: SessionUser = aSessionUser(),
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
    fixture = TestBed.createComponent(SelfAssessmentPage);
    fixture.componentRef.setInput('id', review.id);
    await settle();
    http.expectOne('/api/reviews/review-1').flush(review);
    await settle();
    http
      .expectOne('/api/reference/review-frameworks/framework-1')
      .flush(aFramework());
    http.expectOne('/api/reviews/review-1/self-assessment').flush(assessment);
    await settle();
  }

  function type(selector: string, value: string) {
    const input = query<HTMLInputElement | HTMLTextAreaElement>(
      fixture,
      selector,
    );
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(selector: string, file: File) {
    const input = query<HTMLInputElement>(fixture, selector);
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
  }

  function fileLink(fileId: string): HTMLAnchorElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector(
      `a[href="/api/reviews/review-1/evidence/${fileId}"]`,
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('groups the criteria by area, with each rating’s descriptor beside its radio button', async () => {
    await open();

    expect(query(fixture, 'h2').textContent).toContain(
      '1. Governance and leadership',
    );
    const radio = query(fixture, '#criterion-criterion-1-rating-3');
    expect(radio.textContent).toContain('3 – Established');
    expect(radio.textContent).toContain('Trustees challenge well');
    expect(textOf(fixture)).toContain('0 of 2 criteria rated');
  });

  it('saves a rating by itself and says when it was saved', async () => {
    await open();

    query<HTMLInputElement>(
      fixture,
      '#criterion-criterion-1-rating-3 input',
    ).click();
    await settle();
    await settle();
    const save = http.expectOne(
      '/api/reviews/review-1/self-assessment/criterion-1',
    );
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ rating: 3 });
    save.flush(anEntry({ rating: 3, updatedAt: NOW.toISOString() }));
    await settle();

    const status = query(fixture, 'app-criterion-entry .autosave');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Saved at 10:42am');
    expect(textOf(fixture)).toContain('1 of 2 criteria rated');
  });

  it('saves the narrative after typing, and shows a failed save with a way to try again', async () => {
    await open();

    type('#criterion-criterion-2-narrative', 'Agreed by the board in July.');
    await settle();
    await settle();
    http
      .expectOne('/api/reviews/review-1/self-assessment/criterion-2')
      .flush(
        { statusCode: 409, message: 'The self-assessment has been submitted' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(textOf(fixture)).toContain(
      'Your changes to Clear scheme of delegation have not been saved.',
    );
    expect(textOf(fixture)).toContain('The self-assessment has been submitted');

    buttonNamed('Try saving again').click();
    await settle();
    await settle();
    const retry = http.expectOne(
      '/api/reviews/review-1/self-assessment/criterion-2',
    );
    expect(retry.request.body).toEqual({
      narrative: 'Agreed by the board in July.',
    });
    retry.flush(
      anEntry({
        criterionId: 'criterion-2',
        narrative: 'Agreed by the board in July.',
      }),
    );
    await settle();
    expect(textOf(fixture)).not.toContain('have not been saved');
  });

  it('adds an evidence link only when it has a title and an https address', async () => {
    await open();

    type('#criterion-criterion-1-link-title', 'Board minutes');
    type('#criterion-criterion-1-link-url', 'http://example.org/minutes');
    await settle();
    buttonNamed('Add the link for Trustees hold leaders to account').click();
    await settle();
    expect(textOf(fixture)).toContain('Enter a web address starting https://');

    type('#criterion-criterion-1-link-url', 'https://example.org/minutes');
    await settle();
    buttonNamed('Add the link for Trustees hold leaders to account').click();
    await settle();
    await settle();
    const save = http.expectOne(
      '/api/reviews/review-1/self-assessment/criterion-1',
    );
    expect(save.request.body).toEqual({
      evidenceLinks: [
        { title: 'Board minutes', url: 'https://example.org/minutes' },
      ],
    });
    save.flush(anEntry());
    await settle();
    expect(
      query(fixture, 'a[href="https://example.org/minutes"]').textContent,
    ).toContain('Board minutes');
  });

  it('uploads an evidence file to its criterion, showing progress, and lists it for download', async () => {
    await open();

    const label = query(
      fixture,
      'label[for="criterion-criterion-1-evidence-file"]',
    );
    expect(label.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Add a file for Trustees hold leaders to account',
    );
    expect(textOf(fixture)).toContain(
      'Only your trust and the panel can download it.',
    );
    expect(textOf(fixture)).toContain('No files have been added.');

    choose(
      '#criterion-criterion-1-evidence-file',
      new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' }),
    );
    await settle();
    const upload = http.expectOne(
      '/api/reviews/review-1/self-assessment/criterion-1/evidence',
    );
    expect(upload.request.method).toBe('POST');
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
    await settle();
    expect(textOf(fixture)).toContain('Uploading minutes.pdf: 50% sent');
    upload.flush(aFile({ sizeBytes: 8, uploadedAt: NOW.toISOString() }));
    await settle();

    const link = fileLink('file-1');
    expect(link?.textContent).toContain('minutes.pdf');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(query(fixture, 'app-criterion-entry').textContent).toContain(
      'minutes.pdf',
    );
    // Only the first criterion has it.
    const second = fixture.nativeElement.querySelectorAll(
      'app-criterion-entry',
    )[1] as HTMLElement;
    expect(second.textContent).not.toContain('minutes.pdf');
    expect(pageText()).toContain('minutes.pdf has been added.');
    expect(textOf(fixture)).not.toContain('Uploading minutes.pdf');
  });

  it('refuses a file of the wrong kind before sending it', async () => {
    await open();

    choose(
      '#criterion-criterion-1-evidence-file',
      new File(['MZ'], 'virus.exe'),
    );
    await settle();
    http.expectNone(
      '/api/reviews/review-1/self-assessment/criterion-1/evidence',
    );
    expect(textOf(fixture)).toContain('The file must be a PDF, Word');
    expect(
      query(fixture, '#criterion-criterion-1-evidence-file').getAttribute(
        'aria-describedby',
      ),
    ).toBe(
      'criterion-criterion-1-evidence-error criterion-criterion-1-evidence-hint',
    );
  });

  it('says plainly why the API refused an upload', async () => {
    await open();

    choose(
      '#criterion-criterion-2-evidence-file',
      new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' }),
    );
    await settle();
    http
      .expectOne('/api/reviews/review-1/self-assessment/criterion-2/evidence')
      .flush(
        { statusCode: 409, message: 'The self-assessment has been submitted' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(textOf(fixture)).toContain('The self-assessment has been submitted');
    expect(fileLink('file-1')).toBeNull();
  });

  it('deletes an evidence file only once confirmed', async () => {
    await open(
      aReview(),
      aSelfAssessment([
        anEntry({ evidenceFiles: [aFile()] }),
        anEntry({ criterionId: 'criterion-2' }),
      ]),
    );
    expect(fileLink('file-1')).not.toBeNull();

    buttonNamed('Delete minutes.pdf').click();
    await settle();
    expect(pageText()).toContain('Delete this file?');
    expect(pageText()).toContain(
      'minutes.pdf will be deleted from the evidence.',
    );
    buttonNamed('Keep it').click();
    await settle();
    http.expectNone('/api/reviews/review-1/evidence/file-1');
    expect(fileLink('file-1')).not.toBeNull();

    buttonNamed('Delete minutes.pdf').click();
    await settle();
    buttonNamed('Yes, delete it').click();
    await settle();
    const request = http.expectOne('/api/reviews/review-1/evidence/file-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await settle();
    expect(fileLink('file-1')).toBeNull();
    expect(pageText()).toContain('minutes.pdf has been deleted.');
  });

  it('stops offering uploads when a criterion has as many files as it can', async () => {
    const files = Array.from(
      { length: EVIDENCE_FILES_PER_CRITERION_MAX },
      (_, index) =>
        aFile({
          id: `file-${index + 1}`,
          fileName: `minutes-${index + 1}.pdf`,
        }),
    );
    await open(
      aReview(),
      aSelfAssessment([
        anEntry({ evidenceFiles: files }),
        anEntry({ criterionId: 'criterion-2' }),
      ]),
    );

    expect(
      fixture.nativeElement.querySelector(
        '#criterion-criterion-1-evidence-file',
      ),
    ).toBeNull();
    expect(textOf(fixture)).toContain(
      `You have added ${EVIDENCE_FILES_PER_CRITERION_MAX} files, the most there can be. Remove one to add another.`,
    );
    expect(
      fixture.nativeElement.querySelector(
        '#criterion-criterion-2-evidence-file',
      ),
    ).not.toBeNull();
  });

  it('is read-only once submitted, and for the panel', async () => {
    await open(
      aReview({ stage: 'submitted', relationship: 'lead' }),
      aSelfAssessment(
        [
          anEntry({
            rating: 3,
            narrative: 'Termly reports to the board.',
            evidenceLinks: [{ title: 'Minutes', url: 'https://example.org/m' }],
            evidenceFiles: [aFile()],
          }),
          anEntry({ criterionId: 'criterion-2' }),
        ],
        { submittedAt: '2027-02-01T10:00:00Z' },
      ),
      aSessionUser({ id: 'user-riverside', organisationId: 'org-riverside' }),
    );

    expect(fixture.nativeElement.querySelector('mat-radio-group')).toBeNull();
    expect(fixture.nativeElement.querySelector('textarea')).toBeNull();
    const text = textOf(fixture);
    expect(text).toContain('3 – Established');
    expect(text).toContain('Trustees challenge well');
    expect(text).toContain('Termly reports to the board.');
    expect(text).toContain('Not rated');
    expect(text).toContain('Submitted to the panel on 1 February 2027');
    expect(fileLink('file-1')?.textContent).toContain('minutes.pdf');
    expect(text).toContain('No files have been added.');
    expect(
      fixture.nativeElement.querySelector('input[type="file"]'),
    ).toBeNull();
    expect(() => buttonNamed('Delete minutes.pdf')).toThrow();
  });
});
