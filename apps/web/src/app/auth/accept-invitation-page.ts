import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
} from '@alliance/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { ApiClient } from '../core/api/api-client';
import { httpStatusOf, problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';

/** Someone followed the link in their invitation email: they choose a password and are signed in. */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    RouterLink,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  templateUrl: './accept-invitation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  /** Route parameter: the secret token from the invitation link. */
  readonly token = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly invitation = rxResource({
    params: () => this.token(),
    stream: ({ params: token }) => this.api.previewInvitation(token),
  });
  protected readonly linkNotValid = computed(
    () => httpStatusOf(this.invitation.error()) === 404,
  );
  protected readonly heading = computed(() => {
    if (this.linkNotValid())
      return 'This invitation link is not valid or has expired';
    return this.invitation.hasValue()
      ? `Join ${this.invitation.value().organisationName} on Alliance`
      : 'Accept your invitation';
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      '',
      [Validators.required, Validators.maxLength(PERSON_NAME_MAX_LENGTH)],
    ],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirmPassword: ['', Validators.required],
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly submitting = signal(false);

  constructor() {
    // Start from the name the inviter typed; the person may correct it.
    effect(() => {
      if (!this.invitation.hasValue()) return;
      const name = this.form.controls.name;
      if (!name.dirty && name.value === '')
        name.setValue(this.invitation.value().name);
    });
  }

  protected submit(): void {
    if (this.submitting()) return;
    const problems = this.validationProblems();
    this.problems.set(problems);
    if (problems.length > 0) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { name, password } = this.form.getRawValue();
    this.api
      .acceptInvitation(this.token(), { name: name.trim(), password })
      .subscribe({
        next: (user) => {
          this.session.startSession(user);
          void this.router
            .navigateByUrl('/')
            .then(() =>
              this.notifier.confirm(`Welcome to Alliance, ${user.name}.`),
            );
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  private validationProblems(): FormProblem[] {
    const { name, password, confirmPassword } = this.form.controls;
    const problems: FormProblem[] = [];
    if (name.value.trim() === '')
      problems.push({ fieldId: 'name', message: 'Enter your full name' });
    else if (name.hasError('maxlength'))
      problems.push({
        fieldId: 'name',
        message: `Your name must be ${PERSON_NAME_MAX_LENGTH} characters or fewer`,
      });
    if (password.hasError('required'))
      problems.push({ fieldId: 'password', message: 'Enter a password' });
    else if (password.hasError('minlength'))
      problems.push({
        fieldId: 'password',
        message: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters`,
      });
    else if (password.hasError('maxlength')) {
      problems.push({
        fieldId: 'password',
        message: `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
      });
    }
    if (confirmPassword.hasError('required')) {
      problems.push({
        fieldId: 'confirm-password',
        message: 'Enter your password again',
      });
    } else if (confirmPassword.value !== password.value) {
      problems.push({
        fieldId: 'confirm-password',
        message: 'The passwords do not match',
      });
      confirmPassword.setErrors({ mismatch: true });
    }
    return problems;
  }
}
