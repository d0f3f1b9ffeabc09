import type { MeetingKind, NetworkKind, ResourceKind, RsvpResponse } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import { LibraryResource } from '../networks/entities/library-resource.entity';
import { MeetingResponse } from '../networks/entities/meeting-response.entity';
import { NetworkHub } from '../networks/entities/network-hub.entity';
import { NetworkMeeting } from '../networks/entities/network-meeting.entity';
import { NetworkMember } from '../networks/entities/network-member.entity';
import { Network } from '../networks/entities/network.entity';
import { ResourceHelpfulMark } from '../networks/entities/resource-helpful-mark.entity';
import { londonTime } from './demo-events';

interface DemoNetwork {
  key: string;
  name: string;
  kind: NetworkKind;
  subjectTags: string[];
  phaseTags: string[];
  purpose: string;
  expectations: string;
  leads: string[];
  hubs: { name: string; region: string; lead: string }[];
  /** email → hub name (or null) and school URN (or null). */
  members: [email: string, hub: string | null, schoolUrn: string | null][];
  meetings: {
    kind: MeetingKind;
    hub?: string;
    title: string;
    inDays: number;
    at: [number, number];
    hours: number;
    venue?: string;
    address?: string;
    onlineUrl?: string;
    agenda: string;
    notes?: string;
    decisions?: string[];
    rsvps?: [email: string, response: RsvpResponse][];
  }[];
}

