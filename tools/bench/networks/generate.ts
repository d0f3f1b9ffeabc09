import type { Client } from 'pg';

/**
 * Fills the library with `count` resources in one INSERT … SELECT over generate_series. Titles, summaries and bodies
 * are assembled from the phrases teachers use: each resource has a subject (skewed towards maths and English, as real
 * libraries are) with its own topics and vocabulary, plus general sentences shared by all, so the tsvector, the ranking
 * and the highlights work on text where some words are rare and some (such as "pupils") are everywhere.
 * setseed makes every run the same library.
 */
export async function generateResources(
  db: Client,
  count: number,
): Promise<void> {
  const topics = SUBJECTS.flatMap((subject) => subject.topics);
  const sentences = SUBJECTS.flatMap((subject) => subject.sentences);
  await db.query('SELECT setseed(0.4217)');
  await db.query(
    `WITH owners AS (
       SELECT array_agg(u.id ORDER BY u.email) AS users, array_agg(u."organisationId" ORDER BY u.email) AS organisations, a.id AS alliance
         FROM users u
         JOIN alliance_memberships am ON am."organisationId" = u."organisationId" AND am.status = 'active'
         JOIN alliances a ON a.id = am."allianceId" AND a.name = 'Better Together Alliance'
        GROUP BY a.id
     ),
     networks AS (SELECT array_agg(id ORDER BY name) AS ids FROM networks),
     rows AS (
       -- Subjects are skewed, as real libraries are: maths and English resources far outnumber music ones.
       SELECT i, floor(power(random(), 1.7) * $13::int)::int AS subject,
              floor(random() * 1000000)::int AS r1, floor(random() * 1000000)::int AS r2, floor(random() * 1000000)::int AS r3,
              floor(random() * 1000000)::int AS r4, floor(random() * 1000000)::int AS r5
         FROM generate_series(1, $1::int) AS i
     )
     INSERT INTO library_resources ("allianceId", "networkId", "organisationId", "authorUserId", title, summary, kind,
                                    "subjectTags", "phaseTags", "keyStageTags", body, "whatWorked", "whatDidNotWork",
                                    "isPublic", "helpfulCount", "createdAt", "updatedAt")
     SELECT owners.alliance,
            CASE WHEN r1 % 4 = 0 THEN NULL ELSE networks.ids[1 + r1 % cardinality(networks.ids)] END,
            owners.organisations[1 + r2 % cardinality(owners.users)],
            owners.users[1 + r2 % cardinality(owners.users)],
            initcap(($2::text[])[1 + subject * 8 + r1 % 8]) || ': ' || ($3::text[])[1 + r2 % cardinality($3::text[])] || ' in ' || ($4::text[])[1 + r3 % cardinality($4::text[])],
            'How one school used ' || ($3::text[])[1 + r4 % cardinality($3::text[])] || ' for ' || ($2::text[])[1 + subject * 8 + r2 % 8] || ' to improve '
              || ($5::text[])[1 + r1 % cardinality($5::text[])] || ' in ' || ($4::text[])[1 + r5 % cardinality($4::text[])] || '.',
            ($6::text[])[1 + r3 % cardinality($6::text[])],
            ARRAY[($7::text[])[1 + subject]],
            ARRAY[($8::text[])[1 + r2 % cardinality($8::text[])]],
            ARRAY[($9::text[])[1 + r3 % cardinality($9::text[])]],
            ($10::text[])[1 + subject * 4 + r1 % 4] || ' ' || ($10::text[])[1 + subject * 4 + r2 % 4] || ' '
              || ($14::text[])[1 + r3 % cardinality($14::text[])] || ' ' || ($14::text[])[1 + r4 % cardinality($14::text[])],
            ($11::text[])[1 + r4 % cardinality($11::text[])] || ' ' || ($11::text[])[1 + r2 % cardinality($11::text[])],
            ($12::text[])[1 + r5 % cardinality($12::text[])],
            r1 % 10 = 0,
            r5 % 40,
            now() - (r4 % 1000) * interval '1 day' - (r5 % 1440) * interval '1 minute',
            now() - (r4 % 1000) * interval '1 day'
       FROM rows, owners, networks`,
    [
      count,
      topics,
      APPROACHES,
      YEAR_GROUPS,
      OUTCOMES,
      KINDS,
      SUBJECTS.map((subject) => subject.tag),
      PHASES,
      KEY_STAGES,
      sentences,
      WORKED,
      DID_NOT_WORK,
      SUBJECTS.length,
      GENERAL_SENTENCES,
    ],
  );
  // As autovacuum would soon after a bulk load: sets the visibility map and moves the GIN index's pending list
  // (where fast updates wait) into the index proper, so queries do not scan 20,000 unsorted entries each time.
  await db.query('VACUUM ANALYZE library_resources');
}

