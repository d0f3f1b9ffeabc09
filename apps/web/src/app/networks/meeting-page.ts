import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  DECISION_MAX_LENGTH,
  MEETING_MAX_DECISIONS,
  MEETING_TEXT_MAX_LENGTH,
  RSVP_RESPONSES,
  type MeetingAttendance,
  type MeetingAttendeeView,
  type MeetingDetail,
  type RsvpResponse,
} from '@alliance/contracts';
import { of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { Clock } from '../shared/clock';
import { EventWhenPipe } from '../events/event-when-pipe';
import { eventWhen } from '../events/london-time';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import {
  MY_RSVP_WORDS,
  RSVP_LABELS,
  meetingKindInWords,
  rsvpCountsInWords,
} from './network-labels';

/** One network meeting: when and where, the agenda, the person's answer, and afterwards notes, decisions and attendance. */
@Component({
  selector: 'app-meeting-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    EventWhenPipe,
  ],
  templateUrl: './meeting-page.html',
  styleUrl: './networks.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingPage {
  /** Route parameter: the meeting. */
  readonly meetingId = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly meeting = rxResource({
    params: () => this.meetingId(),
    stream: ({ params: meetingId }) => this.api.getMeeting(meetingId),
  });
  /** Only those who manage the meeting see who is coming and mark attendance. */
  private readonly managedMeetingId = computed(() =>
    this.meeting.hasValue() && this.meeting.value().canManage
      ? this.meeting.value().id
      : undefined,
  );
  protected readonly attendees = rxResource({
    params: () => this.managedMeetingId(),
    stream: ({ params: meetingId }) =>
      meetingId
        ? this.api.listMeetingAttendees(meetingId)
        : of<MeetingAttendeeView[]>([]),
  });

  protected readonly rsvpOptions = RSVP_RESPONSES.map((response) => ({
    response,
    label: RSVP_LABELS[response],
  }));
  protected readonly rsvpLabels = RSVP_LABELS;
  protected readonly myRsvpWords = MY_RSVP_WORDS;
  protected readonly answer = new FormControl<RsvpResponse | null>(null);
  protected readonly notes = new FormControl('', { nonNullable: true });
  protected readonly decisions = new FormControl('', { nonNullable: true });
  protected readonly answerForm = new FormGroup({ response: this.answer });
  protected readonly outcomeForm = new FormGroup({
    notes: this.notes,
    decisions: this.decisions,
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly outcomeProblems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);

  protected readonly hasStarted = computed(
    () =>
      this.meeting.hasValue() &&
      this.clock.now().getTime() >= Date.parse(this.meeting.value().startsAt),
  );
  protected readonly meetingKindInWords = meetingKindInWords;
  protected readonly rsvpCountsInWords = rsvpCountsInWords;
  protected readonly outcomeErrorState = (fieldId: string) => ({
    isErrorState: () =>
      this.outcomeProblems().some((problem) => problem.fieldId === fieldId),
  });
  protected readonly notesErrorState = this.outcomeErrorState('meeting-notes');
  protected readonly decisionsErrorState =
    this.outcomeErrorState('meeting-decisions');

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (!this.meeting.hasValue()) return;
      const meeting = this.meeting.value();
      title.setTitle(`${meeting.title} – Alliance`);
      untracked(() => {
        this.answer.setValue(meeting.myRsvp);
        this.notes.setValue(meeting.notes);
        this.decisions.setValue(meeting.decisions.join('\n'));
      });
    });
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.outcomeProblems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected sendAnswer(meeting: MeetingDetail): void {
    if (this.saving()) return;
    const response = this.answer.value;
    if (!response) {
      this.problems.set([
        {
          fieldId: 'rsvp-going-input',
          message: 'Choose going, maybe or not going',
        },
      ]);
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    this.api.answerMeeting(meeting.id, response).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.meeting.set(updated);
        this.notifier.confirm(`Thank you. ${MY_RSVP_WORDS[response]}`);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  protected recordOutcome(meeting: MeetingDetail): void {
    if (this.saving()) return;
    const notes = this.notes.value.trim();
    const decisions = this.decisions.value
      .split('\n')
      .map((decision) => decision.trim())
      .filter((decision) => decision !== '');
    const problems: FormProblem[] = [];
    if (notes === '')
      problems.push({
        fieldId: 'meeting-notes',
        message: 'Enter the notes of the meeting',
      });
    else if (notes.length > MEETING_TEXT_MAX_LENGTH)
      problems.push({
        fieldId: 'meeting-notes',
        message: `The notes must be ${MEETING_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    if (decisions.length > MEETING_MAX_DECISIONS)
      problems.push({
        fieldId: 'meeting-decisions',
        message: `Record at most ${MEETING_MAX_DECISIONS} decisions`,
      });
    else if (
      decisions.some((decision) => decision.length > DECISION_MAX_LENGTH)
    )
      problems.push({
        fieldId: 'meeting-decisions',
        message: `Each decision must be ${DECISION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    this.outcomeProblems.set(problems);
    if (problems.length > 0) return;
    this.saving.set(true);
    this.api.recordMeetingOutcome(meeting.id, { notes, decisions }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.meeting.set(updated);
        this.notifier.confirm('The notes and decisions have been saved.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.outcomeProblems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  protected mark(
    meeting: MeetingDetail,
    attendee: MeetingAttendeeView,
    attendance: MeetingAttendance,
  ): void {
    this.api
      .markMeetingAttendance(meeting.id, {
        entries: [{ userId: attendee.userId, attendance }],
      })
      .subscribe({
        next: (attendees) => this.attendees.set(attendees),
        error: (error: unknown) =>
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          ),
      });
  }

  protected cancelMeeting(meeting: MeetingDetail): void {
    confirmThen(this.dialog, {
      title: 'Cancel this meeting?',
      paragraphs: [
        `${meeting.title}, ${eventWhen(meeting.startsAt, meeting.endsAt)}, will be cancelled for everyone.`,
        'You cannot undo this.',
      ],
      confirmLabel: 'Yes, cancel the meeting',
      dismissLabel: 'Keep the meeting',
      action: () => this.api.cancelMeeting(meeting.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.meeting.set(outcome.result);
      this.notifier.confirm('The meeting has been cancelled.');
    });
  }
}
