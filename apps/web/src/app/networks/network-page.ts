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
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  HUB_NAME_MAX_LENGTH,
  REGION_MAX_LENGTH,
  type AlliancePersonView,
  type CreateHubDto,
  type NetworkDetail,
  type NetworkMemberView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { PersonPicker } from '../shared/person-picker';
import { EventWhenPipe } from '../events/event-when-pipe';
import { kindLabel } from '../library/library-labels';
import {
  meetingKindInWords,
  membersInWords,
  networkKindLabel,
  peopleInWords,
  rsvpCountsInWords,
  RSVP_LABELS,
  tagsInWords,
} from './network-labels';

/** One network: its purpose, leads, hubs by region, meetings, decisions, newest resources and member directory. */
@Component({
  selector: 'app-network-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    EventWhenPipe,
    PersonPicker,
  ],
  templateUrl: './network-page.html',
  styleUrl: './networks.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkPage {
  /** Route parameter: the network. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly network = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) => this.api.getNetwork(networkId),
  });
  protected readonly directory = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) => this.api.listNetworkMembers(networkId),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly hubProblems = signal<FormProblem[]>([]);
  protected readonly working = signal(false);
  protected readonly hubForm = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    region: new FormControl('', { nonNullable: true }),
    hubLead: new FormControl<AlliancePersonView | null>(null),
  });
  protected readonly myUserId = computed(() => this.session.user()?.id);
  /**
   * A hub's lead who does not lead the network schedules meetings of their own hub: the form starts
   * with the hub they lead (they choose among their hubs if they lead more than one).
   */
  protected readonly hubMeetingLink = computed(() => {
    const userId = this.myUserId();
    if (!userId || !this.network.hasValue()) return null;
    const network = this.network.value();
    if (network.canManage) return null;
    const led = network.hubs.filter((hub) => hub.hubLead?.userId === userId);
    if (led.length === 0) return null;
    return led.length === 1 ? { hub: led[0].id } : {};
  });
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  protected readonly networkKindLabel = networkKindLabel;
  protected readonly peopleInWords = peopleInWords;
  protected readonly tagsInWords = tagsInWords;
  protected readonly membersInWords = membersInWords;
  protected readonly rsvpCountsInWords = rsvpCountsInWords;
  protected readonly meetingKindInWords = meetingKindInWords;
  protected readonly rsvpLabels = RSVP_LABELS;
  protected readonly resourceKindLabel = kindLabel;

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.network.hasValue())
        title.setTitle(`${this.network.value().name} – Alliance`);
    });
  }

  protected hubProblemFor(fieldId: string): string | undefined {
    return this.hubProblems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected errorState(fieldId: string): ErrorStateMatcher {
    let matcher = this.matchers.get(fieldId);
    if (!matcher) {
      matcher = {
        isErrorState: () => this.hubProblemFor(fieldId) !== undefined,
      };
      this.matchers.set(fieldId, matcher);
    }
    return matcher;
  }

  protected join(network: NetworkDetail): void {
    if (this.working()) return;
    this.working.set(true);
    this.problems.set([]);
    this.api.joinNetwork(network.id).subscribe({
      next: () => {
        this.working.set(false);
        this.notifier.confirm(`You have joined the ${network.name}.`);
        this.refresh();
      },
      error: (error: unknown) => this.showProblems(error),
    });
  }

  protected leave(network: NetworkDetail): void {
    const userId = this.myUserId();
    if (!userId) return;
    confirmThen(this.dialog, {
      title: `Leave the ${network.name}?`,
      paragraphs: [
        'You will no longer be invited to its meetings or listed in its member directory.',
        'You can join again at any time.',
      ],
      confirmLabel: 'Yes, leave the network',
      dismissLabel: 'Stay in the network',
      action: () => this.api.removeNetworkMember(network.id, userId),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(`You have left the ${network.name}.`);
      this.refresh();
    });
  }

  protected removeMember(
    network: NetworkDetail,
    member: NetworkMemberView,
  ): void {
    confirmThen(this.dialog, {
      title: `Remove ${member.name} from the network?`,
      paragraphs: [
        `${member.name} will no longer be a member of the ${network.name}, its hubs or its meetings.`,
        'They can join again if they want to.',
      ],
      confirmLabel: 'Yes, remove them',
      dismissLabel: 'Keep them',
      action: () => this.api.removeNetworkMember(network.id, member.userId),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        `${member.name} has been removed from the network.`,
      );
      this.refresh();
    });
  }

  protected addHub(network: NetworkDetail): void {
    if (this.working()) return;
    const name = this.hubForm.controls.name.value.trim();
    const region = this.hubForm.controls.region.value.trim();
    const problems: FormProblem[] = [];
    if (name === '')
      problems.push({
        fieldId: 'hub-name',
        message: 'Enter a name for the hub',
      });
    else if (name.length > HUB_NAME_MAX_LENGTH)
      problems.push({
        fieldId: 'hub-name',
        message: `The hub name must be ${HUB_NAME_MAX_LENGTH} characters or fewer`,
      });
    if (region === '')
      problems.push({
        fieldId: 'hub-region',
        message: 'Enter the region the hub serves',
      });
    else if (region.length > REGION_MAX_LENGTH)
      problems.push({
        fieldId: 'hub-region',
        message: `The region must be ${REGION_MAX_LENGTH} characters or fewer`,
      });
    const hubLead = this.hubForm.controls.hubLead;
    if (hubLead.hasError('personNotChosen'))
      problems.push({
        fieldId: 'hub-lead',
        message:
          'Choose the hub lead from the list, or empty the field to add the hub without a lead',
      });
    this.hubProblems.set(problems);
    if (problems.length > 0) return;
    const hub: CreateHubDto = hubLead.value
      ? { name, region, hubLeadUserId: hubLead.value.id }
      : { name, region };
    this.working.set(true);
    this.api.createHub(network.id, hub).subscribe({
      next: (hub) => {
        this.working.set(false);
        this.hubForm.reset();
        this.notifier.confirm(`${hub.name} has been added.`);
        this.network.reload();
      },
      error: (error: unknown) => {
        this.working.set(false);
        this.hubProblems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private showProblems(error: unknown): void {
    this.working.set(false);
    this.problems.set(problemMessagesOf(error).map((message) => ({ message })));
  }

  private refresh(): void {
    this.network.reload();
    this.directory.reload();
  }
}
