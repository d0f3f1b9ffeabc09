import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
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
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  REVIEW_FOCUS_MAX_LENGTH,
  REVIEW_TITLE_MAX_LENGTH,
  type CreateReviewDto,
} from '@alliance/contracts';
import { enGB } from 'date-fns/locale/en-GB';
import { map, of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import {
  PROCUREMENT_DATE_FORMATS,
  apiProblemsFor,
  readPlainDate,
  readText,
} from '../procurement/form-answers';
import { fromPlainDate, londonToday } from '../shared/plain-date';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';

const API_FIELDS = [
  { fieldId: 'review-alliance', words: /alliance/i },
  { fieldId: 'review-trust', words: /trust/i },
  { fieldId: 'review-framework', words: /framework/i },
  { fieldId: 'review-title', words: /title/i },
  { fieldId: 'review-focus', words: /focus/i },
  { fieldId: 'review-visit-start', words: /first visit date/i },
  { fieldId: 'review-visit-end', words: /last visit date/i },
] as const;

/**
 * Start a review: the coordinator for any active member trust of their alliance, a chief executive for their own
 * trust. The framework, a focus for the panel to challenge, and the planned visit dates.
 */
@Component({
  selector: 'app-start-review-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
    LoadError,
    LoadingIndicator,
  ],
  providers: [
    provideDateFnsAdapter(PROCUREMENT_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ],
  templateUrl: './start-review-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartReviewPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly titleMaxLength = REVIEW_TITLE_MAX_LENGTH;
  protected readonly focusMaxLength = REVIEW_FOCUS_MAX_LENGTH;
  protected readonly today = fromPlainDate(londonToday(this.clock.now()));
  protected readonly isCoordinator = computed(
    () => this.session.coordinatedAllianceIds().length > 0,
  );
  protected readonly mayStart = computed(
    () => this.isCoordinator() || this.session.hasRole('ceo'),
  );
  protected readonly ownTrustName = computed(
    () => this.session.user()?.organisationName ?? '',
  );

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    organisationId: new FormControl('', { nonNullable: true }),
    frameworkId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    focus: new FormControl('', { nonNullable: true }),
    visitStartDate: new FormControl<Date | null>(null),
    visitEndDate: new FormControl<Date | null>(null),
  });
  private readonly allianceId = toSignal(
    this.form.controls.allianceId.valueChanges,
    { initialValue: '' },
  );

  /** The coordinator's alliances, or the chief executive's trust's alliances. */
  protected readonly alliances = rxResource({
    params: () => (this.mayStart() ? true : undefined),
    stream: () =>
      this.api
        .listAlliances()
        .pipe(
          map((page) =>
            this.isCoordinator()
              ? page.items.filter((alliance) => alliance.isCoordinator)
              : page.items,
          ),
        ),
  });
  /** For the coordinator: the alliance's active member trusts. */
  protected readonly trusts = rxResource({
    params: () =>
      this.isCoordinator() && this.allianceId() ? this.allianceId() : undefined,
    stream: ({ params: allianceId }) =>
      this.api
        .getAlliance(allianceId)
        .pipe(
          map((alliance) =>
            alliance.members.filter(
              (member) => member.kind === 'trust' && member.status === 'active',
            ),
          ),
        ),
  });
  protected readonly frameworks = rxResource({
    params: () => this.allianceId() || undefined,
    stream: ({ params: allianceId }) =>
      allianceId ? this.api.listReviewFrameworks(allianceId) : of([]),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    effect(() => {
      const alliances = this.alliances.hasValue() ? this.alliances.value() : [];
      if (alliances.length === 1)
        untracked(() =>
          this.form.controls.allianceId.setValue(alliances[0].id),
        );
    });
    // The platform's default framework is the usual choice: choose the first current one.
    effect(() => {
      const frameworks = this.frameworks.hasValue()
        ? this.frameworks.value()
        : [];
      untracked(() => {
        if (frameworks.length > 0 && !this.form.controls.frameworkId.value)
          this.form.controls.frameworkId.setValue(frameworks[0].id);
      });
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
    const problems: FormProblem[] = [];
    const review = this.read(problems);
    this.problems.set(problems);
    if (!review) return;
    this.saving.set(true);
    this.api.createReview(review).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/reviews', created.id])
          .then(() =>
            this.notifier.confirm(
              'The review has been started. Next, invite the panel.',
            ),
          ),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }

  /** Checks every answer in the order of the page. */
  private read(problems: FormProblem[]): CreateReviewDto | null {
    const value = this.form.getRawValue();
    if (!value.allianceId)
      problems.push({
        fieldId: 'review-alliance',
        message: 'Choose the alliance the review belongs to',
      });
    const organisationId = this.isCoordinator()
      ? value.organisationId
      : (this.session.user()?.organisationId ?? '');
    if (!organisationId)
      problems.push({
        fieldId: 'review-trust',
        message: 'Choose the trust to be reviewed',
      });
    if (!value.frameworkId)
      problems.push({
        fieldId: 'review-framework',
        message: 'Choose a review framework',
      });
    const title = readText(
      value.title,
      'review-title',
      'Enter a title',
      `The title must be ${REVIEW_TITLE_MAX_LENGTH} characters or fewer`,
      REVIEW_TITLE_MAX_LENGTH,
      problems,
    );
    const focus = readText(
      value.focus,
      'review-focus',
      null,
      `The focus must be ${REVIEW_FOCUS_MAX_LENGTH} characters or fewer`,
      REVIEW_FOCUS_MAX_LENGTH,
      problems,
    );
    const start = readPlainDate(
      this.form.controls.visitStartDate,
      'review-visit-start',
      'Enter the first visit date, like 15/3/2027',
      problems,
    );
    const end = readPlainDate(
      this.form.controls.visitEndDate,
      'review-visit-end',
      'Enter the last visit date, like 16/3/2027',
      problems,
    );
    if (start && end && end < start)
      problems.push({
        fieldId: 'review-visit-end',
        message: 'The last visit date must be the same as or after the first',
      });
    if (problems.length > 0 || !start || !end) return null;
    return {
      allianceId: value.allianceId,
      organisationId,
      frameworkId: value.frameworkId,
      title,
      ...(focus ? { focus } : {}),
      visitStartDate: start,
      visitEndDate: end,
    };
  }
}
