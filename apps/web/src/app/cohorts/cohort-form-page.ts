import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
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
  COHORT_MAX_CAPACITY,
  COHORT_MAX_FACILITATORS,
  COHORT_NAME_MAX_LENGTH,
  COHORT_REGION_MAX_LENGTH,
  INDUCTION_YEARS,
  SESSION_BOOKING_MODES,
  type AlliancePersonView,
  type AllianceSummary,
  type CreateCohortDto,
  type InductionYear,
  type SessionBookingMode,
} from '@alliance/contracts';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { PersonPicker, personInWords } from '../shared/person-picker';
import {
  SESSION_BOOKING_CHOICES,
  academicYearOf,
  academicYearStartingIn,
  inductionYearInWords,
} from './cohort-labels';
import { isHubLead } from './cohort-permissions';

/** The error summary links to the first radio button of each group. */
export const COHORT_FIELD_IDS = {
  alliance: 'cohort-alliance',
  name: 'cohort-name',
  academicYear: 'cohort-academic-year-0-input',
  inductionYear: `cohort-induction-year-${INDUCTION_YEARS[0]}-input`,
  region: 'cohort-region',
  facilitatingOrganisation: 'cohort-facilitating-organisation',
  facilitators: 'cohort-facilitators',
  capacity: 'cohort-capacity',
  sessionBooking: `cohort-booking-${SESSION_BOOKING_MODES[0]}-input`,
} as const;

/** What the form says once every answer is checked: the problems, or the cohort to send. */
interface Reading {
  problems: FormProblem[];
  cohort?: CreateCohortDto;
}

/**
 * Create an ECT cohort: for an alliance's coordinator (any member may run it) and for a teaching school hub's
 * leads (their hub runs it). Facilitators may be anyone in the alliance's member organisations.
 */
