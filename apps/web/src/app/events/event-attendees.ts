import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type { Attendance, AttendeeView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import {
  ATTENDANCE_LABELS,
  audienceInWords,
  bookingStatusInWords,
} from './event-labels';

/** For the host: who has booked (confirmed, then the waiting list in order, then cancelled), and who came. */
@Component({
  selector: 'app-event-attendees',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatButton,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (attendees.isLoading() && !attendees.hasValue()) {
      <app-loading-indicator label="Loading the attendees…" />
    } @else if (attendees.error()) {
      <app-load-error
        [error]="attendees.error()"
        heading="Sorry, we could not load the attendees"
        (retry)="attendees.reload()"
      />
    } @else if (attendees.hasValue()) {
      <app-error-summary [problems]="problems()" />
      @if (attendees.value().length === 0) {
        <p class="empty-state">Nobody has booked yet.</p>
      } @else {
        <p>{{ counts() }}</p>
        @if (!hasStarted()) {
          <p class="hint">
            You can record who attended once the event has started.
          </p>
        }
        <div
          class="table-scroll"
          role="region"
          tabindex="0"
          aria-labelledby="attendees-heading"
        >
          <table
            mat-table
            [dataSource]="attendees.value()"
            class="data-table"
            [attr.aria-busy]="attendees.isLoading()"
          >
            <caption class="visually-hidden">
              People booked on
              {{
                eventTitle()
              }}
            </caption>
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
              <td mat-cell *matCellDef="let attendee">
                {{ attendee.name }}
                <span class="attendee-email break-anywhere">{{
                  attendee.email
                }}</span>
              </td>
            </ng-container>
            <ng-container matColumnDef="organisation">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Organisation
              </th>
              <td mat-cell *matCellDef="let attendee">
                {{ attendee.organisationName }}
              </td>
            </ng-container>
            <ng-container matColumnDef="role">
              <th mat-header-cell *matHeaderCellDef scope="col">Role</th>
              <td mat-cell *matCellDef="let attendee">
                {{ rolesOf(attendee) }}
              </td>
            </ng-container>
            <ng-container matColumnDef="bookedAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Booked</th>
              <td mat-cell *matCellDef="let attendee">
                {{ attendee.bookedAt | londonDate: 'dateTime' }}
                @if (attendee.bookedByName) {
                  <span class="attendee-booked-by"
                    >by {{ attendee.bookedByName }}</span
                  >
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
              <td mat-cell *matCellDef="let attendee">
                {{ statusOf(attendee) }}
              </td>
            </ng-container>
            <ng-container matColumnDef="attendance">
              <th mat-header-cell *matHeaderCellDef scope="col">Attendance</th>
              <td mat-cell *matCellDef="let attendee">
                @if (hasStarted() && attendee.status === 'confirmed') {
                  <div class="attendance">
                    @for (choice of attendanceChoices; track choice) {
                      <button
                        mat-stroked-button
                        type="button"
                        class="attendance__button"
                        [class.attendance__button--chosen]="
                          attendee.attendance === choice
                        "
                        [attr.aria-pressed]="attendee.attendance === choice"
                        [disabled]="marking() === attendee.bookingId"
                        (click)="mark(attendee, choice)"
                      >
                        <span class="visually-hidden"
                          >Mark {{ attendee.name }} as </span
                        >{{ attendanceLabels[choice] }}
                      </button>
                    }
                  </div>
                } @else {
                  {{ attendanceOf(attendee) }}
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .attendee-email,
    .attendee-booked-by {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .attendance {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0.25rem 0;
    }
    .attendance__button--chosen {
      --mat-button-outlined-container-color: var(--mat-sys-secondary-container);
      --mat-button-outlined-label-text-color: var(
        --mat-sys-on-secondary-container
      );
      --mat-button-outlined-outline-color: var(
        --mat-sys-on-secondary-container
      );
      font-weight: 700;
    }
  `,
})
export class EventAttendees {
  readonly eventId = input.required<string>();
  readonly eventTitle = input.required<string>();
  /** Attendance can be recorded from the start of the event. */
  readonly hasStarted = input.required<boolean>();

  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly columns = [
    'name',
    'organisation',
    'role',
    'bookedAt',
    'status',
    'attendance',
  ];
  protected readonly attendanceChoices: Attendance[] = ['attended', 'absent'];
  protected readonly attendanceLabels = ATTENDANCE_LABELS;
  protected readonly attendees = rxResource({
    params: () => this.eventId(),
    stream: ({ params: eventId }) => this.api.listAttendees(eventId),
  });
  protected readonly marking = signal<string | null>(null);
  protected readonly problems = signal<FormProblem[]>([]);

  protected readonly counts = computed(() => {
    const list = this.attendees.hasValue() ? this.attendees.value() : [];
    const count = (status: AttendeeView['status']) =>
      list.filter((attendee) => attendee.status === status).length;
    const parts = [
      `${count('confirmed')} with a place`,
      `${count('waitlisted')} on the waiting list`,
    ];
    if (count('cancelled') > 0) parts.push(`${count('cancelled')} cancelled`);
    return `${parts.join(', ')}.`;
  });

  /** After a booking changes elsewhere on the page. */
  reload(): void {
    this.attendees.reload();
  }

  protected rolesOf(attendee: AttendeeView): string {
    return audienceInWords(attendee.roles);
  }

  protected attendanceOf(attendee: AttendeeView): string {
    return attendee.attendance
      ? ATTENDANCE_LABELS[attendee.attendance]
      : 'Not recorded';
  }

  protected statusOf(attendee: AttendeeView): string {
    return bookingStatusInWords(attendee.status, attendee.waitlistPosition);
  }

  protected mark(attendee: AttendeeView, attendance: Attendance): void {
    if (this.marking() || attendee.attendance === attendance) return;
    this.marking.set(attendee.bookingId);
    this.problems.set([]);
    this.api.markAttendance(attendee.bookingId, { attendance }).subscribe({
      next: (updated) => {
        this.marking.set(null);
        this.attendees.update((list) =>
          (list ?? []).map((other) =>
            other.bookingId === updated.bookingId ? updated : other,
          ),
        );
        this.notifier.confirm(
          `${updated.name} is marked as ${ATTENDANCE_LABELS[attendance].toLowerCase()}.`,
        );
      },
      error: (error: unknown) => {
        this.marking.set(null);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }
}
