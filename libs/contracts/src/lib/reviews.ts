/** Peer reviews: a trust reviewed by a panel of peers from other member trusts against a shared framework. */
import type { Page } from './pagination';

export const REVIEW_STAGES = ['planning', 'self_assessment', 'submitted', 'visit', 'findings', 'action_plan', 'closed'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  planning: 'Planning',
  self_assessment: 'Self-assessment',
  submitted: 'Self-assessment submitted',
  visit: 'Review visit',
  findings: 'Findings',
  action_plan: 'Action plan',
  closed: 'Closed',
};

/** The 4-point scale of every framework: 1 is the lowest. */
export const REVIEW_RATINGS = [1, 2, 3, 4] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const REVIEW_RATING_LABELS: Record<ReviewRating, string> = {
  1: 'Getting started',
  2: 'Developing',
  3: 'Established',
  4: 'Leading',
};

export const PANEL_ROLES = ['lead', 'reviewer'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export const PANEL_STATUSES = ['invited', 'accepted', 'declined'] as const;
export type PanelStatus = (typeof PANEL_STATUSES)[number];

/** A panel has one lead and 1 to this many reviewers. */
export const PANEL_MAX_REVIEWERS = 4;

export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const FRAMEWORK_NAME_MAX_LENGTH = 200;
export const FRAMEWORK_DESCRIPTION_MAX_LENGTH = 2000;
export const FRAMEWORK_MAX_AREAS = 12;
export const FRAMEWORK_MAX_CRITERIA_PER_AREA = 10;
export const AREA_TITLE_MAX_LENGTH = 200;
export const AREA_DESCRIPTION_MAX_LENGTH = 2000;
export const CRITERION_TITLE_MAX_LENGTH = 300;
export const DESCRIPTOR_MAX_LENGTH = 1000;
export const REVIEW_TITLE_MAX_LENGTH = 200;
export const REVIEW_FOCUS_MAX_LENGTH = 4000;
export const REVIEW_REASON_MAX_LENGTH = 1000;
export const NARRATIVE_MAX_LENGTH = 10000;
export const EVIDENCE_LINKS_MAX = 10;
export const EVIDENCE_LINK_TITLE_MAX_LENGTH = 200;
export const EVIDENCE_URL_MAX_LENGTH = 2000;
export const EVIDENCE_FILES_PER_CRITERION_MAX = 10;
export const FINDING_TEXT_MAX_LENGTH = 10000;
export const FINDINGS_SUMMARY_MAX_LENGTH = 20000;
export const ACTION_TITLE_MAX_LENGTH = 300;
export const ACTION_NOTE_MAX_LENGTH = 4000;
export const EXCELLENCE_STATEMENT_MAX_LENGTH = 200;

/** A panel rating from which the reviewed trust may publish the criterion as an area of excellence: Established or Leading. */
export const EXCELLENCE_MIN_RATING: ReviewRating = 3;

/** Who may see a review's content: DESIGN §2. Used by the API's checks and the web app's wording alike. */
export const REVIEWED_TRUST_CONTENT_ROLES = ['ceo', 'governor'] as const;
/** Roles from which panel members are drawn (in another active member trust). */
export const PANEL_ELIGIBLE_ROLES = ['ceo', 'governor'] as const;

export interface FrameworkCriterionView {
  id: string;
  position: number;
  title: string;
  /** Four descriptors, for ratings 1 to 4 in order. */
  descriptors: string[];
}

export interface FrameworkAreaView {
  id: string;
  position: number;
  title: string;
  description: string;
  criteria: FrameworkCriterionView[];
}

export interface FrameworkSummary {
  id: string;
  /** Shared by every version of one framework. */
  familyId: string;
  version: number;
  /** Null for the platform's frameworks, which every alliance can use. */
  allianceId: string | null;
  name: string;
  description: string;
  isCurrent: boolean;
  /** Whether a review uses this version (then it can no longer change: edits make a new version). */
  inUse: boolean;
  createdAt: string;
}

export interface FrameworkDetail extends FrameworkSummary {
  areas: FrameworkAreaView[];
  ratingLabels: Record<ReviewRating, string>;
}

/** What the coordinator sees of a review, and all that anyone without access to its content sees (DESIGN §3). */
export interface ReviewSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  stage: ReviewStage;
  visitStartDate: string;
  visitEndDate: string;
  createdAt: string;
  updatedAt: string;
}

