import {
  NETWORK_KIND_LABELS,
  type MeetingSummary,
  type NetworkKind,
  type NetworkPersonRef,
  type RsvpCounts,
  type RsvpResponse,
} from '@alliance/contracts';
import { countOf } from '../shared/labels';

// Words for networks and their meetings, as school leaders say them.

export const RSVP_LABELS: Record<RsvpResponse, string> = {
  going: 'Going',
  maybe: 'Maybe',
  not_going: 'Not going',
};

/** What the person's own answer says back to them. */
export const MY_RSVP_WORDS: Record<RsvpResponse, string> = {
  going: 'You are going.',
  maybe: 'You might go.',
  not_going: 'You are not going.',
};

export function networkKindLabel(kind: NetworkKind): string {
  return NETWORK_KIND_LABELS[kind];
}

/** "Sam Lee (Harbour Teaching School Hub) and Ana Diaz (Riverside Academies Trust)". */
export function peopleInWords(people: NetworkPersonRef[]): string {
  const names = people.map(
    (person) => `${person.name} (${person.organisationName})`,
  );
  if (names.length === 0) return 'None yet';
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function tagsInWords(tags: string[]): string {
  return tags.join(', ');
}

export function membersInWords(count: number): string {
  return countOf(count, 'member');
}

/** "3 going, 1 maybe". */
export function rsvpCountsInWords(counts: RsvpCounts): string {
  const parts = [`${counts.going} going`];
  if (counts.maybe > 0) parts.push(`${counts.maybe} maybe`);
  if (counts.not_going > 0) parts.push(`${counts.not_going} not going`);
  return parts.join(', ');
}

/** Online national meetings and in-person hub meetings. */
export function meetingKindInWords(
  meeting: Pick<MeetingSummary, 'kind' | 'hubName'>,
): string {
  return meeting.kind === 'hub'
    ? `${meeting.hubName ?? 'Hub'} meeting, in person`
    : 'National meeting, online';
}
