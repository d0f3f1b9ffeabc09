import type { AttachmentView } from './files';
import type { Role } from './roles';

export const NETWORK_KINDS = ['subject', 'leadership_group'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const NETWORK_KIND_LABELS: Record<NetworkKind, string> = {
  subject: 'Subject network',
  leadership_group: 'Leadership group',
};

export const NETWORK_MEMBER_ROLES = ['member', 'lead'] as const;
export type NetworkMemberRole = (typeof NETWORK_MEMBER_ROLES)[number];

/** Who may add a colleague of their own organisation to a network. */
export const ADD_COLLEAGUE_TO_NETWORK_ROLES = ['ceo', 'headteacher'] as const satisfies readonly Role[];

export const MEETING_KINDS = ['national', 'hub'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  national: 'National meeting (online, key messages)',
  hub: 'Hub meeting (in person, problem solving)',
};

export const RSVP_RESPONSES = ['going', 'not_going', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

export const MEETING_ATTENDANCE_VALUES = ['attended', 'absent'] as const;
export type MeetingAttendance = (typeof MEETING_ATTENDANCE_VALUES)[number];

export const RESOURCE_KINDS = ['case_study', 'scheme_of_work', 'assessment', 'cpd_material', 'policy', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  case_study: 'Case study',
  scheme_of_work: 'Scheme of work',
  assessment: 'Assessment',
  cpd_material: 'CPD material',
  policy: 'Policy',
  other: 'Other',
};

export const RESOURCE_SORTS = ['relevance', 'newest', 'helpful'] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];

export const NETWORK_NAME_MAX_LENGTH = 120;
export const NETWORK_TEXT_MAX_LENGTH = 4000;
export const NETWORK_MAX_TAGS = 12;
export const TAG_MAX_LENGTH = 40;
export const NETWORK_MAX_LEADS = 6;
export const HUB_NAME_MAX_LENGTH = 120;
export const REGION_MAX_LENGTH = 100;
export const MEETING_TITLE_MAX_LENGTH = 200;
export const MEETING_TEXT_MAX_LENGTH = 20000;
export const MEETING_MAX_DECISIONS = 30;
export const DECISION_MAX_LENGTH = 1000;
export const RESOURCE_TITLE_MAX_LENGTH = 200;
export const RESOURCE_SUMMARY_MAX_LENGTH = 1000;
export const RESOURCE_TEXT_MAX_LENGTH = 20000;
export const RESOURCE_MAX_LINKS = 10;
export const COMMENT_MAX_LENGTH = 4000;

export interface NetworkPersonRef {
  userId: string;
  name: string;
  organisationName: string;
}

export interface NetworkSummary {
  id: string;
  allianceId: string;
  name: string;
  kind: NetworkKind;
  subjectTags: string[];
  phaseTags: string[];
  leads: NetworkPersonRef[];
  memberCount: number;
  hubCount: number;
  /** The signed-in person's part in the network, or null when they are not a member. */
  myRole: NetworkMemberRole | null;
}

export interface HubView {
  id: string;
  networkId: string;
  name: string;
  region: string;
  hubLead: NetworkPersonRef | null;
  memberCount: number;
}

export interface RegionCount {
  region: string;
  hubCount: number;
  memberCount: number;
}

export interface DecisionView {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  decision: string;
}

export interface NetworkDetail extends NetworkSummary {
  purpose: string;
  expectations: string;
  hubs: HubView[];
  /** Members counted by their hub's region; members in no hub are counted in `membersWithoutHub`. */
  regionBreakdown: RegionCount[];
  membersWithoutHub: number;
  myHubId: string | null;
  upcomingMeetings: MeetingSummary[];
  recentDecisions: DecisionView[];
  newestResources: ResourceSummary[];
  /** The signed-in person leads the network or coordinates its alliance. */
  canManage: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NetworkMemberView {
  userId: string;
  name: string;
  /** Shown to fellow members and to the network's managers only. */
  email: string | null;
  role: NetworkMemberRole;
  hubId: string | null;
  hubName: string | null;
  joinedAt: string;
}

export interface MemberDirectorySchool {
  /** Null for members who work across the organisation rather than in one school. */
  schoolId: string | null;
  schoolName: string | null;
  members: NetworkMemberView[];
}

export interface MemberDirectoryOrganisation {
  organisationId: string;
  organisationName: string;
  memberCount: number;
  schools: MemberDirectorySchool[];
}

export interface NetworkMembership {
  networkId: string;
  userId: string;
  role: NetworkMemberRole;
  hubId: string | null;
  schoolId: string | null;
}

export interface RsvpCounts {
  going: number;
  maybe: number;
  not_going: number;
}

export interface MeetingSummary {
  id: string;
  networkId: string;
  networkName: string;
  kind: MeetingKind;
  hubId: string | null;
  hubName: string | null;
  title: string;
  /** UTC instants; show them in Europe/London. */
  startsAt: string;
  endsAt: string;
  venue: string | null;
  status: 'scheduled' | 'cancelled';
  rsvpCounts: RsvpCounts;
  myRsvp: RsvpResponse | null;
}

export interface MeetingDetail extends MeetingSummary {
  address: string | null;
  /** Only for the network's members and managers. */
  onlineUrl: string | null;
  agenda: string;
  notes: string;
  decisions: string[];
  notesRecordedAt: string | null;
  canManage: boolean;
  /** The signed-in person may RSVP (a member of the network, or of the hub for a hub meeting). */
  canRsvp: boolean;
}

export interface MeetingAttendeeView {
  userId: string;
  name: string;
  organisationName: string;
  rsvp: RsvpResponse | null;
  attendance: MeetingAttendance | null;
}

export interface ResourceLink {
  label: string;
  url: string;
}

export type ResourceFileView = AttachmentView;
/** Files attached to one resource at a time. */
export const RESOURCE_MAX_FILES = 10;

/** A piece of text split where search terms matched, so clients highlight without trusting HTML. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface ResourceSummary {
  id: string;
  allianceId: string;
  networkId: string | null;
  networkName: string | null;
  organisationId: string;
  organisationName: string;
  title: string;
  summary: string;
  kind: ResourceKind;
  subjectTags: string[];
  phaseTags: string[];
  keyStageTags: string[];
  isPublic: boolean;
  version: number;
  helpfulCount: number;
  commentCount: number;
  markedHelpfulByMe: boolean;
  publishedAt: string;
  updatedAt: string;
}

export interface ResourceSearchResult extends ResourceSummary {
  /** ts_rank_cd score when searching; null otherwise. */
  rank: number | null;
  highlights: {
    title: HighlightSegment[];
    summary: HighlightSegment[];
    /** A short extract of the body, what worked and what did not, around the matches. */
    extract: HighlightSegment[];
  } | null;
}

export interface ResourceDetail extends ResourceSummary {
  body: string;
  whatWorked: string;
  whatDidNotWork: string;
  links: ResourceLink[];
  /** Uploaded files, downloaded from /api/library/resources/:id/files/:fileId. */
  files: ResourceFileView[];
  author: NetworkPersonRef | null;
  canEdit: boolean;
}

export interface ResourceVersionView {
  version: number;
  title: string;
  summary: string;
  body: string;
  whatWorked: string;
  whatDidNotWork: string;
  links: ResourceLink[];
  /** The files the resource had in this version. */
  files: ResourceFileView[];
  replacedAt: string;
  replacedByName: string | null;
}

export interface ResourceCommentView {
  id: string;
  resourceId: string;
  authorName: string;
  organisationName: string;
  body: string;
  createdAt: string;
  canDelete: boolean;
}

export interface HelpfulMark {
  markedHelpfulByMe: boolean;
  helpfulCount: number;
}

/** What anyone may read of a public resource: nothing that identifies a person. */
export interface PublicResourceView {
  id: string;
  title: string;
  summary: string;
  kind: ResourceKind;
  subjectTags: string[];
  phaseTags: string[];
  keyStageTags: string[];
  body: string;
  whatWorked: string;
  whatDidNotWork: string;
  links: ResourceLink[];
  organisationName: string;
  networkName: string | null;
  helpfulCount: number;
  version: number;
  publishedAt: string;
  updatedAt: string;
}
