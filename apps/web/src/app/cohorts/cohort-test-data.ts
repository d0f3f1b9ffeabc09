import type {
  CohortDetail,
  EnrolmentView,
  InductionSessionView,
} from '@alliance/contracts';

// Test data for the cohort pages' specs.

export function aCohort(overrides: Partial<CohortDetail> = {}): CohortDetail {
  return {
    id: 'c1',
    allianceId: 'a1',
    name: 'Kent and Medway ECT Year 1 Cohort',
    academicYear: '2026/27',
    inductionYear: 1,
    region: 'South East',
    facilitatingOrganisationId: 'org-harbour',
    facilitatingOrganisationName: 'Harbour Teaching School Hub',
    capacity: 24,
    activeCount: 3,
    sessionBooking: 'auto',
    myEnrolment: null,
    facilitators: [
      {
        id: 'u-lead',
        name: 'Grace Lee',
        organisationId: 'org-harbour',
        organisationName: 'Harbour Teaching School Hub',
      },
    ],
    createdAt: '2026-09-01T08:00:00Z',
    canManage: false,
    canFacilitate: false,
    canEnrol: false,
    canRequest: false,
    isInsider: true,
    ...overrides,
  };
}

export function aSession(
  overrides: Partial<InductionSessionView> = {},
): InductionSessionView {
  return {
    id: 's1',
    cohortId: 'c1',
    cohortName: 'Kent and Medway ECT Year 1 Cohort',
    topic: 'Behaviour routines that stick',
    description: '',
    format: 'in_person',
    venue: 'Harbour Teaching School Hub, Training Room 1',
    address: 'Dock Road, Chatham ME4 4TZ',
    onlineUrl: null,
    startsAt: '2027-03-29T15:00:00Z',
    endsAt: '2027-03-29T16:30:00Z',
    capacity: 24,
    confirmedCount: 3,
    waitlistCount: 0,
    status: 'scheduled',
    facilitator: { id: 'u-lead', name: 'Grace Lee' },
    materials: [],
    myBooking: { id: 'b1', status: 'confirmed', waitlistPosition: null },
    myAttendance: null,
    hasReflection: false,
    ...overrides,
  };
}

export function anEnrolment(
  overrides: Partial<EnrolmentView> = {},
): EnrolmentView {
  return {
    id: 'en1',
    cohortId: 'c1',
    cohortName: 'Kent and Medway ECT Year 1 Cohort',
    academicYear: '2026/27',
    status: 'active',
    ect: {
      id: 'u-ect',
      name: 'Priya Shah',
      organisationId: 'org-oakfield',
      organisationName: 'Oakfield Learning Trust',
    },
    mentor: { id: 'u-mentor', name: 'Tom Baker' },
    requestedAt: null,
    activatedAt: '2026-10-01T08:00:00Z',
    enrolledBy: { id: 'u-mentor', name: 'Tom Baker' },
    withdrawnAt: null,
    withdrawalReason: null,
    transferredAt: null,
    transferReason: null,
    transferredToCohortId: null,
    transferredFromEnrolmentId: null,
    createdAt: '2026-10-01T08:00:00Z',
    ...overrides,
  };
}
