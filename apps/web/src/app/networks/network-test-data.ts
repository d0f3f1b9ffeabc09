import type {
  MeetingDetail,
  MemberDirectoryOrganisation,
  NetworkDetail,
  NetworkSummary,
} from '@alliance/contracts';

// Test data for the network specs.

export const NETWORK_ID = '7d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a';
export const HUB_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';

export function aNetworkSummary(
  overrides: Partial<NetworkSummary> = {},
): NetworkSummary {
  return {
    id: NETWORK_ID,
    allianceId: 'a1',
    name: 'Maths network',
    kind: 'subject',
    subjectTags: ['maths'],
    phaseTags: ['primary', 'secondary'],
    leads: [
      {
        userId: 'lead-1',
        name: 'Jo Harbour',
        organisationName: 'Harbour Teaching School Hub',
      },
    ],
    memberCount: 6,
    hubCount: 1,
    myRole: null,
    ...overrides,
  };
}

export function aMeeting(
  overrides: Partial<MeetingDetail> = {},
): MeetingDetail {
  return {
    id: 'm1',
    networkId: NETWORK_ID,
    networkName: 'Maths network',
    kind: 'hub',
    hubId: HUB_ID,
    hubName: 'Medway hub',
    title: 'Medway hub: bar models in Year 6',
    startsAt: '2027-03-29T14:45:00Z',
    endsAt: '2027-03-29T16:15:00Z',
    venue: 'Strood Riverside Academy',
    status: 'scheduled',
    rsvpCounts: { going: 2, maybe: 1, not_going: 0 },
    myRsvp: null,
    address: 'Carnation Road, Strood ME2 2HJ',
    onlineUrl: null,
    agenda: 'Bring two pieces of pupil work.',
    notes: '',
    decisions: [],
    notesRecordedAt: null,
    canManage: false,
    canRsvp: true,
    ...overrides,
  };
}

export function aNetwork(
  overrides: Partial<NetworkDetail> = {},
): NetworkDetail {
  return {
    ...aNetworkSummary(),
    purpose: 'Improving maths teaching across the alliance.',
    expectations: 'Come to the termly meeting.',
    hubs: [
      {
        id: HUB_ID,
        networkId: NETWORK_ID,
        name: 'Medway hub',
        region: 'Medway',
        hubLead: {
          userId: 'u2',
          name: 'Ana Diaz',
          organisationName: 'Riverside Academies Trust',
        },
        memberCount: 2,
      },
    ],
    regionBreakdown: [{ region: 'Medway', hubCount: 1, memberCount: 2 }],
    membersWithoutHub: 4,
    myHubId: null,
    upcomingMeetings: [aMeeting()],
    recentDecisions: [
      {
        meetingId: 'm0',
        meetingTitle: 'Autumn key messages',
        meetingStartsAt: '2026-11-02T16:00:00Z',
        decision: 'Every hub trials the fluency routine.',
      },
    ],
    newestResources: [],
    canManage: false,
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    ...overrides,
  };
}

export function aDirectory(): MemberDirectoryOrganisation[] {
  return [
    {
      organisationId: 'org-riverside',
      organisationName: 'Riverside Academies Trust',
      memberCount: 2,
      schools: [
        {
          schoolId: 's1',
          schoolName: 'Strood Riverside Academy',
          members: [
            {
              userId: 'u2',
              name: 'Ana Diaz',
              email: 'head@riverside.test',
              role: 'member',
              hubId: HUB_ID,
              hubName: 'Medway hub',
              joinedAt: '2026-09-01T09:00:00Z',
            },
            {
              userId: 'u3',
              name: 'Kit Moss',
              email: null,
              role: 'member',
              hubId: null,
              hubName: null,
              joinedAt: '2026-09-01T09:00:00Z',
            },
          ],
        },
      ],
    },
  ];
}
