/**
 * Writes a realistic set of GIAS downloads for benchmarks, in the real column sets and encoding (Windows-1252, CRLF):
 * edubasealldata20250101.csv with N establishments (default 50,000: about 60 MB, like the real file), and the
 * matching allgroupsdata20250101.csv (one academy trust per 20 establishments, plus federations and sponsors) and
 * alllinksdata20250101.csv. About 1 row in 2,000 has a bad date, as a real file might.
 *
 *   npx ts-node --project tools/tsconfig.json tools/bench/gias/generate.ts [rows] [folder]
 */
import { stringify } from 'csv-stringify';
import { encodeStream } from 'iconv-lite';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  ESTABLISHMENT_HEADER,
  ESTABLISHMENT_TEMPLATE,
  GROUP_HEADER,
  LINK_HEADER,
} from './gias-columns';

export interface GeneratedGiasFiles {
  folder: string;
  establishments: number;
  groups: number;
  links: number;
}

type Row = Record<string, string>;

const ESTABLISHMENTS_PER_TRUST = 20;
const DATE_STAMP = '20250101';

const PLACES = [
  'Ashford',
  'Barnsley',
  'Bearsted',
  'Bexley',
  'Bolton',
  'Brighton',
  'Bristol',
  'Canterbury',
  'Carlisle',
  'Chatham',
  'Chelmsford',
  'Colchester',
  'Darlington',
  'Derby',
  'Dover',
  'Durham',
  'Exeter',
  'Folkestone',
  'Gillingham',
  'Gloucester',
  'Halifax',
  'Harrogate',
  'Hastings',
  'Hereford',
  'Ipswich',
  'Kendal',
  'Lancaster',
  'Leicester',
  'Lincoln',
  'Luton',
  'Maidstone',
  'Margate',
  'Norwich',
  'Oldham',
  'Penistone',
  'Plymouth',
  'Preston',
  'Reading',
  'Rochester',
  'Salisbury',
  'Sheffield',
  'Stockport',
  'Swindon',
  'Taunton',
  'Tilshead',
  'Truro',
  'Wakefield',
  'Whitstable',
  'Winchester',
  'Worcester',
  'York',
  'St Thomas à Becket',
  'St Æthelred',
  'Notre Dame',
  'Brontë',
];
const SUFFIXES = [
  'Primary School',
  'Academy',
  'Infant School',
  'Junior School',
  'High School',
  'Church of England Primary School',
  'Community College',
];
const AUTHORITIES: [string, string, string][] = [
  ['370', 'Barnsley', 'Yorkshire and the Humber'],
  ['865', 'Wiltshire', 'South West'],
  ['919', 'Hertfordshire', 'East of England'],
  ['886', 'Kent', 'South East'],
  ['887', 'Medway', 'South East'],
  ['330', 'Birmingham', 'West Midlands'],
  ['352', 'Manchester', 'North West'],
  ['202', 'Camden', 'London'],
  ['926', 'Norfolk', 'East of England'],
  ['855', 'Leicestershire', 'East Midlands'],
  ['840', 'County Durham', 'North East'],
  ['908', 'Cornwall', 'South West'],
];
/** [type code, type, type group, phase code, phase, academy?, weight] */
const KINDS: [string, string, string, string, string, boolean, number][] = [
  ['28', 'Academy converter', 'Academies', '2', 'Primary', true, 25],
  [
    '01',
    'Community school',
    'LA maintained schools',
    '2',
    'Primary',
    false,
    20,
  ],
  ['28', 'Academy converter', 'Academies', '4', 'Secondary', true, 8],
  ['27', 'Academy sponsor led', 'Academies', '4', 'Secondary', true, 8],
  [
    '02',
    'Voluntary aided school',
    'LA maintained schools',
    '2',
    'Primary',
    false,
    8,
  ],
  [
    '05',
    'Foundation school',
    'LA maintained schools',
    '4',
    'Secondary',
    false,
    4,
  ],
  [
    '33',
    'Academy special converter',
    'Special schools',
    '0',
    'Not applicable',
    true,
    3,
  ],
  [
    '07',
    'Community special school',
    'Special schools',
    '0',
    'Not applicable',
    false,
    3,
  ],
  ['14', 'Pupil referral unit', 'Other types', '0', 'Not applicable', false, 2],
  [
    '44',
    'Academy alternative provision converter',
    'Academies',
    '0',
    'Not applicable',
    true,
    1,
  ],
  ['35', 'Free schools', 'Free Schools', '7', 'All-through', true, 2],
  ['18', 'Further education', 'Colleges', '5', '16 plus', false, 2],
  [
    '15',
    'LA nursery school',
    'LA maintained schools',
    '1',
    'Nursery',
    false,
    2,
  ],
  [
    '11',
    'Other independent school',
    'Independent schools',
    '0',
    'Not applicable',
    false,
    8,
  ],
  [
    '47',
    "Children's centre",
    "Children's centres",
    '0',
    'Not applicable',
    false,
    4,
  ],
];
const KIND_WEIGHTS = KINDS.reduce((total, kind) => total + kind[6], 0);

