import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  isDevMode,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  apiMessagesOf,
  fallbackMessage,
  httpStatusOf,
} from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { safeReturnUrl } from './return-url';

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    RouterLink,
    ErrorSummary,
  ],
  templateUrl: './sign-in-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  /** Query parameter: the page to return to, set when a signed-out person tried to open it. */
  readonly returnUrl = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly submitting = signal(false);
  protected readonly showDevMailbox = isDevMode();

  protected submit(): void {
    if (this.submitting()) return;
    const problems = this.validationProblems();
    this.problems.set(problems);
    if (problems.length > 0) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    this.session.signIn({ email: email.trim(), password }).subscribe({
      next: () =>
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
      error: (error: unknown) => {
        this.submitting.set(false);
        this.problems.set(signInProblems(error));
      },
    });
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  private validationProblems(): FormProblem[] {
    const { email, password } = this.form.controls;
    const problems: FormProblem[] = [];
    if (email.hasError('required'))
      problems.push({ fieldId: 'email', message: 'Enter your email address' });
    else if (email.hasError('email')) {
      problems.push({
        fieldId: 'email',
        message:
          'Enter an email address in the correct format, like name@example.org',
      });
    }
    if (password.hasError('required'))
      problems.push({ fieldId: 'password', message: 'Enter your password' });
    return problems;
  }
}

function signInProblems(error: unknown): FormProblem[] {
  const status = httpStatusOf(error);
  const [apiMessage] = apiMessagesOf(error);
  if (status === 401)
    return [
      { message: apiMessage ?? 'Your email address or password is incorrect' },
    ];
  if (status === 429)
    return [
      {
        message:
          apiMessage ?? 'Too many attempts. Wait 15 minutes and try again.',
      },
    ];
  if (status === 400 && apiMessage)
    return apiMessagesOf(error).map((message) => ({ message }));
  return [{ message: fallbackMessage(status) }];
}
