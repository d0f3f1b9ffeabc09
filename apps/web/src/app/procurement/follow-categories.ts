import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  PROCUREMENT_CATEGORIES,
  PROCUREMENT_CATEGORY_LABELS,
  type ProcurementCategory,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';

type CategoryChoices = Record<ProcurementCategory, FormControl<boolean>>;

/** The categories the person follows: they are emailed when a need in one of them opens. */
@Component({
  selector: 'app-follow-categories',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section follow" aria-labelledby="follow-heading">
      <h2 id="follow-heading" class="heading-m">Categories you follow</h2>
      <p>
        We will email you when someone in your alliance posts a need in a
        category you follow.
      </p>
      @if (follows.error()) {
        <app-load-error
          [error]="follows.error()"
          heading="Sorry, we could not load the categories you follow"
          (retry)="follows.reload()"
        />
      } @else if (!follows.hasValue()) {
        <app-loading-indicator label="Loading the categories you follow…" />
      } @else {
        <app-error-summary [problems]="problems()" />
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <fieldset class="fieldset">
            <legend class="fieldset__legend">
              Email me about new needs in
            </legend>
            <p class="hint">Choose all that apply.</p>
            <div class="checkboxes follow__choices">
              @for (option of options; track option.value) {
                <mat-checkbox
                  [id]="'follow-' + option.value"
                  [formControlName]="option.value"
                  >{{ option.label }}</mat-checkbox
                >
              }
            </div>
          </fieldset>
          <div class="button-row">
            <button mat-stroked-button type="submit" [disabled]="saving()">
              {{ saving() ? 'Saving…' : 'Save the categories you follow' }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .follow__choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    }
  `,
})
export class FollowCategories {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly options = PROCUREMENT_CATEGORIES.map((category) => ({
    value: category,
    label: PROCUREMENT_CATEGORY_LABELS[category],
  }));
  protected readonly follows = rxResource({
    stream: () => this.api.getCategoryFollows(),
  });
  protected readonly form = new FormGroup(
    Object.fromEntries(
      PROCUREMENT_CATEGORIES.map((category) => [
        category,
        new FormControl(false, { nonNullable: true }),
      ]),
    ) as CategoryChoices,
  );
  protected readonly saving = signal(false);
  protected readonly problems = signal<FormProblem[]>([]);

  constructor() {
    effect(() => {
      if (!this.follows.hasValue()) return;
      const followed = this.follows.value().categories;
      untracked(() =>
        this.form.setValue(
          Object.fromEntries(
            PROCUREMENT_CATEGORIES.map((category) => [
              category,
              followed.includes(category),
            ]),
          ) as Record<ProcurementCategory, boolean>,
        ),
      );
    });
  }

  protected save(): void {
    if (this.saving()) return;
    const value = this.form.getRawValue();
    const categories = PROCUREMENT_CATEGORIES.filter(
      (category) => value[category],
    );
    this.saving.set(true);
    this.problems.set([]);
    this.api.setCategoryFollows({ categories }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.follows.set(saved);
        this.notifier.confirm(
          saved.categories.length === 0
            ? 'You no longer follow any categories.'
            : `You follow ${saved.categories.length} ${saved.categories.length === 1 ? 'category' : 'categories'}.`,
        );
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }
}
