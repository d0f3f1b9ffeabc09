import type { GiasChangeReport, GiasImportReport } from '@alliance/contracts';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { GiasFileError } from './gias-errors';
import { GiasImporter, type GiasImportFiles } from './gias-importer';

const SAMPLES = join(__dirname, '../../../../../shared/data/gias');
const FIXTURES = join(__dirname, 'fixtures');

const sample = (name: string) => ({ path: join(SAMPLES, name), name });
const fixture = (name: string) => ({ path: join(FIXTURES, name), name });

const SAMPLE_FILES: GiasImportFiles = {
  establishments: sample('edubasealldata-sample.csv'),
  groups: sample('allgroupsdata-sample.csv'),
  links: sample('alllinksdata-grouplinks-sample.csv'),
};

/** The counts of a report section, without the file name and rejected rows. */
function counts(section: GiasChangeReport): Record<string, number> {
  const { rowsRead, created, updated, unchanged, closed, skipped, rejectedCount } = section;
  return { rowsRead, created, updated, unchanged, closed, skipped, rejectedCount };
}

function rejected(section: GiasChangeReport): [number, string][] {
  return section.rejected.map((row) => [row.line, row.reason]);
}

describe('importing the register from GIAS', () => {
  let testApp: TestApp;
  let importer: GiasImporter;

  beforeAll(async () => {
    testApp = await createTestApp();
    importer = new GiasImporter(testApp.dataSource);
  });

  afterAll(() => testApp.close());

  async function school(urn: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await testApp.dataSource.query(
      `SELECT s.name, s.phase, s.status, s."establishmentType", s."localAuthority", s.region, s.postcode, s."openedOn"::text, s."closedOn"::text, o.name AS "trustName"
         FROM schools s LEFT JOIN organisations o ON o.id = s."organisationId" WHERE s.urn = $1`,
      [urn],
    );
    return row;
  }

  // The tests below build on one another, in order, like successive daily imports.
  describe('successive imports', () => {
    it('imports academy trusts and open schools from the shared samples, with Windows-1252 names intact', async () => {
      const report = await importer.run(SAMPLE_FILES);
      expect(counts(report.trusts)).toEqual({ rowsRead: 6, created: 2, updated: 0, unchanged: 0, closed: 0, skipped: 4, rejectedCount: 0 });
      expect(counts(report.schools)).toEqual({ rowsRead: 3, created: 2, updated: 0, unchanged: 0, closed: 0, skipped: 1, rejectedCount: 0 });
      expect(counts(report.links)).toEqual({ rowsRead: 3, created: 0, updated: 0, unchanged: 0, closed: 0, skipped: 3, rejectedCount: 0 });
      expect(await school('126416')).toEqual({
        name: 'St Thomas à Becket Church of England Aided Primary School',
        phase: 'primary',
        status: 'open',
        establishmentType: 'Voluntary aided school',
        localAuthority: 'Wiltshire',
        region: 'South West',
        postcode: 'SP3 4RZ',
        openedOn: null,
        closedOn: null,
        trustName: null,
      });
      expect(await school('106653')).toMatchObject({ phase: 'secondary', region: 'Yorkshire and the Humber' });
      expect(await school('117137')).toBeUndefined();
      const trusts = await testApp.dataSource.query(`SELECT name, kind, "dfeReference", status FROM organisations WHERE "giasGroupUid" IN ('1001', '1002') ORDER BY "giasGroupUid"`);
      expect(trusts).toEqual([
        { name: 'Single-academy Trust School', kind: 'trust', dfeReference: null, status: 'open' },
        { name: 'Multi-Academy trust Schools', kind: 'trust', dfeReference: null, status: 'open' },
      ]);
    });

    it('changes nothing when the same files are imported again', async () => {
      const [before] = await testApp.dataSource.query(`SELECT max("updatedAt") AS schools FROM schools`);
      const report = await importer.run(SAMPLE_FILES);
      expect(counts(report.trusts)).toEqual({ rowsRead: 6, created: 0, updated: 0, unchanged: 2, closed: 0, skipped: 4, rejectedCount: 0 });
      expect(counts(report.schools)).toEqual({ rowsRead: 3, created: 0, updated: 0, unchanged: 2, closed: 0, skipped: 1, rejectedCount: 0 });
      const [after] = await testApp.dataSource.query(`SELECT max("updatedAt") AS schools FROM schools`);
      expect(after.schools).toEqual(before.schools);
    });

    it('reads a UTF-8 copy of the establishments file the same as the Windows-1252 original', async () => {
      const report = await importer.run({ establishments: fixture('edubasealldata-utf8.csv') });
      expect(counts(report.schools)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    });

    it('adopts a trust people added with the same Group ID, and links schools to their trusts', async () => {
      const [oakfieldBefore] = await testApp.dataSource.query(`SELECT id FROM organisations WHERE name = 'Oakfield Learning Trust'`);
      const report = await importer.run({ groups: fixture('allgroupsdata-fixture.csv'), links: fixture('alllinksdata-fixture.csv') });
      expect(counts(report.trusts)).toEqual({ rowsRead: 5, created: 2, updated: 1, unchanged: 0, closed: 0, skipped: 2, rejectedCount: 0 });
      // Two schools join Northern Lights; Oakfield's five stay; Riverside's school stays with the trust people added.
      expect(counts(report.links)).toEqual({ rowsRead: 10, created: 2, updated: 0, unchanged: 5, closed: 0, skipped: 3, rejectedCount: 0 });
      const [oakfield] = await testApp.dataSource.query(`SELECT id, "giasGroupUid", "companiesHouseNumber" FROM organisations WHERE "dfeReference" = 'TR03417'`);
      expect(oakfield).toEqual({ id: oakfieldBefore.id, giasGroupUid: '5001', companiesHouseNumber: '07654321' });
      expect(await school('106653')).toMatchObject({ trustName: 'Northern Lights Academy Trust' });
      expect(await school('147310')).toMatchObject({ trustName: 'Riverside Academies Trust' });
      const [soloTrust] = await testApp.dataSource.query(`SELECT name FROM organisations WHERE "giasGroupUid" = '5003'`);
      expect(soloTrust.name).toBe('St Thomas à Becket Academy Trust');
      expect(await testApp.dataSource.query(`SELECT 1 FROM organisations WHERE "giasGroupUid" IN ('5004', '5005')`)).toEqual([]);
    });

    it('moves a school that changed trust and takes out one that left, keeping memberships and people', async () => {
      const people = `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM alliance_memberships WHERE status = 'active')::int AS memberships`;
      const [before] = await testApp.dataSource.query(people);
      const report = await importer.run({ links: fixture('alllinksdata-moved.csv') });
      expect(counts(report.links)).toEqual({ rowsRead: 7, created: 0, updated: 1, unchanged: 5, closed: 1, skipped: 0, rejectedCount: 1 });
      expect(rejected(report.links)).toEqual([[8, 'URN 148201 is already linked to a trust on line 4']]);
      expect(await school('126416')).toMatchObject({ trustName: 'St Thomas à Becket Academy Trust' });
      expect(await school('148205')).toMatchObject({ name: 'The Weald Special School', trustName: null });
      expect(await school('148201')).toMatchObject({ trustName: 'Oakfield Learning Trust' });
      expect(await testApp.dataSource.query(people)).toEqual([before]);
    });

    it('marks a school that closed as closed, and never deletes it', async () => {
      const report = await importer.run({ establishments: fixture('edubasealldata-closed.csv') });
      expect(counts(report.schools)).toEqual({ rowsRead: 3, created: 0, updated: 0, unchanged: 1, closed: 1, skipped: 1, rejectedCount: 0 });
      expect(await school('106653')).toMatchObject({ status: 'closed', closedOn: '2024-08-31', trustName: 'Northern Lights Academy Trust' });
    });

    it('writes each import to the audit log', async () => {
      const entries = await testApp.dataSource.query(`SELECT "actorUserId", changes FROM audit_entries WHERE action = 'gias.imported' ORDER BY "occurredAt"`);
      expect(entries).toHaveLength(6);
      expect(entries[0]).toEqual({ actorUserId: null, changes: expect.objectContaining({ schools: expect.objectContaining({ created: 2 }) }) });
    });
  });

  describe('rows that cannot be imported', () => {
    it('rejects bad rows with their line and reason, and imports the rest', async () => {
      const report = await importer.run({ establishments: fixture('edubasealldata-bad-rows.csv') });
      expect(rejected(report.schools)).toEqual([
        [2, 'OpenDate "2019-09-01" is not a date in the form DD/MM/YYYY'],
        [3, 'CloseDate "31/02/2019" is not a date in the form DD/MM/YYYY'],
        [4, 'URN "10665A" is not a number'],
        [5, 'URN is empty'],
        [6, 'The row has 3 values but the header has 133 columns'],
      ]);
      expect(counts(report.schools)).toMatchObject({ rowsRead: 6, created: 1, rejectedCount: 5 });
      expect(await school('140002')).toMatchObject({ name: 'Good Row Primary School', openedOn: '2020-09-01' });
    });

    it('rejects a URN that is already in the file', async () => {
      const report = await importer.run({ establishments: fixture('edubasealldata-duplicate-urns.csv') });
      expect(rejected(report.schools)).toEqual([[5, 'URN 106653 is also on line 2']]);
      expect(await school('106653')).toMatchObject({ name: 'Penistone Grammar School' });
    });

    it('skips blank lines and still counts them in line numbers', async () => {
      const report = await importer.run({ establishments: fixture('edubasealldata-blank-lines.csv') });
      expect(counts(report.schools)).toMatchObject({ rowsRead: 4, rejectedCount: 1 });
      expect(rejected(report.schools)).toEqual([[9, 'URN 106653 is also on line 3']]);
    });
  });

  describe('files that cannot be imported', () => {
    async function refusal(files: GiasImportFiles): Promise<string> {
      const error = await importer.run(files).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(GiasFileError);
      return (error as Error).message;
    }

    it('names the columns a file is missing', async () => {
      expect(await refusal({ establishments: fixture('edubasealldata-missing-columns.csv') })).toBe(
        'The establishments file does not have the columns "URN", "GOR (name)". Check you chose the right file: it is called edubasealldataYYYYMMDD.csv in Get Information about Schools.',
      );
    });

    it('refuses the wrong file before importing anything', async () => {
      const [before] = await testApp.dataSource.query(`SELECT count(*)::int AS trusts FROM organisations`);
      const message = await refusal({ groups: fixture('allgroupsdata-fixture.csv'), links: sample('edubasealldata-sample.csv') });
      expect(message).toContain('The group links file does not have the column "Linked UID"');
      expect(await testApp.dataSource.query(`SELECT count(*)::int AS trusts FROM organisations`)).toEqual([before]);
    });

    it('refuses a file in an encoding that is not text we can read', async () => {
      expect(await refusal({ establishments: fixture('edubasealldata-utf16.csv') })).toMatch(/^The establishments file is not a CSV file/);
    });

    it('needs at least one file', async () => {
      expect(await refusal({})).toBe('Choose at least one file to import.');
    });
  });
});

describe('uploading GIAS files as the platform admin', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  /** A multipart POST with the CSRF header the TestClient would add to a JSON request. */
  function upload(client: TestClient, files: Record<string, string>) {
    const xsrf = /(?:^|; )XSRF-TOKEN=([^;]*)/.exec(client.cookieHeader())?.[1] ?? '';
    let request = client.raw().post('/api/admin/gias-imports').set('X-XSRF-TOKEN', decodeURIComponent(xsrf));
    for (const [field, path] of Object.entries(files)) request = request.attach(field, path);
    return request;
  }

  it('imports the uploaded files, reports what changed and records who did it', async () => {
    const admin = await testApp.signIn('admin@alliance.test');
    const response = await upload(admin, {
      establishments: join(SAMPLES, 'edubasealldata-sample.csv'),
      groups: join(SAMPLES, 'allgroupsdata-sample.csv'),
      links: join(SAMPLES, 'alllinksdata-grouplinks-sample.csv'),
    });
    expect(response.status).toBe(201);
    const report = response.body as GiasImportReport;
    expect(report.schools).toMatchObject({ file: 'edubasealldata-sample.csv', created: 2, skipped: 1 });
    expect(report.trusts).toMatchObject({ file: 'allgroupsdata-sample.csv', created: 2 });
    const [entry] = await testApp.dataSource.query(`SELECT "actorUserId", "entityId" FROM audit_entries WHERE action = 'gias.imported'`);
    const [admin_] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = 'admin@alliance.test'`);
    expect(entry).toEqual({ actorUserId: admin_.id, entityId: report.id });
    expect((await admin.get('/api/admin/gias-imports/current')).body).toMatchObject({ running: false, phase: null });
  });

  it('explains a file it cannot import as a 400', async () => {
    const admin = await testApp.signIn('admin@alliance.test');
    const response = await upload(admin, { establishments: join(FIXTURES, 'edubasealldata-missing-columns.csv') });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('does not have the columns "URN", "GOR (name)"');
    const none = await upload(admin, {});
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('Choose at least one file to import.');
    expect((await upload(admin, { schools: join(SAMPLES, 'edubasealldata-sample.csv') })).status).toBe(400);
  });

  it('is only for the platform admin', async () => {
    const ceo = await testApp.signIn('ceo@oakfield.test');
    expect((await upload(ceo, { groups: join(SAMPLES, 'allgroupsdata-sample.csv') })).status).toBe(403);
    expect((await ceo.get('/api/admin/gias-imports/current')).status).toBe(403);
    const anonymous = testApp.client();
    await anonymous.get('/api/health');
    expect((await upload(anonymous, { groups: join(SAMPLES, 'allgroupsdata-sample.csv') })).status).toBe(401);
  });
});