const ALLIANCE = 'Better Together Alliance';

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    key: 'maths',
    name: 'Maths network',
    kind: 'subject',
    subjectTags: ['maths'],
    phaseTags: ['primary', 'secondary'],
    purpose: 'Subject leaders and teachers of maths across the alliance improving teaching for mastery, fluency and reasoning from Reception to Year 11.',
    expectations:
      'Members come to the termly national meeting and their hub’s meetings, try one approach in their own classroom each half term and share what happened in the library. In return: a stipend for the lead, shared schemes of work and a network of colleagues to call on.',
    leads: ['lead@harbour.test'],
    hubs: [
      { name: 'Mid Kent hub', region: 'Mid Kent', lead: 'mentor@oakfield.test' },
      { name: 'Medway hub', region: 'Medway', lead: 'head@riverside.test' },
    ],
    members: [
      ['ect@oakfield.test', 'Mid Kent hub', '148201'],
      ['head@oakfield.test', 'Mid Kent hub', '148203'],
      ['ect@riverside.test', 'Medway hub', '147311'],
      ['ect@marshside.test', null, '149021'],
    ],
    meetings: [
      {
        kind: 'national',
        title: 'Autumn key messages: fluency without worksheets',
        inDays: -21,
        at: [16, 0],
        hours: 1,
        onlineUrl: 'https://meet.example.org/maths-autumn',
        agenda: '1. Key messages from the national centre\n2. Fluency routines that worked in Year 4\n3. Planning the spring hub sessions',
        notes: 'Twenty-two members joined. Oakfield shared their daily ten-minute fluency routine; Riverside described how retrieval starters replaced homework worksheets.',
        decisions: ['Every hub trials the ten-minute fluency routine for six weeks before the spring meeting.', 'Shared times-tables check analysis to be published in the library by half term.'],
        rsvps: [
          ['ect@oakfield.test', 'going'],
          ['ect@riverside.test', 'going'],
        ],
      },
      {
        kind: 'national',
        title: 'Spring key messages: reasoning in Key Stage 2',
        inDays: 10,
        at: [16, 0],
        hours: 1,
        onlineUrl: 'https://meet.example.org/maths-spring',
        agenda: '1. What the fluency trial showed\n2. Reasoning prompts for Years 5 and 6\n3. Moderation of end-of-unit assessments',
        rsvps: [
          ['ect@oakfield.test', 'going'],
          ['head@oakfield.test', 'maybe'],
        ],
      },
      {
        kind: 'hub',
        hub: 'Medway hub',
        title: 'Medway hub: bar models in Year 6',
        inDays: 17,
        at: [15, 45],
        hours: 1.5,
        venue: 'Strood Riverside Academy, maths department',
        address: 'Carnation Road, Strood ME2 2HJ',
        agenda: 'Bring two pieces of pupil work where the bar model helped, and one where it did not.',
        rsvps: [['ect@riverside.test', 'going']],
      },
      {
        kind: 'hub',
        hub: 'Mid Kent hub',
        title: 'Mid Kent hub: problem-solving lesson study',
        inDays: 24,
        at: [15, 30],
        hours: 2,
        venue: 'Maidstone Valley Academy, Room M4',
        address: 'Maidstone ME15 9AZ',
        agenda: 'Plan one research lesson together, teach it in the following fortnight and bring the pupils’ work.',
      },
    ],
  },
  {
    key: 'english',
    name: 'English network',
    kind: 'subject',
    subjectTags: ['english', 'reading', 'writing'],
    phaseTags: ['primary', 'secondary'],
    purpose: 'English and literacy leads sharing what works in early reading, fluency and extended writing, and spotting the pupils who fall behind early.',
    expectations: 'Members bring one piece of practice to each meeting and review a colleague’s resource each term.',
    leads: ['head@oakfield.test'],
    hubs: [{ name: 'East Kent hub', region: 'East Kent', lead: 'ceo@marshside.test' }],
    members: [
      ['ect@marshside.test', 'East Kent hub', '149020'],
      ['ect@oakfield.test', null, '148201'],
      ['lead@harbour.test', null, null],
    ],
    meetings: [
      {
        kind: 'national',
        title: 'Reading fluency across the transition to Year 7',
        inDays: 14,
        at: [16, 0],
        hours: 1,
        onlineUrl: 'https://meet.example.org/english-fluency',
        agenda: '1. Year 6 and Year 7 reading fluency data\n2. Repeated reading routines\n3. Next steps for each school',
      },
    ],
  },
  {
    key: 'send',
    name: 'SEND leadership group',
    kind: 'leadership_group',
    subjectTags: ['send', 'inclusion'],
    phaseTags: ['primary', 'secondary', 'special'],
    purpose: 'SENCOs and leaders of special and alternative provision improving inclusion across the alliance: early identification, EHCP quality and reintegration from AP.',
    expectations: 'Leaders attend half-termly, share anonymised case studies and take part in one inclusion peer visit a year.',
    leads: ['lead@harbour.test', 'head@riverside.test'],
    hubs: [],
    members: [
      ['ceo@oakfield.test', null, null],
      ['head@oakfield.test', null, '148205'],
      ['ceo@marshside.test', null, '149022'],
    ],
    meetings: [
      {
        kind: 'national',
        title: 'Reintegration from alternative provision',
        inDays: -7,
        at: [9, 30],
        hours: 2,
        onlineUrl: 'https://meet.example.org/send-ap',
        agenda: 'Case studies from Herne Marsh Learning Centre; what a good reintegration plan contains.',
        notes: 'Herne Marsh presented three anonymised reintegrations. Most successful: a named adult in the receiving school and a phased timetable agreed before the first day.',
        decisions: ['Adopt a shared reintegration plan template across the alliance.', 'Each trust names a reintegration lead by the end of term.'],
      },
    ],
  },
];

interface DemoResource {
  network: string | null;
  organisation: string;
  author: string;
  title: string;
  summary: string;
  kind: ResourceKind;
  subjectTags: string[];
  phaseTags: string[];
  keyStageTags: string[];
  body: string;
  whatWorked: string;
  whatDidNotWork: string;
  links?: { label: string; url: string }[];
  isPublic?: boolean;
  helpfulFor?: string[];
  daysAgo: number;
}

