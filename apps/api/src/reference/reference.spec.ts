import type { OrganisationSummary } from '@alliance/contracts';
import { join } from 'node:path';
import { GiasImporter } from '../gias/gias-importer';
import { createTestApp, TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

const FIXTURES = join(__dirname, '../gias/fixtures');
const SAMPLES = join(__dirname, '../../../../../shared/data/gias');

describe('searching the register of trusts imported from GIAS', () => {
  let testApp: TestApp;
  let coordinator: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    await new GiasImporter(testApp.dataSource).run({
      establishments: { path: join(SAMPLES, 'edubasealldata-sample.csv'), name: 'edubasealldata-sample.csv' },
      groups: { path: join(FIXTURES, 'allgroupsdata-fixture.csv'), name: 'allgroupsdata-fixture.csv' },
      links: { path: join(FIXTURES, 'alllinksdata-fixture.csv'), name: 'alllinksdata-fixture.csv' },
    });
    coordinator = await testApp.signIn('coordinator@alliance.test');
  });

  afterAll(() => testApp.close());

  async function search(text: string): Promise<OrganisationSummary[]> {
    const response = await coordinator.get(`/api/reference/organisations?search=${encodeURIComponent(text)}`);
    expect(response.status).toBe(200);
    return response.body.items;
  }

  it('finds an imported trust by name, by Group ID and by the URN of one of its schools', async () => {
    expect(await search('northern lights')).toEqual([
      // Its region is the one most of its open schools are in (here a tie, broken alphabetically).
      { id: expect.any(String), name: 'Northern Lights Academy Trust', kind: 'trust', dfeReference: 'TR09001', region: 'South West' },
    ]);
    expect((await search('tr09001')).map((trust) => trust.name)).toEqual(['Northern Lights Academy Trust']);
    expect((await search('106653')).map((trust) => trust.name)).toEqual(['Northern Lights Academy Trust']);
  });

  it('puts an exact Group ID or URN first, then names that start with the search', async () => {
    await testApp.dataSource.query(`INSERT INTO organisations (name, kind, "dfeReference") VALUES ('Trust of TR0', 'trust', NULL)`);
    expect((await search('TR03417')).map((trust) => trust.name)).toEqual(['Oakfield Learning Trust']);
    const names = (await search('trust')).map((trust) => trust.name);
    expect(names.indexOf('Trust of TR0')).toBe(0);
  });

  it('leaves out trusts that have closed', async () => {
    await testApp.dataSource.query(`UPDATE organisations SET status = 'closed' WHERE "dfeReference" = 'TR09002'`);
    expect(await search('becket')).toEqual([]);
  });
});