/** A small seeded generator, so every run writes the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateGiasFiles(
  folder: string,
  rows: number,
): Promise<GeneratedGiasFiles> {
  await mkdir(folder, { recursive: true });
  const next = random(rows);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)];
  const date = (from: number, to: number) => {
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    return `${day}/${month}/${from + Math.floor(next() * (to - from + 1))}`;
  };
  const trusts = Math.max(10, Math.round(rows / ESTABLISHMENTS_PER_TRUST));
  const trustName = (index: number) =>
    `${PLACES[index % PLACES.length]} ${['Academy Trust', 'Learning Trust', 'Multi Academy Trust', 'Schools Trust'][index % 4]} ${index + 1}`;
  const trustIsClosed = (index: number) => index % 10 === 9;
  const trustIsSingle = (index: number) => index % 5 === 4;

  const establishments = csvFile(
    join(folder, `edubasealldata${DATE_STAMP}.csv`),
    ESTABLISHMENT_HEADER,
  );
  const links = csvFile(
    join(folder, `alllinksdata${DATE_STAMP}.csv`),
    LINK_HEADER,
  );
  let linkCount = 0;
  for (let index = 0; index < rows; index += 1) {
    let choice = next() * KIND_WEIGHTS;
    const kind =
      KINDS.find((candidate) => (choice -= candidate[6]) < 0) ?? KINDS[0];
    const [typeCode, type, typeGroup, phaseCode, phase, isAcademy] = kind;
    const [laCode, la, region] = pick(AUTHORITIES);
    const chance = next();
    const status =
      chance < 0.7
        ? 'Open'
        : chance < 0.73
          ? 'Open, but proposed to close'
          : chance < 0.74
            ? 'Proposed to open'
            : 'Closed';
    const urn = String(100000 + index);
    const name = `${pick(PLACES)} ${pick(SUFFIXES)}`;
    let trust =
      isAcademy && status !== 'Closed' ? Math.floor(next() * trusts) : -1;
    if (trust >= 0 && trustIsClosed(trust)) trust -= 1;
    const row: Row = Object.fromEntries(
      ESTABLISHMENT_HEADER.map((column, position) => [
        column,
        ESTABLISHMENT_TEMPLATE[position],
      ]),
    );
    Object.assign(row, {
      URN: urn,
      'LA (code)': laCode,
      'LA (name)': la,
      EstablishmentNumber: String(1000 + (index % 9000)),
      EstablishmentName: name,
      'TypeOfEstablishment (code)': typeCode,
      'TypeOfEstablishment (name)': type,
      'EstablishmentTypeGroup (name)': typeGroup,
      'EstablishmentStatus (code)': status === 'Closed' ? '2' : '1',
      'EstablishmentStatus (name)': status,
      OpenDate: isAcademy ? date(2010, 2024) : '',
      CloseDate: status === 'Closed' ? date(2000, 2024) : '',
      'PhaseOfEducation (code)': phaseCode,
      'PhaseOfEducation (name)': phase,
      'Trusts (code)': trust >= 0 ? String(10000 + trust) : '',
      'Trusts (name)': trust >= 0 ? trustName(trust) : '',
      Postcode: `${pick(['ME', 'CT', 'S', 'SP', 'AL', 'B', 'M', 'NW', 'NR', 'LE', 'DH', 'TR'])}${1 + Math.floor(next() * 20)} ${Math.floor(next() * 10)}${pick(['AB', 'DX', 'LT', 'QP', 'ZZ'])}`,
      Town: la,
      SchoolWebsite: `http://www.school-${urn}.sch.uk/`,
      'GOR (name)': region,
    });
    if (index % 2000 === 1999) row['OpenDate'] = '2019-13-01';
    await establishments.write(
      ESTABLISHMENT_HEADER.map((column) => row[column]),
    );
    if (trust >= 0) {
      const linkType = trustIsSingle(trust)
        ? 'Single-academy trust'
        : 'Multi-academy trust';
      await links.write(
        LINK_HEADER.map((column) =>
          linkValue(column, {
            URN: urn,
            'Linked UID': String(10000 + trust),
            'Group Name': trustName(trust),
            'Group Type': linkType,
            EstablishmentName: name,
          }),
        ),
      );
      linkCount += 1;
    } else if (type === 'Community school' && next() < 0.1) {
      const federation = Math.floor(next() * Math.max(1, trusts / 4));
      await links.write(
        LINK_HEADER.map((column) =>
          linkValue(column, {
            URN: urn,
            'Linked UID': String(90000 + federation),
            'Group Name': `${PLACES[federation % PLACES.length]} Federation`,
            'Group Type': 'Federation',
            EstablishmentName: name,
          }),
        ),
      );
      linkCount += 1;
    }
  }
  await Promise.all([establishments.end(), links.end()]);

  const groups = csvFile(
    join(folder, `allgroupsdata${DATE_STAMP}.csv`),
    GROUP_HEADER,
  );
  for (let index = 0; index < trusts; index += 1) {
    await groups.write(
      GROUP_HEADER.map((column) =>
        groupValue(column, {
          'Group UID': String(10000 + index),
          'Group ID': `TR${String(index + 1).padStart(5, '0')}`,
          'Group Name': trustName(index),
          'Companies House Number': String(7000000 + index).padStart(8, '0'),
          'Group Type (code)': trustIsSingle(index) ? '10' : '06',
          'Group Type': trustIsSingle(index)
            ? 'Single-academy trust'
            : 'Multi-academy trust',
          'Group Status': trustIsClosed(index) ? 'Closed' : 'Open',
          'Closed Date': trustIsClosed(index) ? date(2015, 2024) : '',
          'Open date': date(2010, 2020),
        }),
      ),
    );
  }
  const federations = Math.max(1, Math.floor(trusts / 4));
  for (let index = 0; index < federations; index += 1) {
    await groups.write(
      GROUP_HEADER.map((column) =>
        groupValue(column, {
          'Group UID': String(90000 + index),
          'Group Name': `${PLACES[index % PLACES.length]} Federation`,
          'Group Type (code)': '01',
          'Group Type': 'Federation',
          'Group Status': 'Open',
          'Open date': date(2005, 2020),
        }),
      ),
    );
  }
  await groups.end();
  return {
    folder,
    establishments: rows,
    groups: trusts + federations,
    links: linkCount,
  };
}

function linkValue(column: string, values: Row): string {
  return (
    values[column] ??
    { 'Group Status': 'Open', 'Joined date': '01/09/2015' }[column] ??
    ''
  );
}

function groupValue(column: string, values: Row): string {
  return (
    values[column] ??
    { 'Head of Group Title': 'Not recorded', 'Group County': 'Not recorded' }[
      column
    ] ??
    ''
  );
}

/** A CSV file written as GIAS writes it: every value quoted, CRLF, Windows-1252; writes wait when the disk is behind. */
function csvFile(
  path: string,
  header: readonly string[],
): { write(values: string[]): Promise<void>; end(): Promise<void> } {
  const csv = stringify({ quoted: true, record_delimiter: 'windows' });
  // iconv-lite's encoder takes text, not the UTF-8 bytes csv-stringify would give it.
  csv.setEncoding('utf8');
  const done = pipeline(csv, encodeStream('win1252'), createWriteStream(path));
  csv.write(header);
  return {
    async write(values) {
      if (!csv.write(values)) await once(csv, 'drain');
    },
    async end() {
      csv.end();
      await done;
    },
  };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 50_000);
  (async () => {
    const folder = process.argv[3]
      ? resolve(process.argv[3])
      : await mkdtemp(join(tmpdir(), 'alliance-gias-'));
    const files = await generateGiasFiles(folder, rows);
    console.log(
      `${files.establishments} establishments, ${files.groups} groups, ${files.links} links in ${files.folder}`,
    );
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
