/**
 * Fills a database with a large, realistic alliance landscape for benchmarks:
 * 200 trusts, 2,000 schools, 20,000 people, 20 alliances of 10 trusts each.
 *
 *   DATABASE_URL=postgres://… npm run bench:dataset            (into that database)
 *   npm run bench:dataset                                     (into database alliance_bench on the embedded server)
 *
 * Every person's password is alliance-demo; emails are person<N>@trust<T>.bench.
 */
import 'reflect-metadata';
import {
  createDatabase,
  databaseUrl,
  ensurePostgres,
} from '../../../libs/local-postgres/src';
import { argon2id, hash } from 'argon2';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../apps/api/src/core/database/data-source-options';
import { migrate } from '../../../apps/api/src/core/database/prepare-database';

const TRUSTS = 200;
const SCHOOLS_PER_TRUST = 10;
const PEOPLE_PER_TRUST = 100;
const TRUSTS_PER_ALLIANCE = 10;

const REGIONS = [
  'South East',
  'London',
  'East of England',
  'South West',
  'West Midlands',
  'East Midlands',
  'Yorkshire and the Humber',
  'North West',
  'North East',
];
const AUTHORITIES = [
  'Kent',
  'Medway',
  'Essex',
  'Surrey',
  'Devon',
  'Birmingham',
  'Leeds',
  'Manchester',
  'Newcastle upon Tyne',
  'Norfolk',
];
const PLACES = [
  'Oak',
  'River',
  'Marsh',
  'Hill',
  'Meadow',
  'Castle',
  'Forest',
  'Harbour',
  'Valley',
  'Bridge',
  'Chalk',
  'Willow',
  'Heath',
  'Brook',
  'Down',
];
const PHASES = [
  'primary',
  'primary',
  'primary',
  'primary',
  'secondary',
  'secondary',
  'all_through',
  'special',
  'alternative_provision',
  'primary',
];
const ROLE_MIX = [
  ['ceo'],
  ['business_manager'],
  ['headteacher'],
  ['governor'],
  ['ect'],
  ['mentor'],
  ['staff'],
];
const FIRST = [
  'Amy',
  'Ben',
  'Chloe',
  'Daniel',
  'Ella',
  'Farah',
  'George',
  'Hannah',
  'Imran',
  'Jade',
  'Kwame',
  'Laura',
  'Mohammed',
  'Niamh',
  'Oliver',
  'Priya',
];
const LAST = [
  'Smith',
  'Jones',
  'Patel',
  'Williams',
  'Brown',
  'Khan',
  'Taylor',
  'Davies',
  'Evans',
  'Okafor',
  'Wilson',
  'Hughes',
  'Murphy',
  'Clarke',
];

