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
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
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
  NEED_DESCRIPTION_MAX_LENGTH,
  NEED_TITLE_MAX_LENGTH,
  PROCUREMENT_CATEGORIES,
  PROCUREMENT_CATEGORY_LABELS,
  ROUTES_TO_MARKET,
  type CreateNeedDto,
  type NeedDetail,
  type ProcurementCategory,
  type RouteToMarket,
  type UpdateNeedDto,
} from '@alliance/contracts';
import { enGB } from 'date-fns/locale/en-GB';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import {
  PROCUREMENT_DATE_FORMATS,
  apiProblemsFor,
  readPlainDate,
  readPounds,
  readText,
} from './form-answers';
import { penceToPoundsText } from './money';
import { fromPlainDate, londonToday } from '../shared/plain-date';
import { ROUTE_TO_MARKET_LABELS } from './procurement-labels';

/** The error summary links to the first radio button of the route to market. */
const ROUTE_FIELD_ID = `need-route-${ROUTES_TO_MARKET[0]}-input`;
const SCHOOLS_FIELD_ID = 'need-schools';

/** Which field each of the API's messages is about, by its words. */
const API_FIELDS = [
  { fieldId: 'need-alliance', words: /alliance/i },
  { fieldId: 'need-title', words: /title/i },
  { fieldId: 'need-category', words: /category/i },
  { fieldId: 'need-description', words: /description/i },
  { fieldId: 'need-value', words: /annual value/i },
  { fieldId: 'need-contract-end', words: /contract end date/i },
  { fieldId: 'need-closing-date', words: /closing date/i },
  { fieldId: SCHOOLS_FIELD_ID, words: /school/i },
  { fieldId: ROUTE_FIELD_ID, words: /route to market/i },
] as const;

type Intent = 'draft' | 'open';

interface Reading {
  problems: FormProblem[];
  need?: CreateNeedDto;
}

/**
 * Post a need (business managers and chief executives), or change one (route parameter `id`).
 * Amounts are typed in pounds and sent in exact pence; dates are sent as calendar dates, "2027-03-31".
 */
