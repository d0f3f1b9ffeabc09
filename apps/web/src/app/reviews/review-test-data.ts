import type {
  FindingView,
  FrameworkDetail,
  PanelMemberView,
  ReviewActionView,
  ReviewDetail,
  ReviewListItem,
  ReviewSummary,
  SelfAssessmentEntryView,
  SelfAssessmentView,
} from '@alliance/contracts';

// Test data for the review pages' specs.

export function aReviewListItem(
  overrides: Partial<ReviewListItem> = {},
): ReviewListItem {
  return {
    id: 'review-1',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'Oakfield peer review 2027',
    stage: 'self_assessment',
    visitStartDate: '2027-03-15',
    visitEndDate: '2027-03-16',
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    relationship: 'reviewed_trust',
    ...overrides,
  };
}

export function aPanelMember(
  overrides: Partial<PanelMemberView> = {},
): PanelMemberView {
  return {
    id: 'member-1',
    userId: 'user-riverside',
    name: 'Rhys Evans',
    organisationId: 'org-riverside',
    organisationName: 'Riverside Academies Trust',
    role: 'lead',
    status: 'accepted',
    respondedAt: '2027-01-06T10:00:00Z',
    ...overrides,
  };
}

export function aReview(overrides: Partial<ReviewDetail> = {}): ReviewDetail {
  return {
    id: 'review-1',
    allianceId: 'alliance-1',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'Oakfield peer review 2027',
    stage: 'self_assessment',
    visitStartDate: '2027-03-15',
    visitEndDate: '2027-03-16',
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    relationship: 'reviewed_trust',
    panelUserIds: ['user-riverside'],
    frameworkId: 'framework-1',
    frameworkName: 'Trust quality peer review',
    frameworkVersion: 1,
    focus: 'Challenge us on inclusion.',
    panel: [aPanelMember()],
    stageHistory: [
      {
        id: 'change-1',
        fromStage: null,
        toStage: 'planning',
        reason: null,
        changedByUserId: 'user-1',
        changedByName: 'Amara Okafor',
        changedAt: '2027-01-05T10:00:00Z',
      },
      {
        id: 'change-2',
        fromStage: 'planning',
        toStage: 'self_assessment',
        reason: null,
        changedByUserId: 'user-1',
        changedByName: 'Amara Okafor',
        changedAt: '2027-01-06T10:00:00Z',
      },
    ],
    selfAssessmentSubmittedAt: null,
    findingsCompletedAt: null,
    closedAt: null,
    ...overrides,
  };
}

export function aFramework(): FrameworkDetail {
  return {
    id: 'framework-1',
    familyId: 'family-1',
    version: 1,
    allianceId: null,
    name: 'Trust quality peer review',
    description: '',
    isCurrent: true,
    inUse: true,
    createdAt: '2027-01-01T10:00:00Z',
    ratingLabels: {
      1: 'Getting started',
      2: 'Developing',
      3: 'Established',
      4: 'Leading',
    },
    areas: [
      {
        id: 'area-1',
        position: 1,
        title: 'Governance and leadership',
        description: 'How the trust is led.',
        criteria: [
          {
            id: 'criterion-1',
            position: 1,
            title: 'Trustees hold leaders to account',
            descriptors: [
              'Trustees rarely challenge',
              'Trustees challenge sometimes',
              'Trustees challenge well',
              'Trustees challenge and others learn from them',
            ],
          },
          {
            id: 'criterion-2',
            position: 2,
            title: 'Clear scheme of delegation',
            descriptors: ['None', 'Draft', 'Agreed', 'Agreed and reviewed'],
          },
        ],
      },
    ],
  };
}

export function anEntry(
  overrides: Partial<SelfAssessmentEntryView> = {},
): SelfAssessmentEntryView {
  return {
    criterionId: 'criterion-1',
    rating: null,
    narrative: '',
    evidenceLinks: [],
    evidenceFiles: [],
    updatedAt: null,
    ...overrides,
  };
}

export function aSelfAssessment(
  entries: SelfAssessmentEntryView[] = [
    anEntry(),
    anEntry({ criterionId: 'criterion-2' }),
  ],
  overrides: Partial<SelfAssessmentView> = {},
): SelfAssessmentView {
  return {
    reviewId: 'review-1',
    submittedAt: null,
    ratedCount: entries.filter((entry) => entry.rating !== null).length,
    criterionCount: entries.length,
    entries,
    ...overrides,
  };
}

export function aFinding(overrides: Partial<FindingView> = {}): FindingView {
  return {
    id: 'finding-1',
    criterionId: 'criterion-1',
    strengths: 'Strong challenge at committee.',
    areasToDevelop: 'Use pupil data more.',
    rating: 3,
    updatedByUserId: 'user-riverside',
    updatedAt: '2027-03-15T10:00:00Z',
    ...overrides,
  };
}

export function anAction(
  overrides: Partial<ReviewActionView> = {},
): ReviewActionView {
  return {
    id: 'action-1',
    findingId: 'finding-1',
    criterionId: 'criterion-1',
    title: 'Train trustees on pupil data',
    ownerUserId: 'user-1',
    ownerName: 'Amara Okafor',
    dueDate: '2027-07-31',
    status: 'not_started',
    overdue: false,
    notes: [],
    createdAt: '2027-04-01T10:00:00Z',
    updatedAt: '2027-04-01T10:00:00Z',
    ...overrides,
  };
}

/** What the coordinator sees: the summary fields only. */
export function aReviewSummary(
  overrides: Partial<ReviewSummary> = {},
): ReviewSummary {
  const item = aReviewListItem();
  return {
    id: item.id,
    organisationId: item.organisationId,
    organisationName: item.organisationName,
    title: item.title,
    stage: item.stage,
    visitStartDate: item.visitStartDate,
    visitEndDate: item.visitEndDate,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...overrides,
  };
}
