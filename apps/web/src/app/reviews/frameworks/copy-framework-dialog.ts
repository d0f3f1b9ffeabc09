import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
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
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  FRAMEWORK_NAME_MAX_LENGTH,
  type CopyFrameworkDto,
  type FrameworkDetail,
  type FrameworkSummary,
} from '@alliance/contracts';
import { map } from 'rxjs';
import { ApiClient } from '../../core/api/api-client';
import { problemMessagesOf } from '../../core/api/api-errors';
import { apiProblemsFor } from '../../procurement/form-answers';
import { ErrorSummary, type FormProblem } from '../../shared/error-summary';

export interface CopyFrameworkDialogData {
  source: FrameworkSummary;
  /** The alliances the coordinator coordinates: the copy is for one of them. */
  allianceIds: string[];
}

const API_FIELDS = [
  { fieldId: 'copy-name', words: /name/i },
  { fieldId: 'copy-alliance', words: /alliance/i },
] as const;

/** The coordinator names a copy of a framework for their alliance; closes with the copy. */
@Component({
  selector: 'app-copy-framework-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Make a copy of {{ data.source.name }}</h2>
    <form (submit)="copy($event)" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>
          The copy belongs to your alliance. You can then change its areas,
          criteria and descriptors. The original stays as it is.
        </p>
        @if (data.allianceIds.length > 1) {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Alliance</mat-label>
            <select
              matNativeControl
              id="copy-alliance"
              [formControl]="allianceId"
              [errorStateMatcher]="errorState('copy-alliance')"
            >
              <option value="" disabled>Choose an alliance</option>
              @for (alliance of alliances.value() ?? []; track alliance.id) {
                <option [value]="alliance.id">{{ alliance.name }}</option>
              }
            </select>
            @if (problemFor('copy-alliance'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Name of the copy</mat-label>
          <input
            matInput
            id="copy-name"
            autocomplete="off"
            [formControl]="name"
            [maxlength]="nameMaxLength"
            [errorStateMatcher]="errorState('copy-name')"
          />
          <mat-hint>Everyone in your alliance will see this name</mat-hint>
          @if (problemFor('copy-name'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="working()">
          {{ working() ? 'Please wait…' : 'Make the copy' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CopyFrameworkDialog {
  protected readonly data = inject<CopyFrameworkDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<CopyFrameworkDialog, FrameworkDetail>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly nameMaxLength = FRAMEWORK_NAME_MAX_LENGTH;
  protected readonly name = new FormControl(`${this.data.source.name} (copy)`, {
    nonNullable: true,
  });
  protected readonly allianceId = new FormControl(
    this.data.allianceIds.length === 1 ? this.data.allianceIds[0] : '',
    { nonNullable: true },
  );
  /** Names for the choice of alliance, needed only by someone who coordinates more than one. */
  protected readonly alliances = rxResource({
    params: () => (this.data.allianceIds.length > 1 ? true : undefined),
    stream: () =>
      this.api
        .listAlliances()
        .pipe(
          map((page) =>
            page.items.filter((alliance) =>
              this.data.allianceIds.includes(alliance.id),
            ),
          ),
        ),
  });
  protected readonly working = signal(false);
  protected readonly problems = signal<FormProblem[]>([]);
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

  protected copy(event: Event): void {
    event.preventDefault();
    if (this.working()) return;
    const dto = this.read();
    if (!dto) return;
    this.working.set(true);
    this.api.copyReviewFramework(dto).subscribe({
      next: (copy) => this.dialogRef.close(copy),
      error: (error: unknown) => {
        this.working.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }

  private read(): CopyFrameworkDto | null {
    const problems: FormProblem[] = [];
    if (!this.allianceId.value)
      problems.push({
        fieldId: 'copy-alliance',
        message: 'Choose the alliance the copy is for',
      });
    const name = this.name.value.trim();
    if (name === '')
      problems.push({
        fieldId: 'copy-name',
        message: 'Enter a name for the copy',
      });
    else if (name.length > FRAMEWORK_NAME_MAX_LENGTH)
      problems.push({
        fieldId: 'copy-name',
        message: `The name must be ${FRAMEWORK_NAME_MAX_LENGTH} characters or fewer`,
      });
    this.problems.set(problems);
    if (problems.length > 0) return null;
    return {
      allianceId: this.allianceId.value,
      sourceFrameworkId: this.data.source.id,
      name,
    };
  }
}