export const DEMO_RESOURCES: DemoResource[] = [
  {
    network: 'maths',
    organisation: 'oakfield',
    author: 'ect@oakfield.test',
    title: 'Ten-minute daily fluency routine for Year 4 multiplication',
    summary: 'A short daily routine that raised times-tables check scores across three primary schools in one term.',
    kind: 'case_study',
    subjectTags: ['maths', 'multiplication'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    body: 'Every morning pupils practise one times table with choral chanting, a two-minute written sprint and a partner quiz. Teachers track the tables each pupil knows on a class grid.',
    whatWorked: 'Short, predictable sessions; pupils marking their own sprints; celebrating personal bests rather than class rankings.',
    whatDidNotWork: 'Online games at home: the pupils who most needed practice rarely logged in.',
    links: [{ label: 'Sprint sheets', url: 'https://resources.example.org/oakfield/fluency-sprints' }],
    isPublic: true,
    helpfulFor: ['ect@riverside.test', 'head@riverside.test', 'lead@harbour.test'],
    daysAgo: 40,
  },
  {
    network: 'maths',
    organisation: 'riverside',
    author: 'head@riverside.test',
    title: 'Bar model progression from Year 1 to Year 6',
    summary: 'How pupils move from concrete objects to bar models to abstract equations, with examples for each year group.',
    kind: 'scheme_of_work',
    subjectTags: ['maths', 'bar models'],
    phaseTags: ['primary'],
    keyStageTags: ['ks1', 'ks2'],
    body: 'A progression map of part-whole and comparison bar models, with worked problems for each year and common misconceptions to watch for.',
    whatWorked: 'Teaching the same representation in every year so pupils recognise it; drawing bars on squared paper.',
    whatDidNotWork: 'Introducing comparison models before pupils were secure with part-whole models.',
    helpfulFor: ['ect@oakfield.test', 'mentor@oakfield.test'],
    daysAgo: 33,
  },
  {
    network: 'maths',
    organisation: 'harbour',
    author: 'lead@harbour.test',
    title: 'Times-tables check analysis across the alliance',
    summary: 'Anonymised multiplication tables check results for every member primary school, with the tables pupils found hardest.',
    kind: 'assessment',
    subjectTags: ['maths', 'multiplication'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    body: 'Results by school and by question. The 6, 7, 8 and 12 times tables account for most incorrect answers; pupils who answered fastest were also the most accurate.',
    whatWorked: 'Comparing question-level results between schools showed where one school’s approach could help another.',
    whatDidNotWork: 'Whole-school averages hid large differences between classes.',
    helpfulFor: ['head@oakfield.test'],
    daysAgo: 12,
  },
  {
    network: 'maths',
    organisation: 'oakfield',
    author: 'mentor@oakfield.test',
    title: 'Lesson study cycle for problem solving in Key Stage 3',
    summary: 'A three-lesson study cycle used by the Mid Kent hub to improve how Year 8 pupils tackle unfamiliar problems.',
    kind: 'cpd_material',
    subjectTags: ['maths', 'problem solving'],
    phaseTags: ['secondary'],
    keyStageTags: ['ks3'],
    body: 'Plan together, teach and observe the research lesson, then refine it. Includes the observation sheet and the discussion prompts used afterwards.',
    whatWorked: 'Observing pupils rather than the teacher; agreeing one focus question before the lesson.',
    whatDidNotWork: 'Trying to release three teachers on the same afternoon in a small school.',
    daysAgo: 25,
  },
  {
    network: 'maths',
    organisation: 'marshside',
    author: 'ect@marshside.test',
    title: 'Retrieval starters instead of maths homework worksheets',
    summary: 'Replacing weekly worksheets with five-question retrieval starters in Year 7 and Year 8.',
    kind: 'case_study',
    subjectTags: ['maths', 'retrieval practice'],
    phaseTags: ['secondary'],
    keyStageTags: ['ks3'],
    body: 'Each lesson opens with five questions: one from last lesson, last week, last month, last term and last year.',
    whatWorked: 'Pupils could see their own progress; marking took a minute in class instead of an evening at home.',
    whatDidNotWork: 'Parents missed seeing homework: we now send the week’s starters home on Fridays.',
    daysAgo: 8,
  },
  {
    network: 'english',
    organisation: 'oakfield',
    author: 'head@oakfield.test',
    title: 'Repeated reading to build fluency in Year 6',
    summary: 'Twelve weeks of daily repeated reading for pupils reading below 90 words a minute.',
    kind: 'case_study',
    subjectTags: ['english', 'reading'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    body: 'Pupils read the same short passage three times with an adult, who models phrasing and expression. Words correct per minute are recorded weekly.',
    whatWorked: 'Choosing passages from the class text so practice paid off in lessons too.',
    whatDidNotWork: 'Running sessions during assembly time, when the pupils were often called away.',
    isPublic: true,
    helpfulFor: ['ect@marshside.test', 'lead@harbour.test'],
    daysAgo: 30,
  },
  {
    network: 'english',
    organisation: 'marshside',
    author: 'ect@marshside.test',
    title: 'Extended writing scheme for Year 9',
    summary: 'A half-term scheme of work building from paragraph-level writing to a 1,000-word persuasive piece.',
    kind: 'scheme_of_work',
    subjectTags: ['english', 'writing'],
    phaseTags: ['secondary'],
    keyStageTags: ['ks3'],
    body: 'Six weeks: model texts, shared writing, sentence-level practice, planning, drafting and redrafting after feedback.',
    whatWorked: 'Live modelling of drafting under the visualiser.',
    whatDidNotWork: 'Peer feedback without a checklist was vague and rarely acted on.',
    daysAgo: 18,
  },
  {
    network: 'english',
    organisation: 'riverside',
    author: 'ect@riverside.test',
    title: 'Phonics catch-up assessment for Key Stage 2',
    summary: 'A quick phonics check to find older pupils who still need systematic phonics teaching.',
    kind: 'assessment',
    subjectTags: ['english', 'phonics', 'reading'],
    phaseTags: ['primary'],
    keyStageTags: ['ks2'],
    body: 'Forty words and pseudo-words graded by phase; takes five minutes per pupil and points to the phase where teaching should restart.',
    whatWorked: 'Testing every new arrival in Years 3 to 6 in their first week.',
    whatDidNotWork: 'Using the Year 1 screening check itself with older pupils: it told us little.',
    daysAgo: 5,
  },
  {
    network: 'send',
    organisation: 'marshside',
    author: 'ceo@marshside.test',
    title: 'Reintegration plan template for pupils returning from alternative provision',
    summary: 'The template the SEND leadership group agreed for planning a pupil’s return from AP to a mainstream school.',
    kind: 'policy',
    subjectTags: ['send', 'inclusion', 'alternative provision'],
    phaseTags: ['secondary'],
    keyStageTags: ['ks3', 'ks4'],
    body: 'Sections for the pupil’s voice, a named adult, a phased timetable, agreed adjustments and review dates.',
    whatWorked: 'Agreeing the phased timetable with the pupil and family before the first day back.',
    whatDidNotWork: 'Plans written by the AP alone, without the receiving school in the room.',
    isPublic: true,
    helpfulFor: ['ceo@oakfield.test', 'head@riverside.test'],
    daysAgo: 6,
  },
  {
    network: 'send',
    organisation: 'riverside',
    author: 'head@riverside.test',
    title: 'Improving the quality of EHCP applications',
    summary: 'What we changed after the local authority returned a third of our education, health and care plan requests.',
    kind: 'case_study',
    subjectTags: ['send', 'ehcp'],
    phaseTags: ['primary', 'secondary'],
    keyStageTags: [],
    body: 'A checklist of the evidence panels look for, and the assess-plan-do-review records that made the difference.',
    whatWorked: 'Meeting the local authority’s caseworker before submitting.',
    whatDidNotWork: 'Long narrative reports: panels wanted specific, measurable needs.',
    helpfulFor: ['ceo@marshside.test'],
    daysAgo: 20,
  },
  {
    network: 'send',
    organisation: 'oakfield',
    author: 'head@oakfield.test',
    title: 'Early identification of speech and language needs in Reception',
    summary: 'A screening routine in the first half term of Reception, and the small-group intervention that followed.',
    kind: 'case_study',
    subjectTags: ['send', 'speech and language'],
    phaseTags: ['primary'],
    keyStageTags: ['eyfs'],
    body: 'All Reception children are screened in their first six weeks; those flagged join a three-times-weekly small group led by a trained teaching assistant.',
    whatWorked: 'Training teaching assistants together across three schools.',
    whatDidNotWork: 'Screening during the first fortnight, when children were still settling.',
    daysAgo: 45,
  },
  {
    network: null,
    organisation: 'harbour',
    author: 'coordinator@alliance.test',
    title: 'Mentoring early-career teachers: a half-termly review conversation',
    summary: 'Prompts for mentors’ half-termly review conversations with early-career teachers, used in every member trust.',
    kind: 'cpd_material',
    subjectTags: ['mentoring', 'ect'],
    phaseTags: ['primary', 'secondary'],
    keyStageTags: [],
    body: 'Questions on workload, behaviour, planning and wellbeing, with space to agree one development focus.',
    whatWorked: 'Keeping the conversation separate from formal assessment.',
    whatDidNotWork: 'Holding the review at the end of a teaching day in the last week of half term.',
    helpfulFor: ['mentor@oakfield.test'],
    daysAgo: 50,
  },
  {
    network: null,
    organisation: 'riverside',
    author: 'ceo@riverside.test',
    title: 'Attendance policy for persistent absence',
    summary: 'Riverside’s attendance policy, rewritten to support families first and escalate only when support fails.',
    kind: 'policy',
    subjectTags: ['attendance'],
    phaseTags: ['primary', 'secondary'],
    keyStageTags: [],
    body: 'Stages of support, from a first conversation to a formal attendance contract; roles of the attendance officer and the family liaison worker.',
    whatWorked: 'Home visits in the first week of absence.',
    whatDidNotWork: 'Letters alone: the families we most needed to reach did not respond to them.',
    daysAgo: 60,
  },
  {
    network: null,
    organisation: 'oakfield',
    author: 'ceo@oakfield.test',
    title: 'Curriculum sequencing in foundation subjects',
    summary: 'How Oakfield sequenced history and geography so knowledge builds from Year 1 to Year 6.',
    kind: 'scheme_of_work',
    subjectTags: ['history', 'geography', 'curriculum'],
    phaseTags: ['primary'],
    keyStageTags: ['ks1', 'ks2'],
    body: 'Substantive and disciplinary knowledge mapped across year groups, with the vocabulary pupils need at each point.',
    whatWorked: 'Starting from what pupils should know by Year 6 and working backwards.',
    whatDidNotWork: 'Topic webs linking every subject to one theme: the links were often forced.',
    daysAgo: 70,
  },
  {
    network: null,
    organisation: 'marshside',
    author: 'bm@marshside.test',
    title: 'Sharing a science technician across three schools',
    summary: 'How three small secondary schools shared one science technician and what it saved.',
    kind: 'other',
    subjectTags: ['science'],
    phaseTags: ['secondary'],
    keyStageTags: ['ks3', 'ks4'],
    body: 'A rota, a shared practical calendar and a van: practicals are planned a fortnight ahead so equipment can move between sites.',
    whatWorked: 'A shared booking calendar that every science teacher could see.',
    whatDidNotWork: 'Last-minute practical requests, which the rota could not absorb.',
    daysAgo: 3,
  },
];

export async function seedNetworks(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  const allianceId = known(allianceIds, ALLIANCE);
  const coordinatorId = known(userIds, 'coordinator@alliance.test');
  const schoolIds = new Map<string, string>(
    ((await manager.query(`SELECT id, urn FROM schools`)) as { id: string; urn: string }[]).map((school) => [school.urn, school.id]),
  );
  const networkIds = new Map<string, string>();
  for (const demo of DEMO_NETWORKS) {
    const network = await manager.save(
      manager.create(Network, {
        allianceId,
        name: demo.name,
        kind: demo.kind,
        subjectTags: demo.subjectTags,
        phaseTags: demo.phaseTags,
        purpose: demo.purpose,
        expectations: demo.expectations,
        createdByUserId: coordinatorId,
      }),
    );
    networkIds.set(demo.key, network.id);
    const hubIds = new Map<string, string>();
    for (const hub of demo.hubs) {
      const saved = await manager.save(manager.create(NetworkHub, { networkId: network.id, name: hub.name, region: hub.region, hubLeadUserId: known(userIds, hub.lead) }));
      hubIds.set(hub.name, saved.id);
    }
    const members = new Map<string, Partial<NetworkMember>>();
    for (const email of demo.leads) members.set(email, { role: 'lead', hubId: null, schoolId: null });
    for (const hub of demo.hubs) members.set(hub.lead, { role: members.get(hub.lead)?.role ?? 'member', hubId: known(hubIds, hub.name), schoolId: null });
    for (const [email, hub, urn] of demo.members) {
      members.set(email, { role: members.get(email)?.role ?? 'member', hubId: hub ? known(hubIds, hub) : null, schoolId: urn ? known(schoolIds, urn) : null });
    }
    for (const [email, member] of members) {
      await manager.insert(NetworkMember, { networkId: network.id, userId: known(userIds, email), addedByUserId: coordinatorId, ...member });
    }
    for (const demoMeeting of demo.meetings) {
      const startsAt = londonTime(demoMeeting.inDays, demoMeeting.at);
      const meeting = await manager.save(
        manager.create(NetworkMeeting, {
          networkId: network.id,
          kind: demoMeeting.kind,
          hubId: demoMeeting.hub ? known(hubIds, demoMeeting.hub) : null,
          title: demoMeeting.title,
          startsAt,
          endsAt: new Date(startsAt.getTime() + demoMeeting.hours * 60 * 60 * 1000),
          venue: demoMeeting.venue ?? null,
          address: demoMeeting.address ?? null,
          onlineUrl: demoMeeting.onlineUrl ?? null,
          agenda: demoMeeting.agenda,
          notes: demoMeeting.notes ?? '',
          decisions: demoMeeting.decisions ?? [],
          notesRecordedAt: demoMeeting.notes ? new Date(startsAt.getTime() + 24 * 60 * 60 * 1000) : null,
          createdByUserId: known(userIds, demo.leads[0]),
        }),
      );
      for (const [email, rsvp] of demoMeeting.rsvps ?? []) {
        const past = demoMeeting.inDays < 0;
        await manager.insert(MeetingResponse, {
          meetingId: meeting.id,
          userId: known(userIds, email),
          rsvp,
          attendance: past ? (rsvp === 'going' ? 'attended' : 'absent') : null,
          attendanceMarkedAt: past ? new Date() : null,
        });
      }
    }
  }
  for (const demo of DEMO_RESOURCES) {
    const publishedAt = new Date(Date.now() - demo.daysAgo * 24 * 60 * 60 * 1000);
    const resource = await manager.save(
      manager.create(LibraryResource, {
        allianceId,
        networkId: demo.network ? known(networkIds, demo.network) : null,
        organisationId: known(organisationIds, demo.organisation),
        authorUserId: known(userIds, demo.author),
        title: demo.title,
        summary: demo.summary,
        kind: demo.kind,
        subjectTags: demo.subjectTags,
        phaseTags: demo.phaseTags,
        keyStageTags: demo.keyStageTags,
        body: demo.body,
        whatWorked: demo.whatWorked,
        whatDidNotWork: demo.whatDidNotWork,
        links: demo.links ?? [],
        isPublic: demo.isPublic ?? false,
        helpfulCount: demo.helpfulFor?.length ?? 0,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      }),
    );
    for (const email of demo.helpfulFor ?? []) await manager.insert(ResourceHelpfulMark, { resourceId: resource.id, userId: known(userIds, email) });
  }
}

/** A demo record looked up by its natural key; the demo data is fixed, so a miss is a mistake in this file. */
function known<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo networks refer to unknown ${key}`);
  return value;
}
