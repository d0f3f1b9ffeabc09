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
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  MEETING_TEXT_MAX_LENGTH,
  MEETING_TITLE_MAX_LENGTH,
  type CreateMeetingDto,
  type HubView,
  type MeetingDetail,
  type MeetingKind,
  type UpdateMeetingDto,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import {
  londonClockTimeOf,
  londonDayOf,
  londonInstant,
  parseClockTime,
  toApiTime,
} from '../events/london-time';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { meetingKindInWords } from './network-labels';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const KIND_FIELD_ID = `meeting-kind-${MEETING_KINDS[0]}-input`;

/**
 * A lead schedules a national (online) or hub (in person) meeting; times are typed in UK time.
 * A hub's lead who does not lead the network schedules in-person meetings of their own hub only.
 * The query parameter `hub` (from a hub's page) picks that hub to start with.
 * With a route parameter `meetingId`, those who manage the meeting (the network's leads, the coordinator and,
 * for a hub meeting, the hub's lead) change it; its kind and hub stay as they are.
 */
@Component({
  selector: 'app-meeting-form-page',
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
    MatSelect,
    MatOption,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  templateUrl: './meeting-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingFormPage {
  /** Route parameter: the network to schedule a meeting for; absent when changing a meeting. */
  readonly id = input<string>();
  /** Route parameter: the meeting to change; absent when scheduling one. */
  readonly meetingId = input<string>();
  /** Query parameter: the hub whose page the person came from, when scheduling. */
  readonly hub = input<string>();

  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);
  private readonly session = inject(SessionStore);

  protected readonly kindFieldId = KIND_FIELD_ID;
  protected readonly kindOptions = MEETING_KINDS.map((kind) => ({
    kind,
    label: MEETING_KIND_LABELS[kind],
  }));
  protected readonly isEdit = computed(() => Boolean(this.meetingId()));
  /** When scheduling: the network, with its hubs. */
  protected readonly network = rxResource({
    params: () => (this.meetingId() ? undefined : this.id()),
    stream: ({ params: networkId }) => this.api.getNetwork(networkId),
  });
  /** When changing a meeting: the meeting as it is now. */
  protected readonly existing = rxResource({
    params: () => this.meetingId(),
    stream: ({ params: meetingId }) => this.api.getMeeting(meetingId),
  });
  protected readonly form = new FormGroup({
    kind: new FormControl<MeetingKind | ''>('', { nonNullable: true }),
    hubId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    date: new FormControl('', { nonNullable: true }),
    startTime: new FormControl('', { nonNullable: true }),
    endTime: new FormControl('', { nonNullable: true }),
    venue: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    onlineUrl: new FormControl('', { nonNullable: true }),
    agenda: new FormControl('', { nonNullable: true }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: '' as MeetingKind | '',
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly ready = computed(() =>
    this.isEdit() ? this.existing.hasValue() : this.network.hasValue(),
  );
  protected readonly loadError = computed(() =>
    this.isEdit() ? this.existing.error() : this.network.error(),
  );
  /** When scheduling: the network's hubs that the signed-in person leads. */
  private readonly ledHubs = computed(() => {
    const userId = this.session.user()?.id;
    if (!userId || !this.network.hasValue()) return [];
    return this.network
      .value()
      .hubs.filter((hub) => hub.hubLead?.userId === userId);
  });
  /**
   * A hub's lead who does not lead the network (nor coordinates the alliance): the API lets them
   * arrange meetings of their own hub only, so the kind is fixed to a hub meeting.
   */
  protected readonly schedulesAsHubLead = computed(
    () =>
      !this.isEdit() &&
      this.network.hasValue() &&
      !this.network.value().canManage &&
      this.ledHubs().length > 0,
  );
  /** The hubs offered: all of the network's to its leads, only their own to a hub's lead. */
  protected readonly hubChoices = computed<HubView[]>(() => {
    if (this.schedulesAsHubLead()) return this.ledHubs();
    return this.network.hasValue() ? this.network.value().hubs : [];
  });
  /** The hub a hub's lead schedules for, when there is no choice to make. */
  protected readonly fixedHub = computed<HubView | null>(() => {
    if (!this.schedulesAsHubLead()) return null;
    const hubs = this.ledHubs();
    return hubs.length === 1
      ? hubs[0]
      : (hubs.find((hub) => hub.id === this.hub()) ?? null);
  });
  /** The hub named in the address, when it is one of the network's hubs. */
  private readonly hubFromAddress = computed(() =>
    this.network.hasValue() && !this.isEdit()
      ? (this.network.value().hubs.find((hub) => hub.id === this.hub()) ?? null)
      : null,
  );
  protected readonly mayManage = computed(() =>
    this.isEdit()
      ? this.existing.hasValue() && this.existing.value().canManage
      : this.network.hasValue() &&
        (this.network.value().canManage || this.ledHubs().length > 0),
  );
  protected readonly saveLabel = computed(() =>
    this.isEdit() ? 'Save changes' : 'Schedule the meeting',
  );
  /** Where Cancel and "Go back" lead: the meeting being changed, the hub the person came from, or the network. */
  protected readonly backLink = computed(() => {
    if (this.isEdit()) return ['/networks', 'meetings', this.meetingId()];
    const hub = this.hubFromAddress();
    return hub
      ? ['/networks', this.id(), 'hubs', hub.id]
      : ['/networks', this.id()];
  });
  protected readonly meetingKindInWords = meetingKindInWords;
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    // Fill the form once with the meeting being changed.
    effect(() => {
      if (this.existing.hasValue()) {
        const meeting = this.existing.value();
        untracked(() => this.fillFrom(meeting));
      }
    });
    // A hub's lead schedules a meeting of their hub; a network lead coming from a hub's page starts with that hub.
    effect(() => {
      if (this.isEdit() || !this.network.hasValue()) return;
      const hubId = this.schedulesAsHubLead()
        ? (this.fixedHub()?.id ?? '')
        : this.hubFromAddress()?.id;
      if (hubId === undefined) return;
      untracked(() => this.form.patchValue({ kind: 'hub', hubId }));
    });
  }

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
    const { problems, meeting } = this.read();
    this.problems.set(problems);
    if (!meeting) return;
    if (this.isEdit() && this.existing.hasValue())
      this.saveChanges(this.existing.value(), meeting);
    else this.schedule(meeting);
  }

  private schedule(meeting: CreateMeetingDto): void {
    const networkId = this.id();
    if (!networkId) return;
    this.saving.set(true);
    this.api.createMeeting(networkId, meeting).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/networks', 'meetings', created.id])
          .then(() => this.notifier.confirm('The meeting has been scheduled.')),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private saveChanges(current: MeetingDetail, wanted: CreateMeetingDto): void {
    const changes = changesBetween(current, wanted);
    if (Object.keys(changes).length === 0) {
      void this.router
        .navigate(['/networks', 'meetings', current.id])
        .then(() => this.notifier.confirm('You did not change anything.'));
      return;
    }
    this.saving.set(true);
    this.api.updateMeeting(current.id, changes).subscribe({
      next: (updated) =>
        void this.router
          .navigate(['/networks', 'meetings', updated.id])
          .then(() =>
            this.notifier.confirm(
              'Your changes to the meeting have been saved.',
            ),
          ),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  /** The API's own words, like "This meeting has been cancelled and can no longer be changed." */
  private showApiProblems(error: unknown): void {
    this.saving.set(false);
    this.problems.set(problemMessagesOf(error).map((message) => ({ message })));
  }

  private fillFrom(meeting: MeetingDetail): void {
    const day = londonDayOf(meeting.startsAt);
    this.form.patchValue({
      kind: meeting.kind,
      hubId: meeting.hubId ?? '',
      title: meeting.title,
      date: [
        day.getFullYear(),
        String(day.getMonth() + 1).padStart(2, '0'),
        String(day.getDate()).padStart(2, '0'),
      ].join('-'),
      startTime: londonClockTimeOf(meeting.startsAt),
      endTime: londonClockTimeOf(meeting.endsAt),
      venue: meeting.venue ?? '',
      address: meeting.address ?? '',
      onlineUrl: meeting.onlineUrl ?? '',
      agenda: meeting.agenda,
    });
  }

  /**
   * A new meeting starts in the future, and so does one moved to another time before it has started.
   * The time of a meeting that has already started can be corrected.
   */
  private mustStartInFuture(
    current: MeetingDetail | undefined,
    startsAt: Date,
  ): boolean {
    if (!current) return true;
    const before = Date.parse(current.startsAt);
    return startsAt.getTime() !== before && before > this.clock.now().getTime();
  }

  private read(): { problems: FormProblem[]; meeting?: CreateMeetingDto } {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    // A meeting's kind and hub are chosen when it is scheduled, and stay.
    const current =
      this.isEdit() && this.existing.hasValue()
        ? this.existing.value()
        : undefined;
    if (value.kind === '')
      problems.push({
        fieldId: KIND_FIELD_ID,
        message: 'Choose a national or a hub meeting',
      });
    if (
      !current &&
      value.kind === 'hub' &&
      !this.hubChoices().some((hub) => hub.id === value.hubId)
    )
      problems.push({
        fieldId: 'meeting-hub',
        message: 'Choose the hub that meets',
      });
    const title = value.title.trim();
    if (title === '')
      problems.push({ fieldId: 'meeting-title', message: 'Enter a title' });
    else if (title.length > MEETING_TITLE_MAX_LENGTH)
      problems.push({
        fieldId: 'meeting-title',
        message: `The title must be ${MEETING_TITLE_MAX_LENGTH} characters or fewer`,
      });

    const day = DAY.exec(value.date);
    if (!day)
      problems.push({
        fieldId: 'meeting-date',
        message: 'Enter the date of the meeting',
      });
    const start = parseClockTime(value.startTime);
    if (!start)
      problems.push({
        fieldId: 'meeting-start',
        message: 'Enter the start time as a time of day, like 4pm or 16:00',
      });
    const end = parseClockTime(value.endTime);
    if (!end)
      problems.push({
        fieldId: 'meeting-end',
        message: 'Enter the end time as a time of day, like 5pm or 17:00',
      });
    let startsAt: Date | null = null;
    let endsAt: Date | null = null;
    if (day && start && end) {
      const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
      startsAt = londonInstant(date, start);
      endsAt = londonInstant(date, end);
      if (!startsAt || !endsAt)
        problems.push({
          fieldId: 'meeting-start',
          message:
            'That time does not exist on that day, because the clocks go forward',
        });
      else if (
        this.mustStartInFuture(current, startsAt) &&
        startsAt.getTime() <= this.clock.now().getTime()
      )
        problems.push({
          fieldId: 'meeting-date',
          message: 'The meeting must start in the future',
        });
      else if (endsAt.getTime() <= startsAt.getTime())
        problems.push({
          fieldId: 'meeting-end',
          message: 'The end time must be after the start time',
        });
    }

    const venue = value.venue.trim();
    const onlineUrl = value.onlineUrl.trim();
    if (value.kind === 'hub' && venue === '')
      problems.push({
        fieldId: 'meeting-venue',
        message: 'Enter where the hub meets',
      });
    if (
      (value.kind === 'national' || onlineUrl !== '') &&
      !HTTPS_URL.test(onlineUrl)
    )
      problems.push({
        fieldId: 'meeting-online-url',
        message: 'Enter the joining link, starting https://',
      });
    const agenda = value.agenda.trim();
    if (agenda.length > MEETING_TEXT_MAX_LENGTH)
      problems.push({
        fieldId: 'meeting-agenda',
        message: `The agenda must be ${MEETING_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });

    if (problems.length > 0 || value.kind === '' || !startsAt || !endsAt)
      return { problems };
    const address = value.address.trim();
    return {
      problems,
      meeting: {
        kind: value.kind,
        ...(value.kind === 'hub' && !current && { hubId: value.hubId }),
        title,
        startsAt: toApiTime(startsAt),
        endsAt: toApiTime(endsAt),
        ...(venue && { venue }),
        ...(address && { address }),
        ...(onlineUrl && { onlineUrl }),
        ...(agenda && { agenda }),
      },
    };
  }
}

/** Only what changed, as the API takes it. */
function changesBetween(
  current: MeetingDetail,
  wanted: CreateMeetingDto,
): UpdateMeetingDto {
  const changes: UpdateMeetingDto = {};
  if (wanted.title !== current.title) changes.title = wanted.title;
  if (Date.parse(wanted.startsAt) !== Date.parse(current.startsAt))
    changes.startsAt = wanted.startsAt;
  if (Date.parse(wanted.endsAt) !== Date.parse(current.endsAt))
    changes.endsAt = wanted.endsAt;
  if (current.kind === 'hub') {
    if ((wanted.venue ?? '') !== (current.venue ?? ''))
      changes.venue = wanted.venue;
    if ((wanted.address ?? '') !== (current.address ?? ''))
      changes.address = wanted.address ?? '';
  } else if ((wanted.onlineUrl ?? '') !== (current.onlineUrl ?? '')) {
    changes.onlineUrl = wanted.onlineUrl;
  }
  if ((wanted.agenda ?? '') !== current.agenda)
    changes.agenda = wanted.agenda ?? '';
  return changes;
}
