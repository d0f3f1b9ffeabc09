import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  PANEL_MAX_REVIEWERS,
  type PanelMemberView,
  type PanelRole,
  type ReviewDetail,
} from '@alliance/contracts';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { Notifier } from '../shared/notifier';

const STATUS_LABELS: Record<PanelMemberView['status'], string> = {
  invited: 'Invited, not answered yet',
  accepted: 'Accepted',
  declined: 'Declined',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SOMEONE_ELSE = 'someone-else';

/** A person who can be asked, with where they come from. */
export interface PanelCandidate {
  userId: string;
  name: string;
  organisationName: string;
}

/**
 * The panel: a lead and up to four reviewers, each with their answer. The reviewed trust's chief executive invites
 * and removes members until the visit starts.
 *
 * The API has no list of the alliance's chief executives and governors, so the people offered are those who have
 * sat on earlier panels of the trust's reviews; anyone else is invited by their Alliance user id.
 */
@Component({
  selector: 'app-review-panel',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    ErrorSummary,
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
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field"
        >
          <mat-label>Person</mat-label>
          <select
            matNativeControl
            id="panel-person"
            formControlName="person"
            [errorStateMatcher]="errorState('panel-person')"
          >
            <option value="" disabled>Choose a person</option>
            @for (candidate of candidates(); track candidate.userId) {
              <option [value]="candidate.userId">
                {{ candidate.name }}, {{ candidate.organisationName }}
              </option>
            }
            <option [value]="someoneElse">Someone else</option>
          </select>
          <mat-hint
            >People who have been on your trust’s earlier panels</mat-hint
          >
          @if (problemFor('panel-person'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (form.controls.person.value === someoneElse) {
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Their Alliance user id</mat-label>
            <input
              matInput
              id="panel-user-id"
              formControlName="userId"
              autocomplete="off"
              spellcheck="false"
              [errorStateMatcher]="errorState('panel-user-id')"
            />
            <mat-hint
              >The id of their Alliance account, like 3f2b8c1e-…</mat-hint
            >
            @if (problemFor('panel-user-id'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
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
  protected readonly someoneElse = SOMEONE_ELSE;
  protected readonly form = new FormGroup({
    person: new FormControl('', { nonNullable: true }),
    userId: new FormControl('', { nonNullable: true }),
    role: new FormControl<PanelRole>('reviewer', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  /** The review whose trust's earlier panels to offer; a string, so that a new copy of the review asks nothing again. */
  private readonly reviewIdForCandidates = computed(() =>
    this.mayChange() ? this.review().id : undefined,
  );
  /** Members of the panels of the trust's other reviews. */
  private readonly earlierPanels = rxResource({
    params: () => this.reviewIdForCandidates(),
    stream: ({ params: reviewId }) =>
      this.api.listReviews().pipe(
        map((page) =>
          page.items.filter(
            (other) =>
              other.relationship === 'reviewed_trust' && other.id !== reviewId,
          ),
        ),
        switchMap((others) =>
          others.length === 0
            ? of([] as PanelMemberView[][])
            : forkJoin(others.map((other) => this.api.listPanel(other.id))),
        ),
        map((panels) => panels.flat()),
      ),
  });
  protected readonly candidates = computed<PanelCandidate[]>(() => {
    const onThisPanel = new Set(
      this.review()
        .panel.filter((member) => member.status !== 'declined')
        .map((member) => member.userId),
    );
    const seen = new Map<string, PanelCandidate>();
    for (const member of this.earlierPanels.value() ?? []) {
      if (onThisPanel.has(member.userId) || seen.has(member.userId)) continue;
      seen.set(member.userId, {
        userId: member.userId,
        name: member.name,
        organisationName: member.organisationName,
      });
    }
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  protected statusLabel(member: PanelMemberView): string {
    return STATUS_LABELS[member.status];
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

  protected invite(): void {
    if (this.saving()) return;
    const { person, userId: typed, role } = this.form.getRawValue();
    const userId = person === SOMEONE_ELSE ? typed.trim() : person;
    if (!person) {
      this.problems.set([
        { fieldId: 'panel-person', message: 'Choose the person to invite' },
      ]);
      return;
    }
    if (person === SOMEONE_ELSE && !UUID.test(userId)) {
      this.problems.set([
        {
          fieldId: 'panel-user-id',
          message:
            userId === ''
              ? 'Enter their Alliance user id'
              : 'Enter their Alliance user id exactly as they gave it, like 3f2b8c1e-…',
        },
      ]);
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    this.api.invitePanelMember(this.review().id, { userId, role }).subscribe({
      next: (panel) => {
        this.saving.set(false);
        this.form.reset();
        const invited = panel.find((member) => member.userId === userId);
        this.notifier.confirm(
          invited
            ? `${invited.name} has been invited to the panel.`
            : 'The invitation has been sent.',
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({
            message,
            fieldId: person === SOMEONE_ELSE ? 'panel-user-id' : 'panel-person',
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
