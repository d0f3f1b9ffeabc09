import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { AllianceInvitationView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { confirmThen } from '../shared/confirm-dialog';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';

/** Alliances that invited the organisation; its chief executive accepts them. */
@Component({
  selector: 'app-alliance-invitations',
  imports: [MatButton, RouterLink, LoadError, LoadingIndicator, LondonDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (invitations.isLoading() && !invitations.hasValue()) {
      <app-loading-indicator label="Loading alliance invitations…" />
    } @else if (invitations.error()) {
      <app-load-error
        [error]="invitations.error()"
        heading="Sorry, we could not load the alliance invitations"
        (retry)="invitations.reload()"
      />
    } @else if (invitations.hasValue()) {
      <ul class="plain-list">
        @for (
          invitation of invitations.value();
          track invitation.membershipId
        ) {
          <li class="card invitation">
            <div>
              <p class="invitation__name">{{ invitation.allianceName }}</p>
              <p class="caption">
                Invited on {{ invitation.invitedAt | londonDate }}
              </p>
            </div>
            @if (canAccept()) {
              <button
                mat-flat-button
                type="button"
                (click)="accept(invitation)"
              >
                Accept<span class="visually-hidden">
                  the invitation to join {{ invitation.allianceName }}</span
                >
              </button>
            } @else {
              <p>Your chief executive can accept this invitation.</p>
            }
          </li>
        } @empty {
          <li class="empty-state">
            You have no invitations to join an alliance.
          </li>
        }
      </ul>
      @if (joined()) {
        <p>See your alliances on the <a routerLink="/">home page</a>.</p>
      }
    }
  `,
})
export class AllianceInvitations {
  readonly organisationId = input.required<string>();
  readonly organisationName = input.required<string>();
  readonly canAccept = input(false);

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly invitations = rxResource({
    params: () => this.organisationId(),
    stream: ({ params: organisationId }) =>
      this.api.listAllianceInvitations(organisationId),
  });
  protected readonly joined = signal(false);

  protected accept(invitation: AllianceInvitationView): void {
    confirmThen(this.dialog, {
      title: `Join ${invitation.allianceName}`,
      paragraphs: [
        `${this.organisationName()} will become a member of ${invitation.allianceName}.`,
        'Other members will see your organisation and its schools, and people in your organisation will see the alliance’s shared work.',
        'You can then sign the alliance’s terms of reference from the home page.',
      ],
      confirmLabel: 'Accept and join',
      action: () => this.api.acceptMembership(invitation.membershipId),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.invitations.update((list) =>
        (list ?? []).filter(
          (other) => other.membershipId !== invitation.membershipId,
        ),
      );
      this.joined.set(true);
      this.notifier.confirm(
        `${this.organisationName()} has joined ${outcome.result.name}.`,
      );
    });
  }
}
