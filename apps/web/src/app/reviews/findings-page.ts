import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  FINDINGS_SUMMARY_MAX_LENGTH,
  type FindingView,
  type ReviewStage,
  type SelfAssessmentEntryView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { FindingEntry } from './finding-entry';
import { isReviewDetail } from './review-model';

/** Stages in which the panel records findings. */
const FINDINGS_STAGES: readonly ReviewStage[] = ['visit', 'findings'];

/**
 * The findings, criterion by criterion beside the trust's self-assessment, and the lead's overall summary. The
 * accepted panel writes them during the visit and findings stages; the trust reads them.
 */
@Component({
  selector: 'app-findings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    FindingEntry,
  ],
  templateUrl: './findings-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindingsPage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly summaryMaxLength = FINDINGS_SUMMARY_MAX_LENGTH;
  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  private readonly frameworkId = computed(() => this.detail()?.frameworkId);
  private readonly readableId = computed(() => this.detail()?.id);
  protected readonly framework = rxResource({
    params: () => this.frameworkId(),
    stream: ({ params: frameworkId }) =>
      this.api.getReviewFramework(frameworkId),
  });
  protected readonly assessment = rxResource({
    params: () => this.readableId(),
    stream: ({ params: reviewId }) => this.api.getSelfAssessment(reviewId),
  });
  protected readonly findings = rxResource({
    params: () => this.readableId(),
    stream: ({ params: reviewId }) => this.api.getFindings(reviewId),
  });
  private readonly entries = computed(() => {
    const map = new Map<string, SelfAssessmentEntryView>();
    for (const entry of this.assessment.value()?.entries ?? [])
      map.set(entry.criterionId, entry);
    return map;
  });
  protected readonly findingByCriterion = linkedSignal(() => {
    const map = new Map<string, FindingView>();
    for (const finding of this.findings.value()?.findings ?? [])
      map.set(finding.criterionId, finding);
    return map;
  });
  protected readonly panelEditable = computed(() => {
    const review = this.detail();
    return (
      !!review &&
      (review.relationship === 'lead' || review.relationship === 'reviewer') &&
      FINDINGS_STAGES.includes(review.stage)
    );
  });
  protected readonly summaryEditable = computed(
    () => this.panelEditable() && this.detail()?.relationship === 'lead',
  );
  protected readonly summary = new FormControl('', { nonNullable: true });
  protected readonly summaryProblems = signal<FormProblem[]>([]);
  protected readonly savingSummary = signal(false);
  protected readonly loadError = computed(
    () =>
      this.review.error() ??
      this.framework.error() ??
      this.assessment.error() ??
      this.findings.error(),
  );
  protected readonly ready = computed(
    () =>
      this.review.hasValue() &&
      (!this.detail() ||
        (this.framework.hasValue() &&
          this.assessment.hasValue() &&
          this.findings.hasValue())),
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      const view = this.review.value();
      if (view) title.setTitle(`Findings: ${view.title} – Alliance`);
    });
    effect(() => {
      const findings = this.findings.value();
      if (findings) untracked(() => this.summary.setValue(findings.summary));
    });
  }

  protected entryFor(criterionId: string): SelfAssessmentEntryView | undefined {
    return this.entries().get(criterionId);
  }

  protected findingFor(criterionId: string): FindingView | undefined {
    return this.findingByCriterion().get(criterionId);
  }

  protected saved(finding: FindingView): void {
    const next = new Map(this.findingByCriterion());
    next.set(finding.criterionId, finding);
    this.findingByCriterion.set(next);
  }

  protected saveSummary(event: Event): void {
    event.preventDefault();
    const review = this.detail();
    if (!review || this.savingSummary()) return;
    const summary = this.summary.value.trim();
    if (summary === '') {
      this.summaryProblems.set([
        { fieldId: 'findings-summary', message: 'Enter the overall summary' },
      ]);
      return;
    }
    this.summaryProblems.set([]);
    this.savingSummary.set(true);
    this.api.saveFindingsSummary(review.id, summary).subscribe({
      next: () => {
        this.savingSummary.set(false);
        this.notifier.confirm('The overall summary has been saved.');
      },
      error: (error: unknown) => {
        this.savingSummary.set(false);
        this.summaryProblems.set(
          problemMessagesOf(error).map((message) => ({
            message,
            fieldId: 'findings-summary',
          })),
        );
      },
    });
  }

  protected reload(): void {
    this.review.reload();
    this.framework.reload();
    this.assessment.reload();
    this.findings.reload();
  }
}
