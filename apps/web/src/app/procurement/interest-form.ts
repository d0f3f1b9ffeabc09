import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  NEED_NOTES_MAX_LENGTH,
  type ExpressInterestDto,
  type NeedDetail,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { apiProblemsFor } from './form-answers';
import { penceToPoundsText, poundsToPence } from './money';

const API_FIELDS = [
  { fieldId: 'interest-value', words: /value/i },
  { fieldId: 'interest-notes', words: /notes/i },
] as const;

/** Another member joins a need with some of its schools, updates what it said, or withdraws. */
@Component({
  selector: 'app-interest-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interest-form.html',
})
export class InterestForm {
  readonly need = input.required<NeedDetail>();
  /** The organisation's interest was saved or withdrawn: the need should be read again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly organisation = rxResource({
    params: () => this.session.user()?.organisationId,
    stream: ({ params: organisationId }) =>
      this.api.getOrganisation(organisationId),
  });
  protected readonly schools = computed(() =>
    this.organisation.hasValue() ? this.organisation.value().schools : [],
  );
  protected readonly hasInterest = computed(
    () => this.need().myInterest !== null,
  );
  protected readonly form = new FormGroup({
    value: new FormControl('', { nonNullable: true }),
    notes: new FormControl('', { nonNullable: true }),
  });
  protected readonly chosenSchools = signal<ReadonlySet<string>>(new Set());
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    // Start from what the organisation said before, if it has joined.
    effect(() => {
      const interest = this.need().myInterest;
      untracked(() => {
        this.form.setValue({
          value: penceToPoundsText(interest?.estimatedValuePence ?? null),
          notes: interest?.notes ?? '',
        });
        this.chosenSchools.set(
          new Set(interest?.schools.map((school) => school.id) ?? []),
        );
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

  protected schoolChosen(schoolId: string): boolean {
    return this.chosenSchools().has(schoolId);
  }

  protected chooseSchool(schoolId: string, chosen: boolean): void {
    const next = new Set(this.chosenSchools());
    if (chosen) next.add(schoolId);
    else next.delete(schoolId);
    this.chosenSchools.set(next);
  }

  protected schoolsLinkId(): string {
    const first = this.schools()[0];
    return first ? `interest-school-${first.id}-input` : 'interest-value';
  }

  protected save(): void {
    if (this.saving()) return;
    const interest = this.read();
    if (!interest) return;
    const updating = this.hasInterest();
    this.saving.set(true);
    this.api.expressInterest(this.need().id, interest).subscribe({
      next: () => {
        this.saving.set(false);
        this.notifier.confirm(
          updating
            ? 'Your organisation’s interest has been updated.'
            : `Your organisation has joined ${this.need().title}. ${this.need().organisationName} can now see your interest.`,
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          apiProblemsFor(problemMessagesOf(error), [
            ...API_FIELDS,
            { fieldId: this.schoolsLinkId(), words: /school/i },
          ]),
        );
      },
    });
  }

  protected withdraw(): void {
    const need = this.need();
    confirmThen(this.dialog, {
      title: 'Withdraw your organisation’s interest?',
      paragraphs: [
        `${need.organisationName} will no longer see your organisation as interested in ${need.title}.`,
        'You can join again while the need is open.',
      ],
      confirmLabel: 'Yes, withdraw',
      dismissLabel: 'Stay interested',
      action: () => this.api.withdrawInterest(need.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm('Your organisation’s interest has been withdrawn.');
      this.changed.emit();
    });
  }

  private read(): ExpressInterestDto | null {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    const schoolIds = this.schools()
      .map((school) => school.id)
      .filter((id) => this.chosenSchools().has(id));
    if (this.schools().length > 0 && schoolIds.length === 0)
      problems.push({
        fieldId: this.schoolsLinkId(),
        message: 'Choose at least one of your schools',
      });
    let estimatedValuePence: number | undefined;
    if (value.value.trim() !== '') {
      const reading = poundsToPence(value.value);
      if (reading.error !== undefined)
        problems.push({ fieldId: 'interest-value', message: reading.error });
      else estimatedValuePence = reading.pence;
    }
    const notes = value.notes.trim();
    if (notes.length > NEED_NOTES_MAX_LENGTH)
      problems.push({
        fieldId: 'interest-notes',
        message: `Notes must be ${NEED_NOTES_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    this.problems.set(problems);
    if (problems.length > 0) return null;
    return {
      schoolIds,
      ...(estimatedValuePence !== undefined ? { estimatedValuePence } : {}),
      ...(notes ? { notes } : {}),
    };
  }
}