@Component({
  selector: 'app-cohort-form-page',
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
    PersonPicker,
  ],
  templateUrl: './cohort-form-page.html',
  styleUrl: './cohort-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortFormPage {
  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly ids = COHORT_FIELD_IDS;
  protected readonly nameMaxLength = COHORT_NAME_MAX_LENGTH;
  protected readonly regionMaxLength = COHORT_REGION_MAX_LENGTH;
  protected readonly maxFacilitators = COHORT_MAX_FACILITATORS;
  protected readonly personInWords = personInWords;
  /** This academic year and the next: cohorts are planned for the year ahead. */
  protected readonly academicYears = (() => {
    const current = Number(academicYearOf(inject(Clock).now()).slice(0, 4));
    return [current, current + 1].map(academicYearStartingIn);
  })();
  protected readonly inductionYears = INDUCTION_YEARS.map((year) => ({
    year,
    label: inductionYearInWords(year),
  }));
  protected readonly bookingChoices = SESSION_BOOKING_MODES.map((mode) => ({
    mode,
    ...SESSION_BOOKING_CHOICES[mode],
  }));

  /** The person's own organisation: whether it is a teaching school hub decides what they may create. */
  protected readonly ownOrganisation = rxResource({
    params: () => this.session.user()?.organisationId,
    stream: ({ params }) => this.api.getOrganisation(params),
  });
  private readonly leadsHub = computed(() => {
    const user = this.session.user();
    return (
      !!user &&
      this.ownOrganisation.hasValue() &&
      isHubLead(user, this.ownOrganisation.value().kind)
    );
  });
  protected readonly allAlliances = rxResource({
    stream: () => this.api.listAlliances().pipe(map((page) => page.items)),
  });
  /** The alliances the person may create a cohort for. */
  protected readonly alliances = computed<AllianceSummary[]>(() =>
    (this.allAlliances.hasValue() ? this.allAlliances.value() : []).filter(
      (alliance) => alliance.isCoordinator || this.leadsHub(),
    ),
  );
  protected readonly ready = computed(
    () => this.ownOrganisation.hasValue() && this.allAlliances.hasValue(),
  );
  protected readonly loadError = computed(
    () => this.ownOrganisation.error() ?? this.allAlliances.error(),
  );

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    academicYear: new FormControl('', { nonNullable: true }),
    inductionYear: new FormControl<InductionYear | null>(null),
    region: new FormControl('', { nonNullable: true }),
    facilitatingOrganisationId: new FormControl('', { nonNullable: true }),
    capacity: new FormControl('', { nonNullable: true }),
    sessionBooking: new FormControl<SessionBookingMode | null>(null),
  });
  protected readonly allianceId = toSignal(
    this.form.controls.allianceId.valueChanges,
    { initialValue: '' },
  );
  protected readonly chosenAlliance = computed(() =>
    this.alliances().find((alliance) => alliance.id === this.allianceId()),
  );
  /** A coordinator chooses any active member to run the cohort; a hub lead's own hub runs it. */
  protected readonly choosesOrganisation = computed(
    () => this.chosenAlliance()?.isCoordinator ?? false,
  );
  protected readonly members = rxResource({
    params: () =>
      this.choosesOrganisation() ? this.chosenAlliance()?.id : undefined,
    stream: ({ params }) =>
      this.api
        .getAlliance(params)
        .pipe(
          map((alliance) =>
            alliance.members
              .filter((member) => member.status === 'active')
              .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
          ),
        ),
  });
  /** The facilitators chosen so far, in the order they were added. */
  protected readonly facilitators = signal<AlliancePersonView[]>([]);
  protected readonly facilitatorIds = computed(() =>
    this.facilitators().map((person) => person.id),
  );

  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    // Choose the only alliance the person can create a cohort for.
    effect(() => {
      const alliances = this.alliances();
      if (alliances.length === 1)
        untracked(() =>
          this.form.controls.allianceId.setValue(alliances[0].id),
        );
    });
    // Facilitators come from the chosen alliance's people: another alliance starts the list afresh.
    this.form.controls.allianceId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.facilitators.set([]));
  }

  protected addFacilitator(person: AlliancePersonView): void {
    this.facilitators.update((people) =>
      people.some((chosen) => chosen.id === person.id)
        ? people
        : [...people, person],
    );
  }

  protected removeFacilitator(person: AlliancePersonView): void {
    this.facilitators.update((people) =>
      people.filter((chosen) => chosen.id !== person.id),
    );
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

  protected save(): void {
    if (this.saving()) return;
    const reading = this.read();
    this.problems.set(reading.problems);
    if (!reading.cohort) return;
    this.saving.set(true);
    this.api.createCohort(reading.cohort).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/cohorts', created.id])
          .then(() =>
            this.notifier.confirm(`${created.name} has been created.`),
          ),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  /** Checks every answer, in the order of the page, and builds the cohort the API takes. */
  private read(): Reading {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    const alliance = this.chosenAlliance();
    if (!alliance)
      problems.push({
        fieldId: COHORT_FIELD_IDS.alliance,
        message: 'Choose the alliance the cohort is for',
      });

    const name = value.name.trim();
    if (name === '')
      problems.push({
        fieldId: COHORT_FIELD_IDS.name,
        message: 'Enter a name for the cohort',
      });
    else if (name.length > COHORT_NAME_MAX_LENGTH)
      problems.push({
        fieldId: COHORT_FIELD_IDS.name,
        message: `The name must be ${COHORT_NAME_MAX_LENGTH} characters or fewer`,
      });

    if (!this.academicYears.includes(value.academicYear))
      problems.push({
        fieldId: COHORT_FIELD_IDS.academicYear,
        message: 'Choose the academic year',
      });

    const inductionYear = value.inductionYear;
    if (inductionYear === null)
      problems.push({
        fieldId: COHORT_FIELD_IDS.inductionYear,
        message: 'Choose year 1 or year 2 of induction',
      });

    const region = value.region.trim();
    if (region === '')
      problems.push({
        fieldId: COHORT_FIELD_IDS.region,
        message: 'Enter the region',
      });
    else if (region.length > COHORT_REGION_MAX_LENGTH)
      problems.push({
        fieldId: COHORT_FIELD_IDS.region,
        message: `The region must be ${COHORT_REGION_MAX_LENGTH} characters or fewer`,
      });

    const facilitatingOrganisationId = this.choosesOrganisation()
      ? value.facilitatingOrganisationId
      : (this.session.user()?.organisationId ?? '');
    if (alliance && facilitatingOrganisationId === '')
      problems.push({
        fieldId: COHORT_FIELD_IDS.facilitatingOrganisation,
        message: 'Choose the organisation that runs the cohort',
      });

    const facilitatorUserIds = this.facilitatorIds();
    if (facilitatorUserIds.length > COHORT_MAX_FACILITATORS)
      problems.push({
        fieldId: COHORT_FIELD_IDS.facilitators,
        message: `Choose ${COHORT_MAX_FACILITATORS} facilitators or fewer`,
      });

    const capacity = this.readCapacity(value.capacity, problems);

    const sessionBooking = value.sessionBooking;
    if (sessionBooking === null)
      problems.push({
        fieldId: COHORT_FIELD_IDS.sessionBooking,
        message: 'Choose how ECTs get a place on sessions',
      });

    if (
      problems.length > 0 ||
      !alliance ||
      inductionYear === null ||
      capacity === null ||
      sessionBooking === null
    )
      return { problems };
    return {
      problems,
      cohort: {
        allianceId: alliance.id,
        name,
        academicYear: value.academicYear,
        inductionYear,
        region,
        facilitatingOrganisationId,
        facilitatorUserIds,
        capacity,
        sessionBooking,
      },
    };
  }

  private readCapacity(text: string, problems: FormProblem[]): number | null {
    const fieldId = COHORT_FIELD_IDS.capacity;
    const trimmed = text.trim();
    if (trimmed === '') {
      problems.push({
        fieldId,
        message: 'Enter the number of places in the cohort',
      });
      return null;
    }
    if (!/^\d+$/.test(trimmed)) {
      problems.push({
        fieldId,
        message: 'The number of places must be a whole number, like 24',
      });
      return null;
    }
    const capacity = Number(trimmed);
    if (capacity < 1 || capacity > COHORT_MAX_CAPACITY) {
      problems.push({
        fieldId,
        message: `The number of places must be between 1 and ${COHORT_MAX_CAPACITY}`,
      });
      return null;
    }
    return capacity;
  }
}
