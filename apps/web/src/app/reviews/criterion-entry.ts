import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  EVIDENCE_FILES_PER_CRITERION_MAX,
  EVIDENCE_LINKS_MAX,
  NARRATIVE_MAX_LENGTH,
  REVIEW_RATINGS,
  type EvidenceFileView,
  type EvidenceLink,
  type FrameworkCriterionView,
  type ReviewRating,
  type SaveSelfAssessmentDto,
  type SelfAssessmentEntryView,
} from '@alliance/contracts';
import { tap } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { Clock } from '../shared/clock';
import {
  DocumentList,
  type DocumentStore,
  type RemovalWording,
} from '../shared/document-list';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { AUTOSAVE_DELAY_MS, Autosaver } from './autosave';
import { RATING_TEXT } from './review-model';

const HTTPS_URL = /^https:\/\/[^\s/$.?#].[^\s]*$/i;

/** Who can download evidence files, for the upload hint. */
const EVIDENCE_AUDIENCE = 'Only your trust and the panel can download it.';

const EVIDENCE_REMOVAL: RemovalWording = {
  title: 'Delete this file?',
  paragraph: (fileName) => `${fileName} will be deleted from the evidence.`,
  confirmLabel: 'Yes, delete it',
  done: (fileName) => `${fileName} has been deleted.`,
};

/**
 * One criterion of the self-assessment: the rating on the 4-point scale (each with its descriptor), the narrative
 * and the evidence. Every change saves itself a moment later; the status line says when it was saved.
 */
@Component({
  selector: 'app-criterion-entry',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    ParagraphsPipe,
    DocumentList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criterion-entry.html',
  styleUrl: './criterion-entry.css',
})
export class CriterionEntry {
  readonly reviewId = input.required<string>();
  readonly criterion = input.required<FrameworkCriterionView>();
  /** "1.2": the area's and the criterion's positions. */
  readonly number = input.required<string>();
  readonly entry = input.required<SelfAssessmentEntryView>();
  readonly editable = input(false);
  /** The entry as the API saved it. */
  readonly saved = output<SelfAssessmentEntryView>();

  private readonly api = inject(ApiClient);

  protected readonly ratings = REVIEW_RATINGS;
  protected readonly ratingText = RATING_TEXT;
  protected readonly narrativeMaxLength = NARRATIVE_MAX_LENGTH;
  protected readonly maxLinks = EVIDENCE_LINKS_MAX;
  protected readonly maxFiles = EVIDENCE_FILES_PER_CRITERION_MAX;
  protected readonly evidenceAudience = EVIDENCE_AUDIENCE;
  protected readonly evidenceRemoval = EVIDENCE_REMOVAL;
  protected readonly rating = new FormControl<ReviewRating | null>(null);
  protected readonly narrative = new FormControl('', { nonNullable: true });
  protected readonly linkTitle = new FormControl('', { nonNullable: true });
  protected readonly linkUrl = new FormControl('', { nonNullable: true });
  protected readonly links = signal<EvidenceLink[]>([]);
  protected readonly files = signal<EvidenceFileView[]>([]);
  protected readonly linkProblems = signal<{ title?: string; url?: string }>(
    {},
  );
  protected readonly id = computed(() => `criterion-${this.criterion().id}`);
  /** The criterion's evidence files: uploads and deletions change the list here, as the API answers. */
  protected readonly fileStore = computed<DocumentStore>(() => {
    const reviewId = this.reviewId();
    const criterionId = this.criterion().id;
    return {
      urlOf: (file) => this.api.evidenceUrl(reviewId, file.id),
      upload: (file) =>
        this.api.uploadEvidence(reviewId, criterionId, file).pipe(
          tap((event) => {
            if (event.type === HttpEventType.Response && event.body) {
              const added = event.body;
              this.files.update((files) => [...files, added]);
            }
          }),
        ),
      remove: (file) =>
        this.api
          .deleteEvidence(reviewId, file.id)
          .pipe(
            tap(() =>
              this.files.update((files) =>
                files.filter((each) => each.id !== file.id),
              ),
            ),
          ),
    };
  });
  protected readonly chosenDescriptor = computed(() => {
    const rating = this.entry().rating;
    return rating ? this.criterion().descriptors[rating - 1] : null;
  });
  protected readonly autosave = new Autosaver<
    SaveSelfAssessmentDto,
    SelfAssessmentEntryView
  >(
    (change) =>
      this.api.saveSelfAssessmentEntry(
        this.reviewId(),
        this.criterion().id,
        change,
      ),
    {
      delayMs: inject(AUTOSAVE_DELAY_MS),
      now: () => this.clock.now(),
      destroyRef: inject(DestroyRef),
      saved: (entry) => this.saved.emit(entry),
    },
  );
  private readonly clock = inject(Clock);
  private filled = false;

  constructor() {
    // Fill the form once: later copies of the entry come from this form's own saves.
    effect(() => {
      const entry = this.entry();
      untracked(() => {
        if (this.filled) return;
        this.filled = true;
        this.rating.setValue(entry.rating, { emitEvent: false });
        this.narrative.setValue(entry.narrative, { emitEvent: false });
        this.links.set(entry.evidenceLinks);
        this.files.set(entry.evidenceFiles);
      });
    });
    this.rating.valueChanges.subscribe((rating) =>
      this.autosave.change({ rating }),
    );
    this.narrative.valueChanges.subscribe((narrative) =>
      this.autosave.change({ narrative }),
    );
  }

  protected addLink(): void {
    const title = this.linkTitle.value.trim();
    const url = this.linkUrl.value.trim();
    const problems: { title?: string; url?: string } = {};
    if (title === '') problems.title = 'Enter a title for the link';
    if (url === '') problems.url = 'Enter the web address';
    else if (!HTTPS_URL.test(url))
      problems.url = 'Enter a web address starting https://';
    this.linkProblems.set(problems);
    if (problems.title || problems.url) return;
    const links = [...this.links(), { title, url }];
    this.links.set(links);
    this.linkTitle.setValue('');
    this.linkUrl.setValue('');
    this.autosave.change({ evidenceLinks: links });
  }

  protected removeLink(index: number): void {
    const links = this.links().filter((_, at) => at !== index);
    this.links.set(links);
    this.autosave.change({ evidenceLinks: links });
  }
}
