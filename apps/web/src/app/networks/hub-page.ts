import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ApiClient } from '../core/api/api-client';
import { EventWhenPipe } from '../events/event-when-pipe';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import {
  RSVP_LABELS,
  membersInWords,
  rsvpCountsInWords,
} from './network-labels';

/** Meetings are asked for a page at a time; a hub holds a handful each term. */
const MEETINGS_PAGE = { page: 1, pageSize: 100 };

/** One regional hub of a network: its lead, region, members and meetings. */
@Component({
  selector: 'app-hub-page',
  imports: [RouterLink, LoadError, LoadingIndicator, EventWhenPipe],
  templateUrl: './hub-page.html',
  styleUrl: './networks.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HubPage {
  /** Route parameters: the network and the hub. */
  readonly id = input.required<string>();
  readonly hubId = input.required<string>();

  private readonly api = inject(ApiClient);

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
}
