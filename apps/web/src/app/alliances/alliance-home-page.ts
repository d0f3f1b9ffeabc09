import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { AllianceDetail } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { AllianceMembers } from './alliance-members';
import {
  EditVisionDialog,
  type EditVisionDialogData,
} from './edit-vision-dialog';
import {
  InviteOrganisationDialog,
  type InviteOrganisationDialogData,
} from './invite-organisation-dialog';
import {
  PublishTermsDialog,
  type PublishTermsDialogData,
} from './publish-terms-dialog';
import { TermsOfReference } from './terms-of-reference';

const DIALOG_SIZE = { width: '40rem', maxWidth: 'calc(100vw - 2rem)' };

/** The alliance home: vision, members and terms of reference of the alliances the person's organisation belongs to. */
@Component({
  selector: 'app-alliance-home-page',
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    LoadError,
    LoadingIndicator,
    ParagraphsPipe,
    AllianceMembers,
    TermsOfReference,
  ],
  templateUrl: './alliance-home-page.html',
  styleUrl: './alliance-home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllianceHomePage {
  /** Query parameter: which of the person's alliances to show (the first when absent). */
  readonly alliance = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly alliances = rxResource({
    stream: () => this.api.listAlliances(),
  });
  protected readonly allianceList = computed(() =>
    this.alliances.hasValue() ? this.alliances.value().items : [],
  );
  protected readonly selectedId = computed(() => {
    const list = this.allianceList();
    return (list.find((alliance) => alliance.id === this.alliance()) ?? list[0])
      ?.id;
  });
  protected readonly detail = rxResource({
    params: () => this.selectedId(),
    stream: ({ params: allianceId }) => this.api.getAlliance(allianceId),
  });

  protected readonly heading = computed(() =>
    this.detail.hasValue() ? this.detail.value().name : 'Home',
  );

  /** The signed-in person's own organisation in the alliance shown. */
  protected readonly ownMembership = computed(() => {
    if (!this.detail.hasValue()) return undefined;
    const organisationId = this.session.user()?.organisationId;
    return this.detail
      .value()
      .members.find((member) => member.organisationId === organisationId);
  });
  protected readonly canSignTerms = computed(() => {
    const membership = this.ownMembership();
    return (
      this.session.hasRole('ceo') &&
      this.detail.hasValue() &&
      this.detail.value().currentTerms !== null &&
      membership?.status === 'active' &&
      !membership.signedCurrentTerms
    );
  });

  protected chooseAlliance(allianceId: string): void {
    void this.router.navigate([], {
      queryParams: { alliance: allianceId },
      queryParamsHandling: 'merge',
    });
  }

  protected signTerms(alliance: AllianceDetail): void {
    const terms = alliance.currentTerms;
    const organisationName =
      this.ownMembership()?.name ??
      this.session.user()?.organisationName ??
      'your organisation';
    if (!terms) return;
    confirmThen(this.dialog, {
      title: 'Sign the terms of reference',
      paragraphs: [
        `You are signing version ${terms.version} of the terms of reference of ${alliance.name} on behalf of ${organisationName}.`,
        'Other members will see that your organisation has signed, with your name and the date.',
      ],
      confirmLabel: 'Sign the terms of reference',
      action: () => this.api.signTerms(alliance.id, terms.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        `You have signed version ${terms.version} of the terms of reference.`,
      );
      this.detail.reload();
    });
  }

  protected editVision(alliance: AllianceDetail): void {
    this.dialog
      .open<EditVisionDialog, EditVisionDialogData, AllianceDetail>(
        EditVisionDialog,
        { ...DIALOG_SIZE, data: { alliance } },
      )
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.detail.set(updated);
        this.notifier.confirm('The vision has been updated.');
      });
  }

  protected publishTerms(alliance: AllianceDetail): void {
    const data: PublishTermsDialogData = {
      allianceId: alliance.id,
      allianceName: alliance.name,
      currentTerms: alliance.currentTerms,
    };
    this.dialog
      .open(PublishTermsDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .subscribe((published) => {
        if (!published) return;
        this.notifier.confirm(
          `Version ${published.version} of the terms of reference has been published.`,
        );
        this.detail.reload();
      });
  }

  protected inviteOrganisation(alliance: AllianceDetail): void {
    const data: InviteOrganisationDialogData = {
      allianceId: alliance.id,
      allianceName: alliance.name,
      memberOrganisationIds: alliance.members
        .filter((member) => member.status !== 'left')
        .map((member) => member.organisationId),
    };
    this.dialog
      .open(InviteOrganisationDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .subscribe((member) => {
        if (!member) return;
        this.detail.update(
          (current) =>
            current && {
              ...current,
              members: [
                ...current.members.filter(
                  (m) => m.membershipId !== member.membershipId,
                ),
                member,
              ],
            },
        );
        this.notifier.confirm(
          `${member.name} has been invited. Their chief executive can accept from My organisation.`,
        );
      });
  }
}