/** How the signed-in person is involved in a review. */
export type ReviewRelationship = 'reviewed_trust' | 'lead' | 'reviewer' | 'invited' | 'coordinator';

export interface ReviewListItem extends ReviewSummary {
  /** Absent from the coordinator's view. */
  relationship?: Exclude<ReviewRelationship, 'coordinator'>;
}

export interface PanelMemberView {
  id: string;
  userId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  role: PanelRole;
  status: PanelStatus;
  respondedAt: string | null;
}

export interface StageChangeView {
  id: string;
  fromStage: ReviewStage | null;
  toStage: ReviewStage;
  reason: string | null;
  changedByUserId: string | null;
  changedByName: string | null;
  changedAt: string;
}

/** A panel member who has not yet accepted: the summary, the panel and their own invitation. */
export interface ReviewInvitationDetail extends ReviewSummary {
  allianceId: string;
  panelUserIds: string[];
  relationship: 'invited';
  myPanelMemberId: string;
  myPanelRole: PanelRole;
}

/** The review as its reviewed trust's CEO and governors, and its accepted panel, see it. */
export interface ReviewDetail extends ReviewSummary {
  allianceId: string;
  relationship: Exclude<ReviewRelationship, 'invited' | 'coordinator'>;
  panelUserIds: string[];
  frameworkId: string;
  frameworkName: string;
  frameworkVersion: number;
  focus: string;
  panel: PanelMemberView[];
  stageHistory: StageChangeView[];
  selfAssessmentSubmittedAt: string | null;
  findingsCompletedAt: string | null;
  closedAt: string | null;
}

export type ReviewView = ReviewSummary | ReviewInvitationDetail | ReviewDetail;

export interface EvidenceLink {
  title: string;
  url: string;
}

export interface EvidenceFileView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface SelfAssessmentEntryView {
  criterionId: string;
  rating: ReviewRating | null;
  narrative: string;
  evidenceLinks: EvidenceLink[];
  evidenceFiles: EvidenceFileView[];
  updatedAt: string | null;
}

export interface SelfAssessmentView {
  reviewId: string;
  submittedAt: string | null;
  /** Criteria rated so far, of all the framework's criteria. */
  ratedCount: number;
  criterionCount: number;
  entries: SelfAssessmentEntryView[];
}

export interface FindingView {
  id: string;
  criterionId: string;
  strengths: string;
  areasToDevelop: string;
  rating: ReviewRating | null;
  updatedByUserId: string | null;
  updatedAt: string;
}

export interface FindingsView {
  reviewId: string;
  summary: string;
  completedAt: string | null;
  findings: FindingView[];
}

export interface ActionNoteView {
  id: string;
  note: string;
  authorUserId: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface ReviewActionView {
  id: string;
  findingId: string;
  criterionId: string;
  title: string;
  ownerUserId: string;
  ownerName: string;
  dueDate: string;
  status: ActionStatus;
  /** Due before today (in England) and neither done nor dropped. */
  overdue: boolean;
  notes: ActionNoteView[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A criterion the panel rated highly, as the reviewed trust's CEO and governors and the panel see it when choosing
 * what to share: the panel's strengths, and the one line published to the alliance, if any.
 */
export interface ExcellenceCandidateView {
  criterionId: string;
  areaTitle: string;
  criterionTitle: string;
  rating: ReviewRating;
  strengths: string;
  /** The line the alliance sees; null while not published. */
  statement: string | null;
  publishedAt: string | null;
}

export interface ReviewExcellenceView {
  reviewId: string;
  /** Publishing opens once the panel's findings are complete. */
  mayPublish: boolean;
  candidates: ExcellenceCandidateView[];
}

/** An area of excellence as every member of the alliance sees it: a trust strong in something, in its own words. */
export interface ExcellenceAreaView {
  id: string;
  organisationId: string;
  organisationName: string;
  areaTitle: string;
  criterionTitle: string;
  rating: ReviewRating;
  statement: string;
  /** Who published it, so that others know whom to ask. */
  publishedByName: string | null;
  publishedAt: string;
}

export interface ExcellencePage extends Page<ExcellenceAreaView> {
  /** Every area title with something published in the alliance, for the filter. */
  areaTitles: string[];
}
