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
  type BookingResult,
  type PersonView,
  type Role,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { audienceInWords } from './event-labels';

export interface BookColleagueDialogData {
  eventId: string;
  eventTitle: string;
  audience: Role[];
  organisationId: string;
  organisationName: string;
  /** The person booking, who books themselves from the event page instead. */
  ownUserId: string;
}

/** Who was booked, and whether they got a place or joined the waiting list. */
export interface ColleagueBooked {
  name: string;
  result: BookingResult;
}

/** A chief executive or headteacher books a place for someone in their own organisation. */
@Component({
  selector: 'app-book-colleague-dialog',
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
    <h2 mat-dialog-title>Book a place for a colleague</h2>
    <form [formGroup]="form" (ngSubmit)="book()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>
          Choose someone from {{ data.organisationName }} to book on
          {{ data.eventTitle }}. They will see the booking in their own list of
          bookings.
        </p>
        @if (people.isLoading() && !people.hasValue()) {
          <app-loading-indicator label="Loading your colleagues…" />
        } @else if (people.error()) {
          <app-load-error
            [error]="people.error()"
            heading="Sorry, we could not load your colleagues"
            (retry)="people.reload()"
          />
        } @else if (colleagues().length === 0) {
          <p class="empty-state">
            Nobody else in your organisation can book this event. It is for:
            {{ audience }}.
          </p>
        } @else {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>Colleague</mat-label>
            <mat-select
              id="colleague"
              formControlName="colleague"
              [errorStateMatcher]="showProblem"
            >
              @for (person of colleagues(); track person.id) {
                <mat-option [value]="person.id">{{ person.name }}</mat-option>
              }
            </mat-select>
            <mat-hint
              >Only colleagues this event is for are listed:
              {{ audience }}.</mat-hint
            >
            @if (problems()[0]?.fieldId === 'colleague') {
              <mat-error>{{ problems()[0].message }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        @if (colleagues().length > 0) {
          <button mat-flat-button type="submit" [disabled]="sending()">
            {{ sending() ? 'Please wait…' : 'Book a place for them' }}
          </button>
        }
      </mat-dialog-actions>
    </form>
  `,
})
export class BookColleagueDialog {
  protected readonly data = inject<BookColleagueDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<BookColleagueDialog, ColleagueBooked>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly audience = audienceInWords(this.data.audience);
  protected readonly colleague = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ colleague: this.colleague });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);
  protected readonly showProblem: ErrorStateMatcher = {
    isErrorState: () => this.problems()[0]?.fieldId === 'colleague',
  };

  // One page of the largest size covers the staff of a trust's central team and its leaders.
  protected readonly people = rxResource({
    stream: () =>
      this.api.listPeople(this.data.organisationId, {
        page: 1,
        pageSize: MAX_PAGE_SIZE,
      }),
  });
  protected readonly colleagues = computed<PersonView[]>(() =>
    (this.people.hasValue() ? this.people.value().items : [])
      .filter(
        (person) =>
          person.id !== this.data.ownUserId &&
          person.roles.some((role) => this.data.audience.includes(role)),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );

  protected book(): void {
    if (this.sending()) return;
    const person = this.colleagues().find(
      (candidate) => candidate.id === this.colleague.value,
    );
    if (!person) {
      this.colleague.markAsTouched();
      this.problems.set([
        { fieldId: 'colleague', message: 'Choose a colleague to book' },
      ]);
      return;
    }
    this.sending.set(true);
    this.problems.set([]);
    this.api.bookEvent(this.data.eventId, { userId: person.id }).subscribe({
      next: (result) => this.dialogRef.close({ name: person.name, result }),
      error: (error: unknown) => {
        this.sending.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }
}