/** Each subject: its tag, exactly 8 topics and exactly 4 sentences of its own vocabulary. */
const SUBJECTS: { tag: string; topics: string[]; sentences: string[] }[] = [
  {
    tag: 'maths',
    topics: [
      'times tables fluency',
      'bar models',
      'fractions on a number line',
      'place value',
      'algebraic thinking',
      'ratio and proportion',
      'mental arithmetic',
      'geometry reasoning',
    ],
    sentences: [
      'Pupils moved from concrete manipulatives to pictorial bar models before abstract notation.',
      'A daily ten-minute fluency routine rehearsed number bonds and multiplication facts.',
      'Teachers used variation theory to sequence examples and non-examples.',
      'Reasoning prompts asked pupils to explain why an answer must be true.',
    ],
  },
  {
    tag: 'english',
    topics: [
      'reading fluency',
      'extended writing',
      'vocabulary instruction',
      'poetry analysis',
      'grammar in context',
      'class novels',
      'persuasive writing',
      'spelling patterns',
    ],
    sentences: [
      'Repeated reading of short passages built prosody and words correct per minute.',
      'Writers drafted, received feedback and redrafted over a fortnight.',
      'Tier two vocabulary was taught explicitly with morphology and etymology.',
      'Shared reading of the class novel modelled inference questions.',
    ],
  },
  {
    tag: 'science',
    topics: [
      'required practicals',
      'working scientifically',
      'misconceptions about forces',
      'electricity circuits',
      'cells and organisation',
      'chemical reactions',
      'ecosystems fieldwork',
      'variables and fair tests',
    ],
    sentences: [
      'Practical work was planned a fortnight ahead so equipment could move between sites.',
      'Pupils predicted, observed and explained before the teacher gave the answer.',
      'Diagnostic questions exposed misconceptions about forces and motion.',
      'Technicians prepared practical kits shared across three schools.',
    ],
  },
  {
    tag: 'phonics',
    topics: [
      'systematic synthetic phonics',
      'phonics catch-up',
      'decodable books',
      'blending practice',
      'phoneme frames',
      'tricky words',
      'phonics screening check',
      'reading at home',
    ],
    sentences: [
      'Children read decodable books matched to the grapheme-phoneme correspondences they knew.',
      'Daily keep-up sessions closed gaps on the same day they appeared.',
      'Older pupils restarted the programme at the phase the check pointed to.',
      'Parents were shown how to sound out words rather than guess from pictures.',
    ],
  },
  {
    tag: 'send',
    topics: [
      'EHCP applications',
      'adaptive teaching',
      'speech and language screening',
      'sensory regulation',
      'autism-friendly classrooms',
      'reintegration from alternative provision',
      'SENCO workload',
      'assess plan do review',
    ],
    sentences: [
      'The SENCO met the local authority caseworker before submitting each application.',
      'Visual timetables and now-and-next boards reduced anxiety at transitions.',
      'Teaching assistants delivered a structured language intervention three times a week.',
      'A named adult met the pupil every morning during the phased return.',
    ],
  },
  {
    tag: 'history',
    topics: [
      'chronological understanding',
      'source analysis',
      'historical interpretations',
      'local history',
      'substantive concepts',
      'enquiry questions',
      'migration history',
      'medieval kingdoms',
    ],
    sentences: [
      'Enquiry questions framed each unit and pupils answered them in extended prose.',
      'Pupils compared interpretations and asked why historians disagreed.',
      'Timelines were revisited every lesson to secure chronology.',
      'Local archives provided primary sources about the town in wartime.',
    ],
  },
  {
    tag: 'geography',
    topics: [
      'geography fieldwork',
      'map skills',
      'climate and weather',
      'rivers and coasts',
      'urbanisation',
      'locational knowledge',
      'sustainability',
      'ordnance survey grid references',
    ],
    sentences: [
      'Fieldwork on the local coastline collected data pupils analysed back in class.',
      'Map skills were practised with four- and six-figure grid references.',
      'Case studies contrasted a city in the United Kingdom with one in Kenya.',
      'Pupils used GIS layers to compare flood risk across the county.',
    ],
  },
  {
    tag: 'computing',
    topics: [
      'programming with Scratch',
      'Python for beginners',
      'online safety',
      'data representation',
      'computational thinking',
      'networks and the internet',
      'debugging',
      'algorithms',
    ],
    sentences: [
      'Pupils predicted what code would do before running it.',
      'Pair programming with driver and navigator roles reduced off-task behaviour.',
      'Unplugged activities introduced binary before any screen time.',
      'Online safety lessons were written with the safeguarding lead.',
    ],
  },
  {
    tag: 'mfl',
    topics: [
      'French phonics',
      'Spanish vocabulary',
      'listening comprehension',
      'translation practice',
      'GCSE speaking',
      'grammar drills',
      'language assistants',
      'cultural capital',
    ],
    sentences: [
      'Phonics in French was taught explicitly so pupils could pronounce unfamiliar words.',
      'Vocabulary was recycled across units using spaced retrieval.',
      'Dictation built the link between sound and spelling in Spanish.',
      'Speaking assessments were rehearsed with the language assistant.',
    ],
  },
  {
    tag: 'behaviour',
    topics: [
      'behaviour routines',
      'restorative conversations',
      'calm corridors',
      'reducing suspensions',
      'positive recognition',
      'classroom entry routines',
      'behaviour data',
      'de-escalation',
    ],
    sentences: [
      'Routines for entering and leaving the classroom were taught and rehearsed explicitly.',
      'Restorative conversations followed every removal from class.',
      'Behaviour data was reviewed weekly by heads of year.',
      'Staff used the same script for de-escalation across the school.',
    ],
  },
  {
    tag: 'attendance',
    topics: [
      'persistent absence',
      'attendance support',
      'first-day calling',
      'attendance contracts',
      'emotionally based school avoidance',
      'punctuality',
      'attendance incentives',
      'family liaison',
    ],
    sentences: [
      'Attendance officers made home visits in the first week of absence.',
      'First-day calls reached families before the absence became a habit.',
      'Pupils with emotionally based school avoidance had a graduated return plan.',
      'Attendance data was shared with form tutors every Monday.',
    ],
  },
  {
    tag: 'mentoring',
    topics: [
      'mentoring early-career teachers',
      'instructional coaching',
      'ECT workload',
      'lesson observation feedback',
      'mentor training',
      'induction tutor role',
      'deliberate practice',
      'action steps',
    ],
    sentences: [
      'Mentors held a weekly instructional coaching conversation focused on one action step.',
      'Early-career teachers rehearsed the action step before using it in class.',
      'Induction tutors quality assured mentoring across the trust.',
      'Feedback named one strength and one precise next step.',
    ],
  },
  {
    tag: 'music',
    topics: [
      'singing assemblies',
      'instrumental tuition',
      'music notation',
      'composition',
      'listening to music',
      'music hub partnerships',
      'ensemble performance',
      'rhythm games',
    ],
    sentences: [
      'Whole-class ensemble teaching gave every pupil an instrument for a year.',
      'Notation was introduced through rhythm grids before the stave.',
      'The music hub provided peripatetic teachers across the trust.',
      'Singing assemblies rehearsed a shared repertoire each half term.',
    ],
  },
  {
    tag: 'pe',
    topics: [
      'physical literacy',
      'swimming catch-up',
      'competitive sport',
      'active playtimes',
      'dance',
      'outdoor adventurous activities',
      'fundamental movement skills',
      'sports premium',
    ],
    sentences: [
      'Swimming catch-up sessions targeted pupils who could not swim 25 metres.',
      'Playground leaders ran active games at lunchtime.',
      'Fundamental movement skills were assessed at the start of each unit.',
      'Sports premium funded coaching that upskilled class teachers.',
    ],
  },
  {
    tag: 'early years',
    topics: [
      'communication and language',
      'continuous provision',
      'early maths',
      'transition to Reception',
      'outdoor learning',
      'key person approach',
      'fine motor skills',
      'story time',
    ],
    sentences: [
      'Adults modelled rich language during continuous provision.',
      'Home visits before children started built trust with families.',
      'Daily story time introduced new vocabulary in context.',
      'Fine motor activities prepared children for letter formation.',
    ],
  },
  {
    tag: 'leadership',
    topics: [
      'curriculum sequencing',
      'subject leadership',
      'staff wellbeing',
      'workload reduction',
      'trust-wide improvement',
      'middle leader development',
      'governance',
      'school improvement planning',
    ],
    sentences: [
      'Leaders protected time in the directed-time calendar for teachers to plan together.',
      'Subject leaders carried out deep dives with a common set of questions.',
      'Marking policy was replaced with whole-class feedback to reduce workload.',
      'Trustees received a termly report on the improvement priorities.',
    ],
  },
];