async function main(): Promise<void> {
  let url = process.env['DATABASE_URL'];
  let stop = async () => undefined as void;
  if (!url) {
    const server = await ensurePostgres({
      dataDir: join(__dirname, '../../../.data/postgres'),
      port: Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? 54329),
    });
    await createDatabase(server.adminUrl, 'alliance_bench', {
      ifNotExists: true,
    });
    url = databaseUrl(server.adminUrl, 'alliance_bench');
    stop = () => server.stop();
  }
  const dataSource = await migrate(new DataSource(dataSourceOptions(url)));
  const started = Date.now();
  try {
    const passwordHash = await hash('alliance-demo', {
      type: argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    await dataSource.transaction(async (manager) => {
      const trusts = Array.from({ length: TRUSTS }, (_, t) => ({
        name: `${PLACES[t % PLACES.length]}${t >= PLACES.length ? ` ${Math.floor(t / PLACES.length) + 1}` : ''} Learning Trust`,
        reference: `TR9${String(t).padStart(4, '0')}`,
        region: REGIONS[t % REGIONS.length],
      }));
      const trustIds: string[] = (
        await manager.query(
          `INSERT INTO organisations (name, kind, "dfeReference", region)
           SELECT * FROM unnest($1::text[], array_fill('trust'::text, ARRAY[$4::int]), $2::text[], $3::text[]) RETURNING id`,
          [
            trusts.map((t) => t.name),
            trusts.map((t) => t.reference),
            trusts.map((t) => t.region),
            TRUSTS,
          ],
        )
      ).map((row: { id: string }) => row.id);

      const schools = trustIds.flatMap((trustId, t) =>
        Array.from({ length: SCHOOLS_PER_TRUST }, (_, s) => ({
          urn: String(900000 + t * SCHOOLS_PER_TRUST + s),
          name: `${PLACES[(t + s) % PLACES.length]} ${s % 3 === 0 ? 'Primary Academy' : s % 3 === 1 ? 'Academy' : 'Church of England School'} ${t + 1}-${s + 1}`,
          phase: PHASES[s % PHASES.length],
          authority: AUTHORITIES[(t + s) % AUTHORITIES.length],
          region: trusts[t].region,
          trustId,
        })),
      );
      await manager.query(
        `INSERT INTO schools (urn, name, phase, "localAuthority", region, "organisationId")
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[])`,
        [
          schools.map((s) => s.urn),
          schools.map((s) => s.name),
          schools.map((s) => s.phase),
          schools.map((s) => s.authority),
          schools.map((s) => s.region),
          schools.map((s) => s.trustId),
        ],
      );

      const people = trustIds.flatMap((trustId, t) =>
        Array.from({ length: PEOPLE_PER_TRUST }, (_, p) => ({
          email: `person${p}@trust${t}.bench`,
          name: `${FIRST[(t + p) % FIRST.length]} ${LAST[(t * 7 + p) % LAST.length]}`,
          roles: `{${ROLE_MIX[p % ROLE_MIX.length].join(',')}}`,
          trustId,
        })),
      );
      await manager.query(
        `INSERT INTO users (email, name, "passwordHash", "organisationId", roles)
         SELECT e, n, $5, o, r::text[] FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS p(e, n, o, r)`,
        [
          people.map((p) => p.email),
          people.map((p) => p.name),
          people.map((p) => p.trustId),
          people.map((p) => p.roles),
          passwordHash,
        ],
      );

      for (let a = 0; a < TRUSTS / TRUSTS_PER_ALLIANCE; a++) {
        const [{ id: allianceId }] = await manager.query(
          `INSERT INTO alliances (name, vision) VALUES ($1, $2) RETURNING id`,
          [
            `${REGIONS[a % REGIONS.length]} Alliance ${a + 1}`,
            'Trusts working together so that every pupil gets a great education.',
          ],
        );
        const members = trustIds.slice(
          a * TRUSTS_PER_ALLIANCE,
          (a + 1) * TRUSTS_PER_ALLIANCE,
        );
        await manager.query(
          `INSERT INTO alliance_memberships ("allianceId", "organisationId", status, "invitedAt", "joinedAt")
           SELECT $1, o, 'active', now(), now() FROM unnest($2::uuid[]) AS o`,
          [allianceId, members],
        );
        const [{ id: coordinatorId }] = await manager.query(
          `SELECT id FROM users WHERE email = $1`,
          [`person6@trust${a * TRUSTS_PER_ALLIANCE}.bench`],
        );
        await manager.query(
          `UPDATE users SET roles = array_append(roles, 'coordinator') WHERE id = $1`,
          [coordinatorId],
        );
        await manager.query(
          `INSERT INTO alliance_coordinators ("allianceId", "userId") VALUES ($1, $2)`,
          [allianceId, coordinatorId],
        );
      }
    });
    const counts = await dataSource.query(
      `SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM schools)::int AS schools,
              (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM alliances)::int AS alliances`,
    );
    console.log(
      `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
      counts[0],
    );
  } finally {
    await dataSource.destroy();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
