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
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { AlliancePersonView, HubView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { EventWhenPipe } from '../events/event-when-pipe';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { PersonPicker } from '../shared/person-picker';
import {
  RSVP_LABELS,
  membersInWords,
  rsvpCountsInWords,
} from './network-labels';

/** Meetings are asked for a page at a time; a hub holds a handful each term. */
const MEETINGS_PAGE = { page: 1, pageSize: 100 };

/**
 * One regional hub of a network: its lead, region, members and meetings.
 * The network's leads and the alliance coordinator change or remove who leads the hub;
 * they and the hub's own lead schedule the hub's meetings.
 */
@Component({
  selector: 'app-hub-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    PersonPicker,
    EventWhenPipe,
  ],
  templateUrl: './hub-page.html',
  styleUrl: './networks.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HubPage {
  /** Route parameters: the network and the hub. */
  readonly id = input.required<string>();
  readonly hubId = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);

  protected readonly network = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) => this.api.getNetwork(networkId),
  });
  protected readonly directory = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) => this.api.listNetworkMembers(networkId),
  });
  protected readonly meetings = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) =>
      this.api.listNetworkMeetings(networkId, MEETINGS_PAGE),
  });

  protected readonly hub = computed(() =>
    this.network.hasValue()
      ? (this.network.value().hubs.find((hub) => hub.id === this.hubId()) ??
        null)
      : null,
  );
  /** The network's leads, the coordinator and the hub's own lead arrange the hub's meetings. */
  protected readonly maySchedule = computed(() => {
    const hub = this.hub();
    const userId = this.session.user()?.id;
    return (
      (this.network.hasValue() && this.network.value().canManage) ||
      (hub !== null && userId !== undefined && hub.hubLead?.userId === userId)
    );
  });
  /** The hub's members, by organisation. */
  protected readonly members = computed(() =>
    (this.directory.value() ?? [])
      .map((organisation) => ({
        organisationId: organisation.organisationId,
        organisationName: organisation.organisationName,
        members: organisation.schools.flatMap((school) =>
          school.members
            .filter((member) => member.hubId === this.hubId())
            .map((member) => ({ ...member, schoolName: school.schoolName })),
        ),
      }))
      .filter((organisation) => organisation.members.length > 0),
  );
  protected readonly hubMeetings = computed(() =>
    (this.meetings.value()?.items ?? []).filter(
      (meeting) => meeting.hubId === this.hubId(),
    ),
  );

  protected readonly leadForm = new FormGroup({
    hubLead: new FormControl<AlliancePersonView | null>(null),
  });
  protected readonly leadProblems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);

  protected readonly membersInWords = membersInWords;
  protected readonly rsvpCountsInWords = rsvpCountsInWords;
  protected readonly rsvpLabels = RSVP_LABELS;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const hub = this.hub();
      if (hub) title.setTitle(`${hub.name} – Alliance`);
    });
  }

  protected leadProblemFor(fieldId: string): string | undefined {
    return this.leadProblems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected changeLead(hub: HubView): void {
    if (this.saving()) return;
    const control = this.leadForm.controls.hubLead;
    const person = control.value;
    if (control.hasError('personNotChosen') || !person) {
      this.leadProblems.set([
        {
          fieldId: 'hub-new-lead',
          message: control.hasError('personNotChosen')
            ? 'Choose the new hub lead from the list'
            : 'Choose the new hub lead',
        },
      ]);
      return;
    }
    this.leadProblems.set([]);
    this.saving.set(true);
    this.api.updateHub(hub.id, { hubLeadUserId: person.id }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.leadForm.reset();
        this.notifier.confirm(`${person.name} now leads the ${updated.name}.`);
        // The new lead joins the hub, so its members change too.
        this.network.reload();
        this.directory.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.leadProblems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  /** Leaves the hub without a lead, after asking. The former lead stays a member of the hub. */
  protected removeLead(hub: HubView): void {
    const lead = hub.hubLead;
    if (!lead || this.saving()) return;
    this.leadProblems.set([]);
    confirmThen(this.dialog, {
      title: `Remove ${lead.name} as the hub lead?`,
      paragraphs: [
        `The ${hub.name} will have no lead until you choose a new one. ${lead.name} will no longer be able to schedule or change its meetings.`,
        `${lead.name} will stay a member of the hub.`,
      ],
      confirmLabel: 'Yes, remove the hub lead',
      dismissLabel: `Keep ${lead.name} as the hub lead`,
      action: () => this.api.updateHub(hub.id, { hubLeadUserId: null }),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.leadForm.reset();
      this.notifier.confirm(
        `${lead.name} no longer leads the ${outcome.result.name}.`,
      );
      this.network.reload();
    });
  }
}
