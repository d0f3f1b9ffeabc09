import type {
  ResourceCommentView,
  ResourceDetail,
  ResourceSearchResult,
} from '@alliance/contracts';

// Test data for the library specs.

export const ALLIANCE_ID = '0b7c2f0e-3d1a-4c55-9a8e-1f2a3b4c5d6e';
export const NETWORK_ID = '7d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a';

export function aSearchResult(
  overrides: Partial<ResourceSearchResult> = {},
): ResourceSearchResult {
  return {
    id: 'r1',
    allianceId: ALLIANCE_ID,
    networkId: NETWORK_ID,
    networkName: 'Maths network',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'Ten-minute daily fluency routine',
    summary: 'A short daily routine that raised scores.',
    kind: 'case_study',
    subjectTags: ['maths'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    isPublic: false,
    version: 1,
    helpfulCount: 3,
    commentCount: 0,
    markedHelpfulByMe: false,
    publishedAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    rank: null,
    highlights: null,
    ...overrides,
  };
}

export function aResource(
  overrides: Partial<ResourceDetail> = {},
): ResourceDetail {
  return {
    id: 'r1',
    allianceId: ALLIANCE_ID,
    networkId: NETWORK_ID,
    networkName: 'Maths network',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'Ten-minute daily fluency routine',
    summary: 'A short daily routine that raised scores.',
    kind: 'case_study',
    subjectTags: ['maths'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    isPublic: false,
    version: 1,
    helpfulCount: 3,
    commentCount: 0,
    markedHelpfulByMe: false,
    publishedAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    body: 'Every morning pupils practise one times table.',
    whatWorked: 'Short, predictable sessions.',
    whatDidNotWork: 'Online games at home.',
    links: [{ label: 'Sprint sheets', url: 'https://example.org/sprints' }],
    files: [],
    author: {
      userId: 'u9',
      name: 'Sam Lee',
      organisationName: 'Oakfield Learning Trust',
    },
    canEdit: false,
    ...overrides,
  };
}

export function aComment(
  overrides: Partial<ResourceCommentView> = {},
): ResourceCommentView {
  return {
    id: 'c1',
    resourceId: 'r1',
    authorName: 'Ana Diaz',
    organisationName: 'Riverside Academies Trust',
    body: 'We tried this in Year 3 too.',
    createdAt: '2026-11-02T15:00:00Z',
    canDelete: false,
    ...overrides,
  };
}