const GENERAL_SENTENCES = [
  'We tracked progress every fortnight using a short low-stakes quiz.',
  'Disadvantaged pupils were prioritised for the small-group sessions.',
  'Parents were invited to a workshop showing the methods their children use in class.',
  'We used question-level analysis to decide what to reteach.',
  'Retrieval starters revisited content from last week, last month and last term.',
  'The approach ran for twelve weeks with three sessions a week.',
  'Staff observed each other and met to discuss what they saw.',
  'Resources were shared on the trust drive so every school used the same version.',
  'The change was evaluated against the previous year’s cohort.',
  'Teaching assistants were trained alongside teachers.',
  'Governors visited to see the approach in practice.',
  'The timetable was adjusted to give the sessions a protected slot.',
];

const APPROACHES = [
  'routines',
  'a scheme of work',
  'a moderation approach',
  'coaching',
  'a whole-school approach',
  'an intervention',
  'a CPD sequence',
  'a case study',
];
const YEAR_GROUPS = [
  'Reception',
  'Year 1',
  'Year 2',
  'Year 3',
  'Year 4',
  'Year 5',
  'Year 6',
  'Year 7',
  'Year 8',
  'Year 9',
  'Year 10',
  'Year 11',
];
const OUTCOMES = [
  'attainment',
  'attendance',
  'confidence',
  'reading ages',
  'writing stamina',
  'behaviour',
  'inclusion',
  'recall',
];
const KINDS = [
  'case_study',
  'scheme_of_work',
  'assessment',
  'cpd_material',
  'policy',
  'other',
];
const PHASES = ['primary', 'secondary', 'special', 'all-through'];
const KEY_STAGES = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5'];
const WORKED = [
  'Short, predictable sessions that pupils could run themselves.',
  'Planning together across schools saved time and raised consistency.',
  'Celebrating personal bests rather than rankings kept pupils motivated.',
  'Sharing pupils’ work at hub meetings showed what good looks like.',
  'Involving families early made the biggest difference.',
  'Protected time for teachers to observe each other.',
];
const DID_NOT_WORK = [
  'Online homework platforms: the pupils who needed practice most rarely logged in.',
  'Running sessions during assemblies, when pupils were often called away.',
  'Long written reports that nobody had time to read.',
  'Introducing too many changes in the same half term.',
  'Peer feedback without a checklist was vague and rarely acted on.',
];
