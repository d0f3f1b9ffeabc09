import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
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
  EXCELLENCE_STATEMENT_MAX_LENGTH,
  type ExcellenceCandidateView,
} from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { problemMessagesOf } from '../../core/api/api-errors';
import { confirmThen } from '../../shared/confirm-dialog';
import { Notifier } from '../../shared/notifier';

/** The API's own words for a line it would refuse, so that nobody waits for a round trip to hear them. */
export function statementProblem(statement: string): string | null {
  if (statement.trim() === '')
    return 'Enter one line saying what your trust does well';
  if (/[\r\n]/.test(statement))
    return 'Write it as one line, without line breaks';
  if (statement.length > EXCELLENCE_STATEMENT_MAX_LENGTH)
    return `Keep it to one line of ${EXCELLENCE_STATEMENT_MAX_LENGTH} characters or fewer`;
  return null;
}

/** The reviewed trust's chief executive writes, rewords or withdraws the one line the alliance sees for a criterion. */
@Component({
  selector: 'app-excellence-statement-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="statement-form" (submit)="save($event)" novalidate>
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        hideRequiredMarker
        class="form__field form__field--wide"
      >
        <mat-label>Your line for the alliance</mat-label>
        <input
          #field
          matInput
          type="text"
          autocomplete="off"
          [id]="fieldId()"
          [formControl]="statement"
          [maxlength]="maxLength"
          [errorStateMatcher]="matcher"
        />
        <mat-hint
          >Say what your trust does well and what difference it makes, in one
          line.</mat-hint
        >
        <mat-hint align="end">{{ remaining() }}</mat-hint>
        @if (problem(); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <div class="button-row">
        <button mat-flat-button type="submit" [disabled]="working()">
          {{ working() ? 'Please wait…' : saveLabel()
          }}<span class="visually-hidden">
            for {{ candidate().criterionTitle }}</span
          >
        </button>
        @if (candidate().statement !== null) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="working()"
            (click)="withdraw()"
          >
            Stop sharing<span class="visually-hidden">
              {{ candidate().criterionTitle }}</span
            >
          </button>
        }
      </div>
    </form>
  `,
})
export class ExcellenceStatementForm {
  readonly reviewId = input.required<string>();
  readonly candidate = input.required<ExcellenceCandidateView>();
  /** The candidate as saved, after sharing, rewording or withdrawing. */
  readonly changed = output<ExcellenceCandidateView>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');

  protected readonly maxLength = EXCELLENCE_STATEMENT_MAX_LENGTH;
  protected readonly statement = new FormControl('', { nonNullable: true });
  private readonly typed = toSignal(this.statement.valueChanges, {
    initialValue: '',
  });
  protected readonly remaining = computed(() => {
    const left = EXCELLENCE_STATEMENT_MAX_LENGTH - this.typed().length;
    return `You have ${left} ${left === 1 ? 'character' : 'characters'} remaining`;
  });
  protected readonly fieldId = computed(
    () => `excellence-statement-${this.candidate().criterionId}`,
  );
  protected readonly saveLabel = computed(() =>
    this.candidate().statement === null
      ? 'Share with the alliance'
      : 'Save the new wording',
  );
  protected readonly problem = signal<string | null>(null);
  protected readonly working = signal(false);
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.problem() !== null,
  };

  constructor() {
    // The field starts from what the alliance sees now, and follows it after each save.
    effect(() => {
      const shared = this.candidate().statement;
      untracked(() => this.statement.setValue(shared ?? ''));
    });
  }

  protected save(event: Event): void {
    event.preventDefault();
    if (this.working()) return;
    const statement = this.statement.value.trim();
    const refused = statementProblem(statement);
    if (refused) {
      this.showProblem(refused);
      return;
    }
    const candidate = this.candidate();
    const first = candidate.statement === null;
    this.working.set(true);
    this.problem.set(null);
    this.api
      .shareExcellence(this.reviewId(), candidate.criterionId, statement)
      .subscribe({
        next: (saved) => {
          this.working.set(false);
          this.changed.emit(saved);
          this.notifier.confirm(
            first
              ? `“${saved.criterionTitle}” is now shared with the alliance.`
              : 'The new wording has been saved.',
          );
        },
        error: (error: unknown) => {
          this.working.set(false);
          this.showProblem(problemMessagesOf(error).join(' '));
        },
      });
  }

  protected withdraw(): void {
    const candidate = this.candidate();
    confirmThen(this.dialog, {
      title: 'Stop sharing this area of excellence?',
      paragraphs: [
        `Trusts in the alliance will no longer see “${candidate.statement ?? ''}” under ${candidate.criterionTitle}.`,
        'You can share it again at any time.',
      ],
      confirmLabel: 'Yes, stop sharing',
      dismissLabel: 'Go back',
      action: () =>
        this.api.withdrawExcellence(this.reviewId(), candidate.criterionId),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.problem.set(null);
      this.changed.emit({ ...candidate, statement: null, publishedAt: null });
      this.notifier.confirm(
        `“${candidate.criterionTitle}” is no longer shared with the alliance.`,
      );
    });
  }

  private showProblem(message: string): void {
    this.problem.set(message);
    this.field()?.nativeElement.focus();
  }
}
