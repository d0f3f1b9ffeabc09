import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';

describe('alliances', () => {
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

  async function auditActions(entityId?: string): Promise<string[]> {
    const rows: { action: string }[] = await testApp.dataSource.query(
      `SELECT action FROM audit_entries WHERE ($1::uuid IS NULL OR "entityId" = $1) ORDER BY "occurredAt"`,
      [entityId ?? null],
    );
    return rows.map((row) => row.action);
  }

  it('lists only the alliances the person’s organisation actively belongs to', async () => {
    const oakfield = await testApp.signIn('ceo@oakfield.test');
    const response = await oakfield.get('/api/alliances');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(response.body.items).toEqual([expect.objectContaining({ id: betterTogether, name: 'Better Together Alliance', memberCount: 4, isCoordinator: false })]);

    const moorland = await testApp.signIn('ceo@moorland.test');
    const theirs = await moorland.get('/api/alliances');
    expect(theirs.body.items.map((alliance: { name: string }) => alliance.name)).toEqual(['Pennine Partnership']);
  });

  it('shows the alliance home: vision, members with their schools, the current terms and who signed them', async () => {
    const head = await testApp.signIn('head@riverside.test');
    const response = await head.get(`/api/alliances/${betterTogether}`);
    expect(response.status).toBe(200);
    expect(response.body.vision).toContain('Better together');
    const members = response.body.members as { name: string; schools: unknown[]; signedCurrentTerms: boolean; status: string }[];
    expect(members.map((member) => member.name).sort()).toEqual([
      'Harbour Teaching School Hub',
      'Marshside Schools Trust',
      'Oakfield Learning Trust',
      'Riverside Academies Trust',
    ]);
    expect(members.find((member) => member.name === 'Oakfield Learning Trust')).toMatchObject({ status: 'active', signedCurrentTerms: true });
    expect(members.find((member) => member.name === 'Oakfield Learning Trust')!.schools).toHaveLength(5);
    expect(members.find((member) => member.name === 'Marshside Schools Trust')).toMatchObject({ signedCurrentTerms: false });
    expect(response.body.currentTerms).toMatchObject({ version: 1, publishedByName: 'Fiona Blake' });
    expect(response.body.currentTerms.signatures).toHaveLength(2);
  });

  it('hides another alliance entirely: 404 for its home, audit log, terms and invitations', async () => {
    const moorland = await testApp.signIn('ceo@moorland.test');
    const [{ id: termsId }] = await testApp.dataSource.query(`SELECT id FROM terms_of_reference WHERE "allianceId" = $1`, [betterTogether]);
    const oakfieldId = await ids.organisation('Oakfield Learning Trust');
    const attempts = [
      moorland.get(`/api/alliances/${betterTogether}`),
      moorland.get(`/api/alliances/${betterTogether}/audit`),
      moorland.patch(`/api/alliances/${betterTogether}`, { vision: 'Taken over' }),
      moorland.post(`/api/alliances/${betterTogether}/terms`, { body: 'These are some brand new terms of reference.' }),
      moorland.post(`/api/alliances/${betterTogether}/terms/${termsId}/signatures`),
      moorland.post(`/api/alliances/${betterTogether}/memberships`, { organisationId: oakfieldId }),
      moorland.get(`/api/organisations/${oakfieldId}`),
      moorland.get(`/api/organisations/${oakfieldId}/people`),
      moorland.get(`/api/organisations/${oakfieldId}/invitations`),
      moorland.post(`/api/organisations/${oakfieldId}/invitations`, { name: 'Spy', email: 'spy@moorland.test', roles: ['staff'] }),
      moorland.get(`/api/organisations/${oakfieldId}/alliance-invitations`),
      moorland.get('/api/events/00000000-0000-4000-8000-000000000000'),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
    }
    const oakfield = await testApp.signIn('ceo@oakfield.test');
    expect((await oakfield.get(`/api/alliances/${pennine}`)).status).toBe(404);
    const [{ vision }] = await testApp.dataSource.query(`SELECT vision FROM alliances WHERE id = $1`, [betterTogether]);
    expect(vision).not.toBe('Taken over');
  });

  it('lets only the coordinator change the vision, and audits it', async () => {
    const ceo = await testApp.signIn('ceo@riverside.test');
    const refused = await ceo.patch(`/api/alliances/${betterTogether}`, { vision: 'Riverside runs this now' });
    expect(refused.status).toBe(403);

    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const updated = await coordinator.patch(`/api/alliances/${betterTogether}`, { vision: 'Every child in every member school thrives.' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ vision: 'Every child in every member school thrives.', isCoordinator: true });
    expect(await auditActions(betterTogether)).toContain('alliance.updated');

    const empty = await coordinator.patch(`/api/alliances/${betterTogether}`, { vision: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toEqual(['Enter the alliance’s vision statement']);
    const unknown = await coordinator.patch(`/api/alliances/${betterTogether}`, { name: 'Renamed' });
    expect(unknown.status).toBe(400);
  });

  it('versions the terms of reference; CEOs sign the current version once', async () => {
    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const [{ id: firstVersionId }] = await testApp.dataSource.query(`SELECT id FROM terms_of_reference WHERE "allianceId" = $1 AND version = 1`, [betterTogether]);
    const published = await coordinator.post(`/api/alliances/${betterTogether}/terms`, { body: 'Version two: we also share our data dashboards each term.' });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, signatures: [] });
    const outbox: { to: string }[] = await testApp.dataSource.query(`SELECT "to" FROM outbox_messages WHERE subject LIKE '%terms of reference%'`);
    expect(outbox.map((message) => message.to).sort()).toEqual(['ceo@marshside.test', 'ceo@oakfield.test', 'ceo@riverside.test']);

    const governor = await testApp.signIn('governor@oakfield.test');
    expect((await governor.post(`/api/alliances/${betterTogether}/terms/${published.body.id}/signatures`)).status).toBe(403);

    const ceo = await testApp.signIn('ceo@marshside.test');
    const old = await ceo.post(`/api/alliances/${betterTogether}/terms/${firstVersionId}/signatures`);
    expect(old.status).toBe(409);
    const signed = await ceo.post(`/api/alliances/${betterTogether}/terms/${published.body.id}/signatures`);
    expect(signed.status).toBe(201);
    expect(signed.body.signatures).toEqual([expect.objectContaining({ organisationName: 'Marshside Schools Trust', signedByName: 'Gareth Williams' })]);
    const twice = await ceo.post(`/api/alliances/${betterTogether}/terms/${published.body.id}/signatures`);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Your organisation has already signed this version.');

    const home = await ceo.get(`/api/alliances/${betterTogether}`);
    const marshside = home.body.members.find((member: { name: string }) => member.name === 'Marshside Schools Trust');
    expect(marshside.signedCurrentTerms).toBe(true);
  });

  it('invites an organisation, whose CEO accepts; from then on its people see the alliance', async () => {
    const moorlandId = await ids.organisation('Moorland Trust');
    const ceo = await testApp.signIn('ceo@oakfield.test');
    expect((await ceo.post(`/api/alliances/${betterTogether}/memberships`, { organisationId: moorlandId })).status).toBe(403);

    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const invited = await coordinator.post(`/api/alliances/${betterTogether}/memberships`, { organisationId: moorlandId });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ name: 'Moorland Trust', status: 'invited' });
    expect((await coordinator.post(`/api/alliances/${betterTogether}/memberships`, { organisationId: moorlandId })).status).toBe(409);
    expect((await coordinator.post(`/api/alliances/${betterTogether}/memberships`, { organisationId: 'not-a-uuid' })).status).toBe(400);

    const moorland = await testApp.signIn('ceo@moorland.test');
    expect((await moorland.get(`/api/alliances/${betterTogether}`)).status).toBe(404);
    const pending = await moorland.get(`/api/organisations/${moorlandId}/alliance-invitations`);
    expect(pending.body).toEqual([expect.objectContaining({ allianceName: 'Better Together Alliance', membershipId: invited.body.membershipId })]);

    const oakfieldCeo = await testApp.signIn('ceo@oakfield.test');
    expect((await oakfieldCeo.post(`/api/memberships/${invited.body.membershipId}/accept`)).status).toBe(404);

    const accepted = await moorland.post(`/api/memberships/${invited.body.membershipId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ name: 'Better Together Alliance', memberCount: 5 });
    expect((await moorland.get(`/api/alliances/${betterTogether}`)).status).toBe(200);
    expect((await moorland.post(`/api/memberships/${invited.body.membershipId}/accept`)).status).toBe(409);

    const left = await moorland.post(`/api/memberships/${invited.body.membershipId}/leave`);
    expect(left.status).toBe(204);
    expect((await moorland.get(`/api/alliances/${betterTogether}`)).status).toBe(404);
    expect(await auditActions(invited.body.membershipId)).toEqual(['membership.invited', 'membership.accepted', 'membership.left']);
  });

  it('shows the coordinator the audit log, newest first and paginated; others are refused', async () => {
    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const page = await coordinator.get(`/api/alliances/${betterTogether}/audit?page=1&pageSize=2`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    expect(page.body.items[0]).toMatchObject({ action: 'membership.left', actorName: 'Karen Holroyd', organisationName: 'Moorland Trust' });
    expect((await coordinator.get(`/api/alliances/${betterTogether}/audit?pageSize=101`)).status).toBe(400);
    const ceo = await testApp.signIn('ceo@oakfield.test');
    expect((await ceo.get(`/api/alliances/${betterTogether}/audit`)).status).toBe(403);
  });
});
