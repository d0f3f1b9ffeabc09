import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { of } from 'rxjs';
import { REFLECTION_MAX_LENGTH } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';

/** An ECT's private reflection on a session they have been to, shared with their mentor only if they choose. */
@Component({
  selector: 'app-reflection-form',
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
  template: `
    @if (existing.isLoading() && hasReflection()) {
      <app-loading-indicator label="Loading your reflection…" />
    } @else if (existing.error()) {
      <app-load-error
        [error]="existing.error()"
        heading="Sorry, we could not load your reflection"
        (retry)="existing.reload()"
      />
    } @else {
      <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <app-error-summary [problems]="problems()" />
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          class="form__field form__field--wide"
        >
          <mat-label>Your reflection on {{ topic() }}</mat-label>
          <textarea
            matInput
            [id]="fieldId()"
            formControlName="text"
            rows="4"
            [attr.maxlength]="maxLength"
          ></textarea>
          <mat-hint
            >What went well, what you will try next. Up to
            {{ maxLength }} characters ({{
              form.controls.text.value.length
            }}
            used).</mat-hint
          >
          @if (form.controls.text.touched && form.controls.text.invalid) {
            <mat-error>Write your reflection</mat-error>
          }
        </mat-form-field>
        <mat-checkbox
          formControlName="sharedWithMentor"
          [id]="fieldId() + '-share'"
          >Share this reflection with my mentor</mat-checkbox
        >
        <p class="hint">
          Your reflection is private. Only you can read it, unless you tick this
          box: then your mentor can read it too. Your headteacher, the
          facilitator and other schools never see it. You can change this at any
          time.
        </p>
        <div class="button-row">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ saving() ? 'Please wait…' : 'Save my reflection' }}
          </button>
          @if (savedMessage()) {
            <span role="status">{{ savedMessage() }}</span>
          }
        </div>
      </form>
    }
  `,
})
export class ReflectionForm {
  readonly sessionId = input.required<string>();
  readonly topic = input.required<string>();
  /** Loads the earlier text only when there is one, so a first reflection costs no request. */
  readonly hasReflection = input(false);

  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly maxLength = REFLECTION_MAX_LENGTH;
  protected readonly fieldId = () => `reflection-${this.sessionId()}`;
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(REFLECTION_MAX_LENGTH),
      ],
    }),
    sharedWithMentor: new FormControl(false, { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly savedMessage = signal('');

  protected readonly existing = rxResource({
    params: () => ({ id: this.sessionId(), has: this.hasReflection() }),
    stream: ({ params }) =>
      params.has ? this.api.getReflection(params.id) : of(null),
  });

  constructor() {
    // Puts the earlier reflection in the form once it arrives, for the ECT to rewrite.
    effect(() => {
      const earlier = this.existing.hasValue() ? this.existing.value() : null;
      if (earlier)
        this.form.setValue({
          text: earlier.text,
          sharedWithMentor: earlier.sharedWithMentor,
        });
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.savedMessage.set('');
    const text = this.form.controls.text.value.trim();
    if (!text) {
      this.form.controls.text.markAsTouched();
      this.problems.set([
        { fieldId: this.fieldId(), message: 'Write your reflection' },
      ]);
      return;
    }
    this.saving.set(true);
    this.problems.set([]);
    const sharedWithMentor = this.form.controls.sharedWithMentor.value;
    this.api
      .writeReflection(this.sessionId(), { text, sharedWithMentor })
      .subscribe({
        next: () => {
          this.saving.set(false);
          const message = sharedWithMentor
            ? 'Your reflection has been saved. Your mentor can read it.'
            : 'Your reflection has been saved. Only you can read it.';
          this.savedMessage.set(message);
          this.notifier.confirm(message);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }
}