@Component({
  selector: 'app-need-form-page',
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
    provideDateFnsAdapter(PROCUREMENT_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ],
  templateUrl: './need-form-page.html',
  styleUrl: './need-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedFormPage {
  /** Route parameter: the need to change; absent when posting one. */
  readonly id = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly isEdit = computed(() => Boolean(this.id()));
  protected readonly titleMaxLength = NEED_TITLE_MAX_LENGTH;
  protected readonly routeFieldId = ROUTE_FIELD_ID;
  protected readonly schoolsFieldId = SCHOOLS_FIELD_ID;
  protected readonly today = fromPlainDate(londonToday(this.clock.now()));
  protected readonly categoryOptions = PROCUREMENT_CATEGORIES.map(
    (category) => ({
      value: category,
      label: PROCUREMENT_CATEGORY_LABELS[category],
    }),
  );
  protected readonly routeOptions = ROUTES_TO_MARKET.map((route) => ({
    value: route,
    label: ROUTE_TO_MARKET_LABELS[route],
  }));

  /** When changing a need: the need as it is now. */
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params: needId }) => this.api.getNeed(needId),
  });
  /** When posting: the alliances the need can be for. */
  protected readonly alliances = rxResource({
    params: () => (this.id() ? undefined : true),
    stream: () => this.api.listAlliances().pipe(map((page) => page.items)),
  });
  /** The schools of the person's own organisation, to choose those in scope. */
  protected readonly organisation = rxResource({
    params: () => this.session.user()?.organisationId,
    stream: ({ params: organisationId }) =>
      this.api.getOrganisation(organisationId),
  });
  protected readonly schools = computed(() =>
    this.organisation.hasValue() ? this.organisation.value().schools : [],
  );
  protected readonly ready = computed(
    () =>
      this.organisation.hasValue() &&
      (this.isEdit() ? this.existing.hasValue() : this.alliances.hasValue()),
  );
  protected readonly loadError = computed(
    () =>
      (this.isEdit() ? this.existing.error() : this.alliances.error()) ??
      this.organisation.error(),
  );

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    category: new FormControl<ProcurementCategory | ''>('', {
      nonNullable: true,
    }),
    description: new FormControl('', { nonNullable: true }),
    value: new FormControl('', { nonNullable: true }),
    contractEndDate: new FormControl<Date | null>(null),
    closingDate: new FormControl<Date | null>(null),
    schoolIds: new FormControl<string[]>([], { nonNullable: true }),
    routeToMarket: new FormControl<RouteToMarket>('undecided', {
      nonNullable: true,
    }),
  });
  protected readonly chosenSchools = signal<ReadonlySet<string>>(new Set());
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal<Intent | 'changes' | null>(null);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    // Fill the form once with the need being changed, or choose the only alliance there is.
    effect(() => {
      if (this.existing.hasValue()) {
        const need = this.existing.value();
        untracked(() => this.fillFrom(need));
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

  protected reload(): void {
    if (this.isEdit()) this.existing.reload();
    else this.alliances.reload();
    this.organisation.reload();
  }

  protected schoolChosen(schoolId: string): boolean {
    return this.chosenSchools().has(schoolId);
  }

  protected chooseSchool(schoolId: string, chosen: boolean): void {
    const next = new Set(this.chosenSchools());
    if (chosen) next.add(schoolId);
    else next.delete(schoolId);
    this.chosenSchools.set(next);
  }

  /** The id of the first school's checkbox, for the error summary's link. */
  protected schoolsLinkId(): string {
    const first = this.schools()[0];
    return first ? `need-school-${first.id}-input` : SCHOOLS_FIELD_ID;
  }

  protected save(intent: Intent): void {
    if (this.saving()) return;
    const reading = this.read(intent);
    this.problems.set(reading.problems);
    if (!reading.need) return;
    if (this.isEdit() && this.existing.hasValue())
      this.saveChanges(this.existing.value(), reading.need);
    else this.post(reading.need, intent);
  }

  private post(need: CreateNeedDto, intent: Intent): void {
    this.saving.set(intent);
    this.api.createNeed({ ...need, status: intent }).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/procurement', created.id])
          .then(() =>
            this.notifier.confirm(
              intent === 'open'
                ? 'Your need has been published. Other organisations in your alliance can now see it and join in.'
                : 'Your need has been saved as a draft. Only your organisation can see it until you publish it.',
            ),
          ),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private saveChanges(current: NeedDetail, wanted: CreateNeedDto): void {
    const changes = changesBetween(current, wanted);
    if (Object.keys(changes).length === 0) {
      void this.router
        .navigate(['/procurement', current.id])
        .then(() => this.notifier.confirm('You did not change anything.'));
      return;
    }
    this.saving.set('changes');
    this.api.updateNeed(current.id, changes).subscribe({
      next: () =>
        void this.router
          .navigate(['/procurement', current.id])
          .then(() => this.notifier.confirm('Your changes have been saved.')),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private showApiProblems(error: unknown): void {
    this.saving.set(null);
    const fields = API_FIELDS.map((field) =>
      field.fieldId === SCHOOLS_FIELD_ID
        ? { ...field, fieldId: this.schoolsLinkId() }
        : field,
    );
    this.problems.set(apiProblemsFor(problemMessagesOf(error), fields));
  }

  private fillFrom(need: NeedDetail): void {
    this.form.patchValue({
      allianceId: need.allianceId,
      title: need.title,
      category: need.category,
      description: need.description,
      value: penceToPoundsText(need.estimatedAnnualValuePence),
      contractEndDate: fromPlainDate(need.contractEndDate),
      closingDate: fromPlainDate(need.closingDate),
      routeToMarket: need.routeToMarket,
    });
    this.chosenSchools.set(new Set(need.schools.map((school) => school.id)));
  }

  /** Checks every answer, in the order of the page, and builds the need the API takes. */
  private read(intent: Intent): Reading {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();

    if (!this.isEdit() && value.allianceId === '')
      problems.push({
        fieldId: 'need-alliance',
        message: 'Choose the alliance the need is for',
      });
    const title = readText(
      value.title,
      'need-title',
      'Enter a title',
      `The title must be ${NEED_TITLE_MAX_LENGTH} characters or fewer`,
      NEED_TITLE_MAX_LENGTH,
      problems,
    );
    if (value.category === '')
      problems.push({
        fieldId: 'need-category',
        message: 'Choose a category',
      });
    const description = readText(
      value.description,
      'need-description',
      'Enter a description of what you need',
      `The description must be ${NEED_DESCRIPTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      NEED_DESCRIPTION_MAX_LENGTH,
      problems,
    );
    const pence = readPounds(
      value.value,
      'need-value',
      'the estimated annual value',
      problems,
    );
    const contractEndDate = readPlainDate(
      this.form.controls.contractEndDate,
      'need-contract-end',
      null,
      problems,
    );
    const closingDate = readPlainDate(
      this.form.controls.closingDate,
      'need-closing-date',
      'Enter the closing date for interest',
      problems,
    );
    const today = londonToday(this.clock.now());
    const publishing =
      (!this.isEdit() && intent === 'open') ||
      this.existing.value()?.status === 'open';
    if (closingDate !== null && publishing && closingDate < today)
      problems.push({
        fieldId: 'need-closing-date',
        message: 'The closing date must be today or in the future',
      });

    if (problems.length > 0 || pence === null || closingDate === null)
      return { problems };
    return {
      problems,
      need: {
        allianceId: value.allianceId,
        title,
        category: value.category as ProcurementCategory,
        description,
        estimatedAnnualValuePence: pence,
        ...(contractEndDate ? { contractEndDate } : {}),
        closingDate,
        schoolIds: this.schools()
          .map((school) => school.id)
          .filter((id) => this.chosenSchools().has(id)),
        routeToMarket: value.routeToMarket,
      },
    };
  }
}

/** Only what changed, so that nothing is rewritten (or audited) needlessly. */
export function changesBetween(
  current: NeedDetail,
  wanted: CreateNeedDto,
): UpdateNeedDto {
  const changes: UpdateNeedDto = {};
  if (wanted.title !== current.title) changes.title = wanted.title;
  if (wanted.category !== current.category) changes.category = wanted.category;
  if (wanted.description !== current.description)
    changes.description = wanted.description;
  if (wanted.estimatedAnnualValuePence !== current.estimatedAnnualValuePence)
    changes.estimatedAnnualValuePence = wanted.estimatedAnnualValuePence;
  if (
    wanted.contractEndDate &&
    wanted.contractEndDate !== current.contractEndDate
  )
    changes.contractEndDate = wanted.contractEndDate;
  if (wanted.closingDate !== current.closingDate)
    changes.closingDate = wanted.closingDate;
  const wantedSchools = [...(wanted.schoolIds ?? [])].sort().join();
  const currentSchools = current.schools
    .map((school) => school.id)
    .sort()
    .join();
  if (wantedSchools !== currentSchools) changes.schoolIds = wanted.schoolIds;
  if (wanted.routeToMarket !== current.routeToMarket)
    changes.routeToMarket = wanted.routeToMarket;
  return changes;
}
