import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  FINDING_TEXT_MAX_LENGTH,
  REVIEW_RATINGS,
  type FindingView,
  type FrameworkCriterionView,
  type ReviewRating,
  type SaveFindingDto,
  type SelfAssessmentEntryView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { Clock } from '../shared/clock';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { AUTOSAVE_DELAY_MS, Autosaver } from './autosave';
import { RATING_TEXT } from './review-model';

/** One criterion: the trust's self-assessment beside the panel's findings, which the panel writes and autosaves. */
@Component({
  selector: 'app-finding-entry',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    ParagraphsPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="heading-s">{{ number() }} {{ criterion().title }}</h3>
    <div class="side-by-side">
      <div class="side">
        <h4 class="side__heading">The trust’s self-assessment</h4>
        <p>
          <strong>{{ ratingOf(entry()?.rating) }}</strong>
          @if (selfDescriptor()) {
            <br />{{ selfDescriptor() }}
          }
        </p>
        @for (paragraph of entry()?.narrative | paragraphs; track $index) {
          <p>{{ paragraph }}</p>
        }
      </div>
      <div class="side">
        <h4 class="side__heading">The panel’s findings</h4>
        @if (editable()) {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="form__field form__field--wide"
          >
            <mat-label>Strengths</mat-label>
            <textarea
              matInput
              rows="4"
              [id]="id() + '-strengths'"
              [formControl]="strengths"
              [maxlength]="maxLength"
            ></textarea>
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="form__field form__field--wide"
          >
            <mat-label>Areas to develop</mat-label>
            <textarea
              matInput
              rows="4"
              [id]="id() + '-areas'"
              [formControl]="areasToDevelop"
              [maxlength]="maxLength"
            ></textarea>
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="form__field"
          >
            <mat-label>Panel’s rating (optional)</mat-label>
            <select
              matNativeControl
              [id]="id() + '-rating'"
              [formControl]="rating"
            >
              <option [ngValue]="null">No rating</option>
              @for (value of ratings; track value) {
                <option [ngValue]="value">{{ ratingText[value] }}</option>
              }
            </select>
            <mat-hint>Saved as you go, and shared by the whole panel</mat-hint>
          </mat-form-field>
          <div class="autosave" role="status" aria-live="polite">
            {{ autosave.statusText() }}
          </div>
          @if (autosave.failure(); as messages) {
            <div class="field-error" role="alert">
              <span class="visually-hidden">Error: </span>The findings for
              {{ criterion().title }} have not been saved.
              @for (message of messages; track $index) {
                {{ message }}
              }
              <button mat-button type="button" (click)="autosave.retry()">
                Try saving again
              </button>
            </div>
          }
        } @else if (finding(); as found) {
          <p><strong>Strengths</strong></p>
          @for (paragraph of found.strengths | paragraphs; track $index) {
            <p>{{ paragraph }}</p>
          } @empty {
            <p>None recorded.</p>
          }
          <p><strong>Areas to develop</strong></p>
          @for (paragraph of found.areasToDevelop | paragraphs; track $index) {
            <p>{{ paragraph }}</p>
          } @empty {
            <p>None recorded.</p>
          }
          <p><strong>Panel’s rating:</strong> {{ ratingOf(found.rating) }}</p>
        } @else {
          <p>No findings recorded.</p>
        }
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: 1rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .side-by-side {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem 2rem;
    }
    .side__heading {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .autosave {
      min-height: 1.5rem;
      font-weight: 700;
    }
  `,
})
export class FindingEntry {
  readonly reviewId = input.required<string>();
  readonly criterion = input.required<FrameworkCriterionView>();
  readonly number = input.required<string>();
  readonly entry = input<SelfAssessmentEntryView | undefined>();
  readonly finding = input<FindingView | undefined>();
  readonly editable = input(false);
  readonly saved = output<FindingView>();

  private readonly api = inject(ApiClient);
  private readonly clock = inject(Clock);

  protected readonly ratings = REVIEW_RATINGS;
  protected readonly ratingText = RATING_TEXT;
  protected readonly maxLength = FINDING_TEXT_MAX_LENGTH;
  protected readonly strengths = new FormControl('', { nonNullable: true });
  protected readonly areasToDevelop = new FormControl('', {
    nonNullable: true,
  });
  protected readonly rating = new FormControl<ReviewRating | null>(null);
  protected readonly id = computed(() => `finding-${this.criterion().id}`);
  protected readonly selfDescriptor = computed(() => {
    const rating = this.entry()?.rating;
    return rating ? this.criterion().descriptors[rating - 1] : null;
  });
  protected readonly autosave = new Autosaver<SaveFindingDto, FindingView>(
    (change) =>
      this.api.saveFinding(this.reviewId(), this.criterion().id, change),
    {
      delayMs: inject(AUTOSAVE_DELAY_MS),
      now: () => this.clock.now(),
      destroyRef: inject(DestroyRef),
      saved: (finding) => this.saved.emit(finding),
    },
  );
  private filled = false;

  constructor() {
    effect(() => {
      const finding = this.finding();
      untracked(() => {
        if (this.filled) return;
        this.filled = true;
        this.strengths.setValue(finding?.strengths ?? '', { emitEvent: false });
        this.areasToDevelop.setValue(finding?.areasToDevelop ?? '', {
          emitEvent: false,
        });
        this.rating.setValue(finding?.rating ?? null, { emitEvent: false });
      });
    });
    this.strengths.valueChanges.subscribe((strengths) =>
      this.autosave.change({ strengths }),
    );
    this.areasToDevelop.valueChanges.subscribe((areasToDevelop) =>
      this.autosave.change({ areasToDevelop }),
    );
    this.rating.valueChanges.subscribe((rating) =>
      this.autosave.change({ rating }),
    );
  }

  protected ratingOf(rating: ReviewRating | null | undefined): string {
    return rating ? RATING_TEXT[rating] : 'Not rated';
  }
}
