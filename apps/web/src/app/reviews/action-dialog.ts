import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MatButton } from '@angular/material/button';
import {
  type ErrorStateMatcher,
  MAT_DATE_LOCALE,
} from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ACTION_STATUSES,
  ACTION_TITLE_MAX_LENGTH,
  type ActionStatus,
  type ReviewActionView,
  type UpdateActionDto,
} from '@alliance/contracts';
import { enGB } from 'date-fns/locale/en-GB';
import type { Observable } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import {
  PROCUREMENT_DATE_FORMATS,
  apiProblemsFor,
  readPlainDate,
  readText,
} from '../procurement/form-answers';
import { fromPlainDate } from '../shared/plain-date';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { ACTION_STATUS_LABELS } from './review-model';

export interface ActionDialogData {
  reviewId: string;
  /** Findings an action can respond to: the finding's id and its criterion's title. */
  findings: { id: string; label: string }[];
  /** People of the reviewed trust. */
  owners: { id: string; name: string }[];
  /** The action to change; absent when adding one. */
  action?: ReviewActionView;
}

const API_FIELDS = [
  { fieldId: 'action-finding', words: /finding/i },
  { fieldId: 'action-title', words: /action/i },
  { fieldId: 'action-owner', words: /owns|owner/i },
  { fieldId: 'action-due', words: /due date/i },
  { fieldId: 'action-status', words: /not_started|status/i },
] as const;

/** Adds an action to the plan, or changes one (its status included); closes with the action as saved. */
@Component({
  selector: 'app-action-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    ErrorSummary,
  ],
  providers: [
    provideDateFnsAdapter(PROCUREMENT_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ data.action ? 'Change the action' : 'Add an action' }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Finding it responds to</mat-label>
          <select
            matNativeControl
            id="action-finding"
            formControlName="findingId"
            [errorStateMatcher]="errorState('action-finding')"
          >
            <option value="" disabled>Choose a finding</option>
            @for (finding of data.findings; track finding.id) {
              <option [value]="finding.id">{{ finding.label }}</option>
            }
          </select>
          @if (problemFor('action-finding'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Action</mat-label>
          <textarea
            matInput
            id="action-title"
            rows="3"
            formControlName="title"
            [maxlength]="titleMaxLength"
            [errorStateMatcher]="errorState('action-title')"
          ></textarea>
          <mat-hint
            >What will be done, for example, Train trustees to read pupil
            data</mat-hint
          >
          @if (problemFor('action-title'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field"
        >
          <mat-label>Owner</mat-label>
          <select
            matNativeControl
            id="action-owner"
            formControlName="ownerUserId"
            [errorStateMatcher]="errorState('action-owner')"
          >
            <option value="" disabled>Choose who owns it</option>
            @for (owner of data.owners; track owner.id) {
              <option [value]="owner.id">{{ owner.name }}</option>
            }
          </select>
          <mat-hint>Someone in your trust</mat-hint>
          @if (problemFor('action-owner'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field"
        >
          <mat-label>Due date</mat-label>
          <input
            matInput
            id="action-due"
            formControlName="dueDate"
            autocomplete="off"
            [matDatepicker]="duePicker"
            [errorStateMatcher]="errorState('action-due')"
          />
          <mat-datepicker-toggle
            matIconSuffix
            [for]="duePicker"
            aria-label="Choose the due date from a calendar"
          />
          <mat-datepicker #duePicker />
          <mat-hint>Like 31/7/2027</mat-hint>
          @if (problemFor('action-due'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (data.action) {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Status</mat-label>
            <select
              matNativeControl
              id="action-status"
              formControlName="status"
            >
              @for (status of statuses; track status) {
                <option [value]="status">{{ statusLabels[status] }}</option>
              }
            </select>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{
            saving()
              ? 'Please wait…'
              : data.action
                ? 'Save the changes'
                : 'Add the action'
          }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ActionDialog {
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ActionDialog, ReviewActionView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly titleMaxLength = ACTION_TITLE_MAX_LENGTH;
  protected readonly statuses = ACTION_STATUSES;
  protected readonly statusLabels = ACTION_STATUS_LABELS;
  protected readonly form = new FormGroup({
    findingId: new FormControl(this.data.action?.findingId ?? '', {
      nonNullable: true,
    }),
    title: new FormControl(this.data.action?.title ?? '', {
      nonNullable: true,
    }),
    ownerUserId: new FormControl(this.data.action?.ownerUserId ?? '', {
      nonNullable: true,
    }),
    dueDate: new FormControl<Date | null>(
      fromPlainDate(this.data.action?.dueDate),
    ),
    status: new FormControl<ActionStatus>(
      this.data.action?.status ?? 'not_started',
      { nonNullable: true },
    ),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected errorState(fieldId: string): ErrorStateMatcher {
    let matcher = this.matchers.get(fieldId);
    if (!matcher) {
      matcher = { isErrorState: () => this.problemFor(fieldId) !== undefined };
      this.matchers.set(fieldId, matcher);
    }
    return matcher;
  }

  protected save(): void {
    if (this.saving()) return;
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    if (!value.findingId)
      problems.push({
        fieldId: 'action-finding',
        message: 'Choose the finding this action responds to',
      });
    const title = readText(
      value.title,
      'action-title',
      'Describe the action',
      `The action must be ${ACTION_TITLE_MAX_LENGTH} characters or fewer`,
      ACTION_TITLE_MAX_LENGTH,
      problems,
    );
    if (!value.ownerUserId)
      problems.push({
        fieldId: 'action-owner',
        message: 'Choose who owns the action',
      });
    const dueDate = readPlainDate(
      this.form.controls.dueDate,
      'action-due',
      'Enter the due date, like 31/7/2027',
      problems,
    );
    this.problems.set(problems);
    if (problems.length > 0 || !dueDate) return;
    this.saving.set(true);
    const existing = this.data.action;
    let request: Observable<ReviewActionView>;
    if (existing) {
      const changes: UpdateActionDto = {};
      if (title !== existing.title) changes.title = title;
      if (value.ownerUserId !== existing.ownerUserId)
        changes.ownerUserId = value.ownerUserId;
      if (dueDate !== existing.dueDate) changes.dueDate = dueDate;
      if (value.status !== existing.status) changes.status = value.status;
      request = this.api.updateReviewAction(
        this.data.reviewId,
        existing.id,
        changes,
      );
    } else {
      request = this.api.createReviewAction(this.data.reviewId, {
        findingId: value.findingId,
        title,
        ownerUserId: value.ownerUserId,
        dueDate,
      });
    }
    request.subscribe({
      next: (action) => this.dialogRef.close(action),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }
}
