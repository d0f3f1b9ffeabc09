import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
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
import { MatOption, MatSelect } from '@angular/material/select';
import {
  MAX_PAGE_SIZE,
  ROLE_LABELS,
  type EnrolmentView,
  type PersonView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';

export interface ChangeMentorDialogData {
  /** An active enrolment of the person's own organisation. */
  enrolment: EnrolmentView;
}

/**
 * Hands an early-career teacher to another mentor of their organisation. The mentor follows their attendance
 * and shared reflections, so the choice is among colleagues with the mentor role, as the API requires.
 */
@Component({
  selector: 'app-change-mentor-dialog',
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
    MatSelect,
    MatOption,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Change {{ ect.name }}’s mentor</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>{{ explanation }}</p>
        @if (people.isLoading() && !people.hasValue()) {
          <app-loading-indicator label="Loading the mentors…" />
        } @else if (people.error()) {
          <app-load-error
            [error]="people.error()"
            heading="Sorry, we could not load the mentors"
            (retry)="people.reload()"
          />
        } @else if (mentors().length === 0) {
          <p class="empty-state">
            Nobody else at {{ ect.organisationName }} has the mentor role.
          </p>
        } @else {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>New mentor</mat-label>
            <mat-select
              id="change-mentor"
              formControlName="mentor"
              [errorStateMatcher]="problemWith('change-mentor')"
            >
              @for (person of mentors(); track person.id) {
                <mat-option [value]="person.id">{{
                  labelOf(person)
                }}</mat-option>
              }
            </mat-select>
            <mat-hint>Mentors at {{ ect.organisationName }}.</mat-hint>
            @if (messageFor('change-mentor'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ sending() ? 'Please wait…' : 'Change the mentor' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ChangeMentorDialog {
  private readonly data = inject<ChangeMentorDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ChangeMentorDialog, EnrolmentView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly ect = this.data.enrolment.ect;
  private readonly currentMentor = this.data.enrolment.mentor;
  protected readonly explanation = this.currentMentor
    ? `${this.currentMentor.name} mentors ${this.ect.name} now. The new mentor will see their attendance and any reflections they choose to share; ${this.currentMentor.name} will no longer see them.`
    : `The new mentor will see ${this.ect.name}’s attendance and any reflections they choose to share.`;
  protected readonly form = new FormGroup({
    mentor: new FormControl('', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  // One page of the largest size covers a trust's mentors, as in the enrol dialog.
  protected readonly people = rxResource({
    stream: () =>
      this.api.listPeople(this.ect.organisationId, {
        page: 1,
        pageSize: MAX_PAGE_SIZE,
      }),
  });
  /** Colleagues with the mentor role, other than the ECT and the mentor they have now. */
  protected readonly mentors = computed<PersonView[]>(() =>
    (this.people.hasValue() ? this.people.value().items : [])
      .filter(
        (person) =>
          person.roles.includes('mentor') &&
          person.id !== this.ect.id &&
          person.id !== this.currentMentor?.id,
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );

  protected labelOf(person: PersonView): string {
    const otherRoles = person.roles
      .filter((role) => role !== 'mentor')
      .map((role) => ROLE_LABELS[role]);
    return otherRoles.length
      ? `${person.name} (also ${otherRoles.join(', ')})`
      : person.name;
  }

  protected messageFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected problemWith(fieldId: string): ErrorStateMatcher {
    return { isErrorState: () => this.messageFor(fieldId) !== undefined };
  }

  protected submit(): void {
    if (this.sending()) return;
    const mentorUserId = this.form.controls.mentor.value;
    if (!this.mentors().some((person) => person.id === mentorUserId)) {
      this.problems.set([
        { fieldId: 'change-mentor', message: 'Choose the new mentor' },
      ]);
      return;
    }
    this.problems.set([]);
    this.sending.set(true);
    this.api
      .changeEnrolmentMentor(this.data.enrolment.id, { mentorUserId })
      .subscribe({
        next: (enrolment) => this.dialogRef.close(enrolment),
        error: (error: unknown) => {
          this.sending.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }
}
