import type { OrganisationKind, OrganisationRole, Role, SchoolPhase } from '@alliance/contracts';

export const DEMO_PASSWORD = 'alliance-demo';

export interface DemoSchool {
  urn: string;
  name: string;
  phase: SchoolPhase;
  localAuthority: string;
  postcode: string;
}

export interface DemoPerson {
  email: string;
  name: string;
  roles: (OrganisationRole | Role)[];
}

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  dfeReference: string | null;
  region: string;
  schools: DemoSchool[];
  people: DemoPerson[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'oakfield',
    name: 'Oakfield Learning Trust',
    kind: 'trust',
    dfeReference: 'TR03417',
    region: 'South East',
    schools: [
      { urn: '148201', name: 'Oakfield Primary Academy', phase: 'primary', localAuthority: 'Kent', postcode: 'ME14 2LT' },
      { urn: '148202', name: 'Hollingbourne Church of England Primary School', phase: 'primary', localAuthority: 'Kent', postcode: 'ME17 1UA' },
      { urn: '148203', name: 'Maidstone Valley Academy', phase: 'secondary', localAuthority: 'Kent', postcode: 'ME15 9AZ' },
      { urn: '148204', name: 'Bearsted Green Infant School', phase: 'primary', localAuthority: 'Kent', postcode: 'ME14 4DS' },
      { urn: '148205', name: 'The Weald Special School', phase: 'special', localAuthority: 'Kent', postcode: 'TN12 0BX' },
    ],
    people: [
      { email: 'ceo@oakfield.test', name: 'Helen Carter', roles: ['ceo'] },
      { email: 'bm@oakfield.test', name: 'Raj Patel', roles: ['business_manager'] },
      { email: 'head@oakfield.test', name: 'Siobhan Murphy', roles: ['headteacher'] },
      { email: 'governor@oakfield.test', name: 'David Okafor', roles: ['governor'] },
      { email: 'ect@oakfield.test', name: 'Amy Lewis', roles: ['ect'] },
      { email: 'mentor@oakfield.test', name: 'Tom Griffiths', roles: ['mentor'] },
    ],
  },
  {
    key: 'riverside',
    name: 'Riverside Academies Trust',
    kind: 'trust',
    dfeReference: 'TR02968',
    region: 'South East',
    schools: [
      { urn: '147310', name: 'Riverside Primary Academy', phase: 'primary', localAuthority: 'Medway', postcode: 'ME2 4DU' },
      { urn: '147311', name: 'Strood Riverside Academy', phase: 'secondary', localAuthority: 'Medway', postcode: 'ME2 2HJ' },
      { urn: '147312', name: 'Rochester Bridge Junior School', phase: 'primary', localAuthority: 'Medway', postcode: 'ME1 1TQ' },
      { urn: '147313', name: 'Chatham Docks All-through Academy', phase: 'all_through', localAuthority: 'Medway', postcode: 'ME4 4TZ' },
    ],
    people: [
      { email: 'ceo@riverside.test', name: 'Mark Thompson', roles: ['ceo'] },
      { email: 'bm@riverside.test', name: 'Claire Dawson', roles: ['business_manager'] },
      { email: 'head@riverside.test', name: 'Priya Shah', roles: ['headteacher'] },
      { email: 'governor@riverside.test', name: 'Margaret Ellis', roles: ['governor'] },
      { email: 'ect@riverside.test', name: 'Jordan Hughes', roles: ['ect'] },
    ],
  },
  {
    key: 'marshside',
    name: 'Marshside Schools Trust',
    kind: 'trust',
    dfeReference: 'TR04102',
    region: 'South East',
    schools: [
      { urn: '149020', name: 'Marshside Primary School', phase: 'primary', localAuthority: 'Kent', postcode: 'CT5 3BE' },
      { urn: '149021', name: 'Whitstable Bay Academy', phase: 'secondary', localAuthority: 'Kent', postcode: 'CT5 1PX' },
      { urn: '149022', name: 'Herne Marsh Learning Centre', phase: 'alternative_provision', localAuthority: 'Kent', postcode: 'CT6 7LQ' },
    ],
    people: [
      { email: 'ceo@marshside.test', name: 'Gareth Williams', roles: ['ceo'] },
      { email: 'bm@marshside.test', name: 'Nadia Hussain', roles: ['business_manager'] },
      { email: 'ect@marshside.test', name: 'Ellie Turner', roles: ['ect'] },
    ],
  },
  {
    key: 'harbour',
    name: 'Harbour Teaching School Hub',
    kind: 'teaching_school_hub',
    dfeReference: null,
    region: 'South East',
    schools: [],
    people: [
      { email: 'coordinator@alliance.test', name: 'Fiona Blake', roles: ['staff', 'coordinator'] },
      { email: 'lead@harbour.test', name: 'Samuel Adeyemi', roles: ['staff'] },
      { email: 'admin@alliance.test', name: 'Alex Morgan', roles: ['admin'] },
    ],
  },
  {
    key: 'moorland',
    name: 'Moorland Trust',
    kind: 'trust',
    dfeReference: 'TR01877',
    region: 'Yorkshire and the Humber',
    schools: [
      { urn: '145870', name: 'Moorland Primary Academy', phase: 'primary', localAuthority: 'Calderdale', postcode: 'HX7 5AD' },
      { urn: '145871', name: 'Pennine Heights Academy', phase: 'secondary', localAuthority: 'Kirklees', postcode: 'HD9 3TP' },
      { urn: '145872', name: 'Holme Valley Primary School', phase: 'primary', localAuthority: 'Kirklees', postcode: 'HD9 1QJ' },
    ],
    people: [{ email: 'ceo@moorland.test', name: 'Karen Holroyd', roles: ['ceo'] }],
  },
];

export const DEMO_ALLIANCES = [
  {
    key: 'better-together',
    name: 'Better Together Alliance',
    vision:
      'Better together: Kent and Medway trusts and our teaching school hub working as one, so that every pupil in every member school gets a great education. We challenge each other honestly, share what works, and buy and train together so more money reaches classrooms.',
    members: ['oakfield', 'riverside', 'marshside', 'harbour'],
    coordinators: ['coordinator@alliance.test'],
    terms: [
      'Purpose\nThe alliance exists to improve outcomes for pupils across our member trusts through peer review, shared professional development, joint procurement and subject networks.',
      'Membership\nMembership is open to trusts and teaching school hubs in Kent and Medway that sign these terms. Each member names its chief executive as its representative.',
      'Confidentiality\nWhat a trust shares in a peer review stays with the trust and its reviewers. Nothing is shared with Ofsted, the Department for Education or other members without the trust’s written agreement.',
      'Commitments\nEach member takes part in at least one peer review a year as a reviewed trust or a reviewer, releases leaders for network meetings, and shares at least one piece of effective practice each term.',
      'Governance\nThe coordinator convenes a meeting of chief executives each half term. Decisions are made by consensus; where that fails, by a majority of members present.',
    ].join('\n\n'),
    signedBy: ['oakfield', 'riverside'],
  },
  {
    key: 'pennine',
    name: 'Pennine Partnership',
    vision: 'Rural schools across the Pennines learning from one another.',
    members: ['moorland'],
    coordinators: [] as string[],
    terms: null as string | null,
    signedBy: [] as string[],
  },
];
