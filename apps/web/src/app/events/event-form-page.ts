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
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  type ErrorStateMatcher,
  MAT_DATE_LOCALE,
  type MatDateFormats,
} from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  EVENT_DESCRIPTION_MAX_LENGTH,
  EVENT_FORMATS,
  EVENT_HOST_ROLES,
  EVENT_MAX_SERIES_DATES,
  EVENT_TITLE_MAX_LENGTH,
  ORGANISATION_ROLES,
  ROLE_LABELS,
  type CreateEventDto,
  type EventDetail,
  type EventFormat,
  type OrganisationRole,
} from '@alliance/contracts';
import { enGB } from 'date-fns/locale/en-GB';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { Clock } from '../shared/clock';
import {
  changesBetween,
  isHttpsUrl,
  readCapacity,
  readDate,
  readTime,
  ukInstant,
} from './event-form-answers';
import { EVENT_FORMAT_LABELS } from './event-labels';
import {
  type ClockTime,
  londonClockTimeOf,
  londonDayOf,
  londonToday,
  toApiTime,
} from './london-time';

/** Dates are typed the British way ("29/3/2027") or picked from the calendar, and shown as "29 March 2027". */
const DATE_FORMATS: MatDateFormats = {
  parse: {
    dateInput: ['d/M/yyyy', 'd MMMM yyyy', 'd MMM yyyy'],
    timeInput: 'p',
  },
  display: {
    dateInput: 'd MMMM yyyy',
    timeInput: 'p',
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'EEEE d MMMM yyyy',
    monthYearA11yLabel: 'LLLL yyyy',
    timeOptionLabel: 'p',
  },
};

const VENUE_MAX_LENGTH = 200;
const ADDRESS_MAX_LENGTH = 500;
const ONLINE_URL_MAX_LENGTH = 500;
/** Bookings close at the end of the chosen day when no time is given. */
const END_OF_DAY: ClockTime = { hours: 23, minutes: 59 };

type AudienceChoices = Record<OrganisationRole, FormControl<boolean>>;

interface DatesForm {
  date: FormControl<Date | null>;
  startTime: FormControl<string>;
  endTime: FormControl<string>;
}

interface Times {
  startsAt: Date;
  endsAt: Date;
}

/** What the form says once every answer is checked: the problems, or the event to send. */
interface Reading {
  problems: FormProblem[];
  event?: CreateEventDto;
}

/** The error summary links to the first checkbox and the first radio button of their groups. */
const AUDIENCE_FIELD_ID = `event-audience-${ORGANISATION_ROLES[0]}-input`;
const FORMAT_FIELD_ID = `event-format-${EVENT_FORMATS[0]}-input`;

function datesGroup(): FormGroup<DatesForm> {
  return new FormGroup<DatesForm>({
    date: new FormControl<Date | null>(null),
    startTime: new FormControl('', { nonNullable: true }),
    endTime: new FormControl('', { nonNullable: true }),
  });
}

/**
 * Create an event (for hosts), or change one (route parameter `id`). People give times in UK time;
 * they are sent to the API in UTC, so 9:30am on 29 March 2027 (BST) becomes 08:30Z.
 */
