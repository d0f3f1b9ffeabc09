import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';

interface PersonBody {
  id: string;
  name: string;
  roles: string[];
  organisationName: string;
  organisationKind: string;
}

describe('people across an alliance', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let betterTogether: string;
  let pennine: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    pennine = await ids.alliance('Pennine Partnership');
  });

  afterAll(() => testApp.close());

  it('lists chief executives and governors of the member trusts, with their trust and never an email', async () => {
    const oakfield = await testApp.signIn('ceo@oakfield.test');
    const response = await oakfield.get(`/api/alliances/${betterTogether}/people?roles=ceo,governor&organisationKind=trust`);
    expect(response.status).toBe(200);
    const people = response.body.items as PersonBody[];
    expect(people.map((person) => `${person.name}, ${person.organisationName}`)).toEqual([
      'David Okafor, Oakfield Learning Trust',
      'Gareth Williams, Marshside Schools Trust',
      'Helen Carter, Oakfield Learning Trust',
      'Margaret Ellis, Riverside Academies Trust',
      'Mark Thompson, Riverside Academies Trust',
    ]);
    expect(response.body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
    expect(people[1]).toEqual({
      id: await ids.user('ceo@marshside.test'),
      name: 'Gareth Williams',
      roles: ['ceo'],
      organisationId: await ids.organisation('Marshside Schools Trust'),
      organisationName: 'Marshside Schools Trust',
      organisationKind: 'trust',
    });
    expect(JSON.stringify(response.body)).not.toContain('@');
  });

  it('finds people by part of their name or their organisation’s name, treating % and _ as plain characters', async () => {
    const head = await testApp.signIn('head@riverside.test');
    const byName = await head.get(`/api/alliances/${betterTogether}/people?search=${encodeURIComponent('  okaf ')}`);
    expect(byName.body.items.map((person: PersonBody) => person.name)).toEqual(['David Okafor']);
    const byOrganisation = await head.get(`/api/alliances/${betterTogether}/people?search=harbour&roles=staff`);
    expect(byOrganisation.body.items.map((person: PersonBody) => person.name)).toEqual(['Fiona Blake', 'Samuel Adeyemi']);
    for (const wildcard of ['%', '_']) {
      const response = await head.get(`/api/alliances/${betterTogether}/people?search=${encodeURIComponent(wildcard)}`);
      expect(response.body).toMatchObject({ items: [], total: 0 });
    }
  });

  it('pages through the people with a true total', async () => {
    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const first = await coordinator.get(`/api/alliances/${betterTogether}/people?pageSize=5`);
    const all = await coordinator.get(`/api/alliances/${betterTogether}/people?pageSize=100`);
    const beyond = await coordinator.get(`/api/alliances/${betterTogether}/people?pageSize=5&page=99`);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBe(all.body.items.length);
    expect(all.body.items.slice(0, 5)).toEqual(first.body.items);
    expect(beyond.body).toMatchObject({ items: [], total: all.body.items.length, page: 99 });
    expect(all.body.items.map((person: PersonBody) => person.name)).not.toContain('Karen Holroyd');
  });

  it('leaves out the people of an organisation that has left the alliance', async () => {
    const marshside = await ids.organisation('Marshside Schools Trust');
    await testApp.dataSource.query(`UPDATE alliance_memberships SET status = 'left' WHERE "allianceId" = $1 AND "organisationId" = $2`, [betterTogether, marshside]);
    try {
      const oakfield = await testApp.signIn('ceo@oakfield.test');
      const response = await oakfield.get(`/api/alliances/${betterTogether}/people?roles=ceo`);
      expect(response.body.items.map((person: PersonBody) => person.name)).toEqual(['Helen Carter', 'Mark Thompson']);
      const leaver = await testApp.signIn('ceo@marshside.test');
      expect((await leaver.get(`/api/alliances/${betterTogether}/people`)).status).toBe(404);
    } finally {
      await testApp.dataSource.query(`UPDATE alliance_memberships SET status = 'active' WHERE "allianceId" = $1 AND "organisationId" = $2`, [betterTogether, marshside]);
    }
  });

  it('shows nothing of another alliance and explains bad filters', async () => {
    const moorland = await testApp.signIn('ceo@moorland.test');
    expect((await moorland.get(`/api/alliances/${betterTogether}/people`)).status).toBe(404);
    const own = await moorland.get(`/api/alliances/${pennine}/people`);
    expect(own.body.items.map((person: PersonBody) => person.name)).toEqual(['Karen Holroyd']);

    const oakfield = await testApp.signIn('ceo@oakfield.test');
    const badRole = await oakfield.get(`/api/alliances/${betterTogether}/people?roles=ceo,wizard`);
    expect(badRole.status).toBe(400);
    expect(badRole.body.message).toContain('Choose roles from the list');
    const badKind = await oakfield.get(`/api/alliances/${betterTogether}/people?organisationKind=club`);
    expect(badKind.status).toBe(400);
    const longSearch = await oakfield.get(`/api/alliances/${betterTogether}/people?search=${'a'.repeat(101)}`);
    expect(longSearch.status).toBe(400);
    expect((await oakfield.get(`/api/alliances/not-a-uuid/people`)).status).toBe(400);
  });
});
