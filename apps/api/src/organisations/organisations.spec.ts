import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';

describe('organisations, people and invitations', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let oakfield: string;
  let riverside: string;
  let moorland: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    oakfield = await ids.organisation('Oakfield Learning Trust');
    riverside = await ids.organisation('Riverside Academies Trust');
    moorland = await ids.organisation('Moorland Trust');
  });

  afterAll(() => testApp.close());

  async function invitationLinkSentTo(email: string): Promise<string> {
    const [message] = await testApp.dataSource.query(`SELECT text FROM outbox_messages WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [email]);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(message?.text ?? '')?.[1];
    if (!token) throw new Error(`No invitation email to ${email}`);
    return token;
  }

  it('shows an organisation with its schools to people of fellow members, and 404 to anyone else', async () => {
    const head = await testApp.signIn('head@riverside.test');
    const response = await head.get(`/api/organisations/${oakfield}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Oakfield Learning Trust', kind: 'trust', dfeReference: 'TR03417' });
    expect(response.body.schools).toHaveLength(5);
    expect(response.body.schools[0]).toEqual(expect.objectContaining({ urn: expect.any(String), phase: expect.any(String), status: 'open' }));
    expect((await head.get(`/api/organisations/${moorland}`)).status).toBe(404);
  });

  it('keeps people private to their own organisation, paginated', async () => {
    const ceo = await testApp.signIn('ceo@oakfield.test');
    const page = await ceo.get(`/api/organisations/${oakfield}/people?page=2&pageSize=4`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).not.toHaveProperty('passwordHash');
    expect((await ceo.get(`/api/organisations/${riverside}/people`)).status).toBe(404);
    expect((await ceo.get(`/api/organisations/${oakfield}/people?page=0`)).status).toBe(400);
  });

  it('lets a CEO invite a colleague, who sets a password from the emailed link and is signed in', async () => {
    const ceo = await testApp.signIn('ceo@oakfield.test');
    const invited = await ceo.post(`/api/organisations/${oakfield}/invitations`, { name: 'Jess Morgan', email: 'Jess.Morgan@oakfield.test', roles: ['headteacher'] });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'jess.morgan@oakfield.test', roles: ['headteacher'], acceptedAt: null });
    expect((await ceo.get(`/api/organisations/${oakfield}/invitations`)).body).toEqual([expect.objectContaining({ id: invited.body.id })]);

    const token = await invitationLinkSentTo('jess.morgan@oakfield.test');
    const visitor = testApp.client();
    const preview = await visitor.get(`/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email: 'jess.morgan@oakfield.test', organisationName: 'Oakfield Learning Trust' });

    const tooShort = await visitor.post(`/api/invitations/${token}/accept`, { name: 'Jess Morgan', password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.message).toEqual(['Your password must be at least 12 characters']);

    const accepted = await visitor.post(`/api/invitations/${token}/accept`, { name: 'Jess Morgan', password: 'a long enough passphrase' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ email: 'jess.morgan@oakfield.test', organisationId: oakfield, roles: ['headteacher'] });
    expect((await visitor.get('/api/auth/me')).body.email).toBe('jess.morgan@oakfield.test');
    expect((await visitor.get(`/api/invitations/${token}`)).status).toBe(404);
    const stranger = testApp.client();
    await stranger.get('/api/health');
    expect((await stranger.post(`/api/invitations/${token}/accept`, { name: 'Someone Else', password: 'another long passphrase' })).status).toBe(404);

    const again = await testApp.client().post('/api/auth/login', { email: 'jess.morgan@oakfield.test', password: 'a long enough passphrase' });
    expect(again.status).toBe(200);
    const [{ actions }] = await testApp.dataSource.query(`SELECT array_agg(action ORDER BY "occurredAt") AS actions FROM audit_entries WHERE action LIKE 'person.%'`);
    expect(actions).toEqual(['person.invited', 'person.joined']);
  });

  it('refuses duplicate invitations and people who already have an account', async () => {
    const ceo = await testApp.signIn('ceo@riverside.test');
    const first = await ceo.post(`/api/organisations/${riverside}/invitations`, { name: 'Ola Bello', email: 'ola@riverside.test', roles: ['staff'] });
    expect(first.status).toBe(201);
    const duplicate = await ceo.post(`/api/organisations/${riverside}/invitations`, { name: 'Ola Bello', email: 'OLA@riverside.test', roles: ['staff'] });
    expect(duplicate.status).toBe(409);
    const existing = await ceo.post(`/api/organisations/${riverside}/invitations`, { name: 'Mark', email: 'head@riverside.test', roles: ['staff'] });
    expect(existing.status).toBe(409);
    expect(existing.body.message).toBe('Someone with that email address already has an account.');
  });

  it('validates invitations with clear messages', async () => {
    const ceo = await testApp.signIn('ceo@riverside.test');
    const response = await ceo.post(`/api/organisations/${riverside}/invitations`, { name: '', email: 'nope', roles: ['coordinator'] });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining(['Enter an email address in the correct format, like name@example.org', 'Enter the person’s full name', 'Choose a role from the list']),
    );
    const noRoles = await ceo.post(`/api/organisations/${riverside}/invitations`, { name: 'A Person', email: 'a.person@riverside.test', roles: [] });
    expect(noRoles.body.message).toEqual(['Choose at least one role']);
  });

  it('lets only CEOs and headteachers of the organisation invite or withdraw', async () => {
    const governor = await testApp.signIn('governor@riverside.test');
    expect((await governor.post(`/api/organisations/${riverside}/invitations`, { name: 'A', email: 'a@riverside.test', roles: ['staff'] })).status).toBe(403);
    expect((await governor.get(`/api/organisations/${riverside}/invitations`)).status).toBe(403);
    const otherCeo = await testApp.signIn('ceo@oakfield.test');
    expect((await otherCeo.post(`/api/organisations/${riverside}/invitations`, { name: 'A', email: 'a@riverside.test', roles: ['staff'] })).status).toBe(404);

    const head = await testApp.signIn('head@riverside.test');
    const invited = await head.post(`/api/organisations/${riverside}/invitations`, { name: 'Kim Lee', email: 'kim@riverside.test', roles: ['mentor'] });
    expect(invited.status).toBe(201);
    expect((await otherCeo.delete(`/api/person-invitations/${invited.body.id}`)).status).toBe(404);
    expect((await head.delete(`/api/person-invitations/${invited.body.id}`)).status).toBe(204);
    const token = await invitationLinkSentTo('kim@riverside.test');
    expect((await testApp.client().get(`/api/invitations/${token}`)).status).toBe(404);
  });

  it('treats an expired link as not valid', async () => {
    const ceo = await testApp.signIn('ceo@marshside.test');
    const marshside = await ids.organisation('Marshside Schools Trust');
    const invited = await ceo.post(`/api/organisations/${marshside}/invitations`, { name: 'Late Larry', email: 'larry@marshside.test', roles: ['staff'] });
    await testApp.dataSource.query(`UPDATE person_invitations SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [invited.body.id]);
    const token = await invitationLinkSentTo('larry@marshside.test');
    const response = await testApp.client().get(`/api/invitations/${token}`);
    expect(response.status).toBe(404);
    expect(response.body.message).toContain('not valid or has expired');
    expect((await testApp.client().get('/api/invitations/short')).status).toBe(404);
  });

  it('searches the register of organisations by name or DfE reference', async () => {
    const coordinator = await testApp.signIn('coordinator@alliance.test');
    const byName = await coordinator.get('/api/reference/organisations?search=moor');
    expect(byName.body.items.map((organisation: { name: string }) => organisation.name)).toEqual(['Moorland Trust']);
    const byReference = await coordinator.get('/api/reference/organisations?search=TR02968');
    expect(byReference.body.items.map((organisation: { name: string }) => organisation.name)).toEqual(['Riverside Academies Trust']);
    const byUrn = await coordinator.get('/api/reference/organisations?search=149021');
    expect(byUrn.body.items.map((organisation: { name: string }) => organisation.name)).toEqual(['Marshside Schools Trust']);
    const wildcard = await coordinator.get('/api/reference/organisations?search=%25');
    expect(wildcard.body.total).toBe(0);
    expect((await testApp.client().get('/api/reference/organisations')).status).toBe(401);
  });
});
