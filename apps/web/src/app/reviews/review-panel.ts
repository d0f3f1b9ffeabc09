import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  PANEL_ELIGIBLE_ROLES,
  PANEL_MAX_REVIEWERS,
  type AlliancePersonView,
  type PanelMemberView,
  type PanelRole,
  type ReviewDetail,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { Notifier } from '../shared/notifier';
import { PersonPicker } from '../shared/person-picker';

const STATUS_LABELS: Record<PanelMemberView['status'], string> = {
  invited: 'Invited, not answered yet',
  accepted: 'Accepted',
  declined: 'Declined',
};

const PERSON_FIELD_ID = 'panel-person';

/**
 * The panel: a lead and up to four reviewers, each with their answer. The reviewed trust's chief executive invites
 * and removes members until the visit starts, choosing among the chief executives and governors of the alliance's
 * other trusts.
 */
@Component({
  selector: 'app-review-panel',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatRadioGroup,
    MatRadioButton,
    ErrorSummary,
    PersonPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (review().panel.length > 0) {
      <ul class="plain-list panel-list">
        @for (member of review().panel; track member.id) {
          <li class="panel-member">
            <div>
              <strong>{{ member.name }}</strong
              >,
              {{ member.role === 'lead' ? 'lead reviewer' : 'reviewer' }}
              <br />
              <span class="hint">{{ member.organisationName }}</span>
            </div>
            <span class="tag">{{ statusLabel(member) }}</span>
            @if (mayChange()) {
              <button mat-button type="button" (click)="remove(member)">
                Remove<span class="visually-hidden"> {{ member.name }}</span>
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="empty-state">Nobody has been invited to the panel yet.</p>
    }

    @if (mayChange()) {
      <h3 class="heading-s" id="invite-heading">Invite someone to the panel</h3>
      <p class="hint">
        A chief executive or governor of another trust in your alliance. They
        will be asked to accept. A panel has one lead reviewer and up to
        {{ maxReviewers }} reviewers.
      </p>
      <app-error-summary [problems]="problems()" />
      <form
        class="form"
        [formGroup]="form"
        (ngSubmit)="invite()"
        aria-labelledby="invite-heading"
        novalidate
      >
        <app-person-picker
          formControlName="person"
          [inputId]="personFieldId"
          label="Person to invite"
          hint="Type their name or their trust’s name, then choose them from the list"
          [allianceId]="review().allianceId"
          [roles]="eligibleRoles"
          organisationKind="trust"
          [excludeUserIds]="onThisPanel()"
          [excludeOrganisationIds]="reviewedTrust()"
          [error]="problemFor(personFieldId)"
        />
        <fieldset class="fieldset">
          <legend id="panel-role-legend" class="fieldset__legend">Role</legend>
          <mat-radio-group
            formControlName="role"
            aria-labelledby="panel-role-legend"
            class="radios"
          >
            <mat-radio-button value="reviewer" id="panel-role-reviewer"
              >Reviewer</mat-radio-button
            >
            <mat-radio-button value="lead" id="panel-role-lead"
              >Lead reviewer</mat-radio-button
            >
          </mat-radio-group>
        </fieldset>
        <div class="button-row">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ saving() ? 'Please wait…' : 'Send the invitation' }}
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .panel-member {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .panel-member > div {
      flex: 1 1 14rem;
    }
    .tag {
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 4px;
      font-weight: 700;
    }
    .radios {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class ReviewPanel {
  readonly review = input.required<ReviewDetail>();
  /** The reviewed trust's chief executive, before the visit. */
  readonly mayChange = input(false);
  /** The panel changed: the review should be read again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly maxReviewers = PANEL_MAX_REVIEWERS;
  protected readonly eligibleRoles = PANEL_ELIGIBLE_ROLES;
  protected readonly personFieldId = PERSON_FIELD_ID;
  protected readonly form = new FormGroup({
    person: new FormControl<AlliancePersonView | null>(null),
    role: new FormControl<PanelRole>('reviewer', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);

  /** People who have not declined are not offered again; those who declined may be asked once more. */
  protected readonly onThisPanel = computed(() =>
    this.review()
      .panel.filter((member) => member.status !== 'declined')
      .map((member) => member.userId),
  );
  /** The trust under review does not review itself. */
  protected readonly reviewedTrust = computed(() => [
    this.review().organisationId,
  ]);

  protected statusLabel(member: PanelMemberView): string {
    return STATUS_LABELS[member.status];
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected invite(): void {
    if (this.saving()) return;
    const { person, role } = this.form.getRawValue();
    if (!person) {
      this.problems.set([
        {
          fieldId: PERSON_FIELD_ID,
          message: 'Choose the person to invite from the list',
        },
      ]);
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    this.api
      .invitePanelMember(this.review().id, { userId: person.id, role })
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.form.reset();
          this.notifier.confirm(
            `${person.name} has been invited to the panel.`,
          );
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({
              message,
              fieldId: PERSON_FIELD_ID,
            })),
          );
        },
      });
  }

  protected remove(member: PanelMemberView): void {
    confirmThen(this.dialog, {
      title: `Remove ${member.name} from the panel?`,
      paragraphs: [
        'They will no longer see the review. You can invite them again later.',
      ],
      confirmLabel: 'Yes, remove them',
      dismissLabel: 'Keep them',
      action: () => this.api.removePanelMember(this.review().id, member.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(`${member.name} has been removed from the panel.`);
      this.changed.emit();
    });
  }
}