@Component({
  selector: 'app-event-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatSelect,
    MatOption,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  providers: [
    provideDateFnsAdapter(DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ],
  templateUrl: './event-form-page.html',
  styleUrl: './event-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventFormPage {
  /** Route parameter: the event to change; absent when creating one. */
  readonly id = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly isEdit = computed(() => Boolean(this.id()));
  protected readonly titleMaxLength = EVENT_TITLE_MAX_LENGTH;
  protected readonly descriptionMaxLength = EVENT_DESCRIPTION_MAX_LENGTH;
  protected readonly maxSeriesDates = EVENT_MAX_SERIES_DATES;
  protected readonly audienceFieldId = AUDIENCE_FIELD_ID;
  protected readonly formatFieldId = FORMAT_FIELD_ID;
  protected readonly today = londonToday(this.clock.now());
  protected readonly audienceOptions = ORGANISATION_ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
  }));
  protected readonly formatOptions = EVENT_FORMATS.map((format) => ({
    format,
    label: EVENT_FORMAT_LABELS[format],
  }));

  /** When changing an event: the event as it is now. */
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params: eventId }) => this.api.getEvent(eventId),
  });
  /** When creating: the alliances the person may host events for. */
  protected readonly alliances = rxResource({
    params: () => (this.id() ? undefined : true),
    stream: () =>
      this.api
        .listAlliances()
        .pipe(
          map((page) =>
            page.items.filter(
              (alliance) =>
                alliance.isCoordinator ||
                this.session.hasRole(...EVENT_HOST_ROLES),
            ),
          ),
        ),
  });
  protected readonly ready = computed(() =>
    this.isEdit() ? this.existing.hasValue() : this.alliances.hasValue(),
  );
  protected readonly loadError = computed(() =>
    this.isEdit() ? this.existing.error() : this.alliances.error(),
  );

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    audience: new FormGroup(
      Object.fromEntries(
        ORGANISATION_ROLES.map((role) => [
          role,
          new FormControl(false, { nonNullable: true }),
        ]),
      ) as AudienceChoices,
    ),
    format: new FormControl<EventFormat | ''>('', { nonNullable: true }),
    venue: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    onlineUrl: new FormControl('', { nonNullable: true }),
    dates: datesGroup(),
    capacity: new FormControl('', { nonNullable: true }),
    deadlineDate: new FormControl<Date | null>(null),
    deadlineTime: new FormControl('', { nonNullable: true }),
    seriesDates: new FormArray<FormGroup<DatesForm>>([]),
  });
  /** The format chosen, to show the venue or the joining link fields. */
  protected readonly format = signal<EventFormat | ''>('');
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    this.form.controls.format.valueChanges.subscribe((format) =>
      this.format.set(format),
    );
    // Fill the form once with the event being changed, or choose the only alliance the person can host for.
    effect(() => {
      if (this.existing.hasValue()) {
        const event = this.existing.value();
        untracked(() => this.fillFrom(event));
      }
    });
    effect(() => {
      const alliances = this.alliances.hasValue() ? this.alliances.value() : [];
      if (alliances.length === 1)
        untracked(() =>
          this.form.controls.allianceId.setValue(alliances[0].id),
        );
    });
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  /** Shows a field as wrong exactly when the error summary lists a problem with it. */
  protected errorState(fieldId: string): ErrorStateMatcher {
    let matcher = this.matchers.get(fieldId);
    if (!matcher) {
      matcher = { isErrorState: () => this.problemFor(fieldId) !== undefined };
      this.matchers.set(fieldId, matcher);
    }
    return matcher;
  }

  protected addDateLabel(): string {
    return this.form.controls.seriesDates.length === 0
      ? 'Add a further date'
      : 'Add another date';
  }

  protected addSeriesDate(): void {
    const series = this.form.controls.seriesDates;
    if (series.length >= EVENT_MAX_SERIES_DATES) return;
    series.push(datesGroup());
  }

  protected removeSeriesDate(index: number): void {
    this.form.controls.seriesDates.removeAt(index);
    this.problems.set([]);
  }

  protected save(): void {
    if (this.saving()) return;
    const reading = this.read();
    this.problems.set(reading.problems);
    if (!reading.event) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.isEdit() && this.existing.hasValue())
      this.saveChanges(this.existing.value(), reading.event);
    else this.create(reading.event);
  }

  private create(event: CreateEventDto): void {
    this.saving.set(true);
    this.api.createEvent(event).subscribe({
      next: (created) => {
        const further = event.seriesDates?.length ?? 0;
        void this.router
          .navigate(['/events', created.id])
          .then(() =>
            this.notifier.confirm(
              further > 0
                ? `Your event and its ${further} further ${further === 1 ? 'date have' : 'dates have'} been created.`
                : 'Your event has been created.',
            ),
          );
      },
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private saveChanges(current: EventDetail, wanted: CreateEventDto): void {
    const changes = changesBetween(current, wanted);
    if (Object.keys(changes).length === 0) {
      void this.router
        .navigate(['/events', current.id])
        .then(() => this.notifier.confirm('You did not change anything.'));
      return;
    }
    this.saving.set(true);
    this.api.updateEvent(current.id, changes).subscribe({
      next: () =>
        void this.router
          .navigate(['/events', current.id])
          .then(() => this.notifier.confirm('Your changes have been saved.')),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private showApiProblems(error: unknown): void {
    this.saving.set(false);
    this.problems.set(problemMessagesOf(error).map((message) => ({ message })));
  }

  private fillFrom(event: EventDetail): void {
    this.form.patchValue({
      allianceId: event.allianceId,
      title: event.title,
      description: event.description,
      audience: Object.fromEntries(
        ORGANISATION_ROLES.map((role) => [role, event.audience.includes(role)]),
      ),
      format: event.format,
      venue: event.venue ?? '',
      address: event.address ?? '',
      onlineUrl: event.onlineUrl ?? '',
      dates: {
        date: londonDayOf(event.startsAt),
        startTime: londonClockTimeOf(event.startsAt),
        endTime: londonClockTimeOf(event.endsAt),
      },
      capacity: String(event.capacity),
      deadlineDate: event.bookingDeadline
        ? londonDayOf(event.bookingDeadline)
        : null,
      deadlineTime: event.bookingDeadline
        ? londonClockTimeOf(event.bookingDeadline)
        : '',
    });
  }

  /** Checks every answer, in the order of the page, and builds the event the API takes. */
  private read(): Reading {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    const creating = !this.isEdit();

    if (creating && value.allianceId === '')
      problems.push({
        fieldId: 'event-alliance',
        message: 'Choose the alliance the event is for',
      });

    const title = value.title.trim();
    if (title === '')
      problems.push({ fieldId: 'event-title', message: 'Enter a title' });
    else if (title.length > EVENT_TITLE_MAX_LENGTH)
      problems.push({
        fieldId: 'event-title',
        message: `The title must be ${EVENT_TITLE_MAX_LENGTH} characters or fewer`,
      });

    const description = value.description.trim();
    if (description.length > EVENT_DESCRIPTION_MAX_LENGTH)
      problems.push({
        fieldId: 'event-description',
        message: `The description must be ${EVENT_DESCRIPTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });

    const audience = ORGANISATION_ROLES.filter((role) => value.audience[role]);
    if (audience.length === 0)
      problems.push({
        fieldId: AUDIENCE_FIELD_ID,
        message: 'Choose who the event is for',
      });

    const format = value.format;
    if (format === '')
      problems.push({
        fieldId: FORMAT_FIELD_ID,
        message: 'Choose whether the event is in person or online',
      });
    const venue = value.venue.trim();
    const address = value.address.trim();
    const onlineUrl = value.onlineUrl.trim();
    if (format === 'in_person') {
      if (venue === '')
        problems.push({ fieldId: 'event-venue', message: 'Enter the venue' });
      else if (venue.length > VENUE_MAX_LENGTH)
        problems.push({
          fieldId: 'event-venue',
          message: `The venue must be ${VENUE_MAX_LENGTH} characters or fewer`,
        });
      if (address.length > ADDRESS_MAX_LENGTH)
        problems.push({
          fieldId: 'event-address',
          message: `The address must be ${ADDRESS_MAX_LENGTH} characters or fewer`,
        });
    }
    if (format === 'online') {
      if (onlineUrl === '')
        problems.push({
          fieldId: 'event-online-url',
          message: 'Enter the joining link',
        });
      else if (
        !isHttpsUrl(onlineUrl) ||
        onlineUrl.length > ONLINE_URL_MAX_LENGTH
      )
        problems.push({
          fieldId: 'event-online-url',
          message: 'Enter the joining link, starting https://',
        });
    }

    const times = this.readTimes(
      this.form.controls.dates,
      'event',
      null,
      problems,
    );
    if (times && creating && times.startsAt <= this.clock.now())
      problems.push({
        fieldId: 'event-date',
        message: 'The event must start in the future',
      });

    const capacity = readCapacity(value.capacity, problems);

    const deadline = this.readDeadline(times, problems);

    const seriesDates: Times[] = [];
    this.form.controls.seriesDates.controls.forEach((group, index) => {
      const further = this.readTimes(
        group,
        `series-${index}`,
        index + 1,
        problems,
      );
      if (!further) return;
      if (further.startsAt <= this.clock.now())
        problems.push({
          fieldId: `series-${index}-date`,
          message: `Further date ${index + 1} must be in the future`,
        });
      else seriesDates.push(further);
    });

    if (problems.length > 0 || !times || capacity === null || format === '')
      return { problems };
    return {
      problems,
      event: {
        allianceId: value.allianceId,
        title,
        description,
        audience,
        format,
        ...(format === 'in_person'
          ? { venue, ...(address ? { address } : {}) }
          : { onlineUrl }),
        startsAt: toApiTime(times.startsAt),
        endsAt: toApiTime(times.endsAt),
        capacity,
        ...(deadline ? { bookingDeadline: toApiTime(deadline) } : {}),
        ...(creating && seriesDates.length > 0
          ? {
              seriesDates: seriesDates.map((dates) => ({
                startsAt: toApiTime(dates.startsAt),
                endsAt: toApiTime(dates.endsAt),
              })),
            }
          : {}),
      },
    };
  }

  /**
   * A day and start and end times in UK time, as instants. `idPrefix` names the fields ("event", "series-0");
   * `furtherDate` numbers a further date of a series in the messages.
   */
  private readTimes(
    group: FormGroup<DatesForm>,
    idPrefix: string,
    furtherDate: number | null,
    problems: FormProblem[],
  ): Times | null {
    const of = furtherDate ? ` of further date ${furtherDate}` : '';
    const dateId = `${idPrefix}-date`;
    const day = readDate(
      group.controls.date,
      dateId,
      furtherDate
        ? `Enter the date of further date ${furtherDate}`
        : 'Enter the date of the event',
      problems,
    );

    // In the order of the page: the start time and its problems, then the end time.
    const startId = `${idPrefix}-start-time`;
    const endId = `${idPrefix}-end-time`;
    const start = readTime(
      group.controls.startTime.value,
      startId,
      `the start time${of}`,
      problems,
    );
    const startsAt =
      day && start
        ? ukInstant(day, start, startId, `start time${of}`, problems)
        : null;
    const end = readTime(
      group.controls.endTime.value,
      endId,
      `the end time${of}`,
      problems,
    );
    const endsAt =
      day && end ? ukInstant(day, end, endId, `end time${of}`, problems) : null;
    if (!startsAt || !endsAt) return null;
    if (endsAt <= startsAt) {
      problems.push({
        fieldId: endId,
        message: furtherDate
          ? `The end time of further date ${furtherDate} must be after its start time`
          : 'The end time must be after the start time',
      });
      return null;
    }
    return { startsAt, endsAt };
  }

  /** Optional. A date with no time closes bookings at the end of that day. */
  private readDeadline(
    times: Times | null,
    problems: FormProblem[],
  ): Date | null {
    const { deadlineDate, deadlineTime } = this.form.controls;
    const hasDate =
      deadlineDate.value !== null ||
      deadlineDate.hasError('matDatepickerParse');
    if (!hasDate) {
      if (deadlineTime.value.trim() !== '')
        problems.push({
          fieldId: 'event-deadline-date',
          message: 'Enter the date bookings close, or clear the time',
        });
      return null;
    }
    const day = readDate(
      deadlineDate,
      'event-deadline-date',
      'Enter the date bookings close',
      problems,
    );
    const time =
      deadlineTime.value.trim() === ''
        ? END_OF_DAY
        : readTime(
            deadlineTime.value,
            'event-deadline-time',
            'the time bookings close',
            problems,
          );
    if (!day || !time) return null;
    const deadline = ukInstant(
      day,
      time,
      'event-deadline-time',
      'closing time',
      problems,
    );
    if (!deadline) return null;
    if (times && deadline > times.startsAt) {
      problems.push({
        fieldId: 'event-deadline-date',
        message: 'Bookings must close before the event starts',
      });
      return null;
    }
    return deadline;
  }
}
