import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type {
  OrganisationRole,
  PersonInvitationView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ORGANISATION_ROLES, ROLE_LABELS, rolesInWords } from './role-labels';

type RoleChoices = Record<OrganisationRole, FormControl<boolean>>;

/** The error summary links to the first checkbox of the roles. */
const ROLES_FIELD_ID = `invite-role-${ORGANISATION_ROLES[0]}-input`;

/** For a CEO or headteacher: pending invitations to colleagues, and a form to invite one more. */
@Component({
  selector: 'app-person-invitations',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  templateUrl: './person-invitations.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonInvitations {
  readonly organisationId = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly rolesFieldId = ROLES_FIELD_ID;
  protected readonly roleOptions = ORGANISATION_ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
  }));
  protected readonly invitations = rxResource({
    params: () => this.organisationId(),
    stream: ({ params: organisationId }) =>
      this.api.listPersonInvitations(organisationId),
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
    roles: new FormGroup(
      Object.fromEntries(
        ORGANISATION_ROLES.map((role) => [
          role,
          new FormControl(false, { nonNullable: true }),
        ]),
      ) as RoleChoices,
    ),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  protected rolesOf(invitation: PersonInvitationView): string {
    return rolesInWords(invitation.roles);
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected invite(): void {
    if (this.sending()) return;
    const problems = this.validationProblems();
    this.problems.set(problems);
    if (problems.length > 0) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, email } = this.form.getRawValue();
    const roles = this.chosenRoles();
    this.sending.set(true);
    this.api
      .invitePerson(this.organisationId(), {
        name: name.trim(),
        email: email.trim(),
        roles,
      })
      .subscribe({
        next: (invitation) => {
          this.sending.set(false);
          this.form.reset();
          this.invitations.update((list) => [
            invitation,
            ...(list ?? []).filter((other) => other.id !== invitation.id),
          ]);
          this.notifier.confirm(
            `An invitation has been sent to ${invitation.email}.`,
          );
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }

  protected withdraw(invitation: PersonInvitationView): void {
    confirmThen(this.dialog, {
      title: 'Withdraw the invitation',
      paragraphs: [
        `${invitation.name} (${invitation.email}) will no longer be able to use the link in their invitation email.`,
        'You can invite them again later.',
      ],
      confirmLabel: 'Withdraw the invitation',
      action: () => this.api.withdrawPersonInvitation(invitation.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.invitations.update((list) =>
        (list ?? []).filter((other) => other.id !== invitation.id),
      );
      this.notifier.confirm(
        `The invitation to ${invitation.name} has been withdrawn.`,
      );
    });
  }

  private chosenRoles(): OrganisationRole[] {
    const choices = this.form.controls.roles.getRawValue();
    return ORGANISATION_ROLES.filter((role) => choices[role]);
  }

  private validationProblems(): FormProblem[] {
    const { name, email } = this.form.controls;
    const problems: FormProblem[] = [];
    if (name.value.trim() === '')
      problems.push({
        fieldId: 'invite-name',
        message: 'Enter the person’s full name',
      });
    else if (name.hasError('maxlength'))
      problems.push({
        fieldId: 'invite-name',
        message: 'The name must be 120 characters or fewer',
      });
    if (email.value.trim() === '')
      problems.push({
        fieldId: 'invite-email',
        message: 'Enter their email address',
      });
    else if (email.invalid) {
      problems.push({
        fieldId: 'invite-email',
        message:
          'Enter an email address in the correct format, like name@example.org',
      });
    }
    if (this.chosenRoles().length === 0) {
      problems.push({
        fieldId: ROLES_FIELD_ID,
        message: 'Choose at least one role',
      });
    }
    return problems;
  }
}
