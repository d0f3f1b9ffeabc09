import { createPeople } from '../../test/factories';
import { ReviewsFixture } from '../../test/reviews-fixture';
import { createTestApp, TestApp } from '../../test/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const SUMMARY_FIELDS = ['createdAt', 'id', 'organisationId', 'organisationName', 'stage', 'title', 'updatedAt', 'visitEndDate', 'visitStartDate'];

/**
 * DESIGN §2 for every review route: the content is for the reviewed trust's CEO and governors and the accepted panel;
 * the coordinator sees the summary and nothing else; everyone else, other CEOs of the alliance included, gets 404.
 */
describe('peer reviews: who sees what, route by route', () => {
  let testApp: TestApp;
  let f: ReviewsFixture;
  let reviewId: string;
  let evidenceId: string;
  let findingId: string;
  let actionId: string;
  let memberId: string;
  let invitedEmail: string;
  const viewers = ['ceo@oakfield.test', 'governor@oakfield.test', 'ceo@riverside.test', 'governor@riverside.test'];
  let outsiders: string[];

  beforeAll(async () => {
    testApp = await createTestApp();
    f = await new ReviewsFixture(testApp).load();
    [invitedEmail] = await createPeople(testApp.dataSource, 'Marshside Schools Trust', 'governor', 1);
    f.users[invitedEmail] = (await testApp.dataSource.query(`SELECT id FROM users WHERE email = $1`, [invitedEmail]))[0].id;
    // Riverside's CEO leads, with Riverside's governor as reviewer; a Marshside governor is invited but never answers.
    reviewId = await f.createReview();
    await f.addPanel(reviewId, 'governor@riverside.test');
    const ceo = await f.as('ceo@oakfield.test');
    const panel = await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users[invitedEmail], role: 'reviewer' });
    memberId = panel.body.find((member: { userId: string }) => member.userId === f.users[invitedEmail]).id;
    await f.move('ceo@oakfield.test', reviewId, 'self_assessment');
    evidenceId = (await ceo.upload(`/api/reviews/${reviewId}/self-assessment/${f.criterionIds[0]}/evidence`, PDF, 'evidence.pdf')).body.id;
    await f.rateEveryCriterion(reviewId);
    await f.move('ceo@oakfield.test', reviewId, 'submitted');
    await f.move('ceo@riverside.test', reviewId, 'visit');
    const lead = await f.as('ceo@riverside.test');
    findingId = (await lead.put(`/api/reviews/${reviewId}/findings/${f.criterionIds[0]}`, { strengths: 'Confidential strength', areasToDevelop: 'Confidential area' })).body.id;
    await lead.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'Confidential summary' });
    await f.move('ceo@riverside.test', reviewId, 'findings');
    await f.move('ceo@riverside.test', reviewId, 'action_plan');
    actionId = (await ceo.post(`/api/reviews/${reviewId}/actions`, { findingId, title: 'Confidential action', ownerUserId: f.users['ceo@oakfield.test'], dueDate: '2027-07-31' })).body.id;
    expect([evidenceId, findingId, actionId].every(Boolean)).toBe(true);
    outsiders = ['coordinator@alliance.test', 'ceo@marshside.test', 'head@oakfield.test', 'bm@oakfield.test', 'ceo@moorland.test', invitedEmail];
  });

  afterAll(() => testApp.close());

  const contentReads = () => [
    `/api/reviews/${reviewId}/panel`,
    `/api/reviews/${reviewId}/self-assessment`,
    `/api/reviews/${reviewId}/evidence/${evidenceId}`,
    `/api/reviews/${reviewId}/findings`,
    `/api/reviews/${reviewId}/actions`,
    `/api/reviews/${reviewId}/excellence`,
  ];

  type Write = [string, string, object?];
  const writes = (): Write[] => [
    ['patch', `/api/reviews/${reviewId}`, { title: 'Renamed' }],
    ['post', `/api/reviews/${reviewId}/stage`, { stage: 'closed' }],
    ['post', `/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@marshside.test'], role: 'reviewer' }],
    ['delete', `/api/reviews/${reviewId}/panel/${memberId}`],
    ['put', `/api/reviews/${reviewId}/self-assessment/${f.criterionIds[0]}`, { rating: 1 }],
    ['upload', `/api/reviews/${reviewId}/self-assessment/${f.criterionIds[0]}/evidence`],
    ['delete', `/api/reviews/${reviewId}/evidence/${evidenceId}`],
    ['put', `/api/reviews/${reviewId}/findings/${f.criterionIds[0]}`, { strengths: 'Overwritten' }],
    ['put', `/api/reviews/${reviewId}/findings-summary`, { summary: 'Overwritten' }],
    ['post', `/api/reviews/${reviewId}/actions`, { findingId, title: 'Sneaky', ownerUserId: f.users['ceo@oakfield.test'], dueDate: '2027-07-31' }],
    ['patch', `/api/reviews/${reviewId}/actions/${actionId}`, { status: 'done' }],
    ['post', `/api/reviews/${reviewId}/actions/${actionId}/notes`, { note: 'Sneaky' }],
    ['put', `/api/reviews/${reviewId}/excellence/${f.criterionIds[0]}`, { statement: 'Sneaky' }],
    ['delete', `/api/reviews/${reviewId}/excellence/${f.criterionIds[0]}`],
  ];

  async function send(email: string, [method, path, body]: Write) {
    const client = await f.as(email);
    if (method === 'upload') return client.upload(path, PDF, 'x.pdf');
    if (method === 'delete') return client.delete(path);
    return (client[method as 'post' | 'put' | 'patch'] as (path: string, body?: object) => ReturnType<typeof client.post>).call(client, path, body ?? {});
  }

  it('shows the content to the reviewed trust’s CEO and governor and to the accepted panel, on every read', async () => {
    for (const email of viewers) {
      const detail = await (await f.as(email)).get(`/api/reviews/${reviewId}`);
      expect({ email, status: detail.status }).toEqual({ email, status: 200 });
      expect(detail.body).toMatchObject({ id: reviewId, organisationId: f.oakfield, stage: 'action_plan', focus: 'Challenge us on SEND identification.' });
      expect(detail.body.panelUserIds.sort()).toEqual([f.users['ceo@riverside.test'], f.users['governor@riverside.test'], f.users[invitedEmail]].sort());
      for (const path of contentReads()) expect({ email, path, status: (await (await f.as(email)).get(path)).status }).toEqual({ email, path, status: 200 });
      const list = await (await f.as(email)).get('/api/reviews');
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(reviewId);
    }
  });

  it('gives the coordinator exactly the summary fields, in the list and the detail, and no content', async () => {
    const coordinator = await f.as('coordinator@alliance.test');
    const detail = await coordinator.get(`/api/reviews/${reviewId}`);
    expect(detail.status).toBe(200);
    expect(Object.keys(detail.body).sort()).toEqual(SUMMARY_FIELDS);
    expect(detail.body).toMatchObject({ id: reviewId, organisationId: f.oakfield, organisationName: 'Oakfield Learning Trust', stage: 'action_plan' });
    const list = await coordinator.get('/api/reviews');
    const item = list.body.items.find((entry: { id: string }) => entry.id === reviewId);
    expect(Object.keys(item).sort()).toEqual(SUMMARY_FIELDS);
    expect(JSON.stringify([detail.body, list.body])).not.toContain('Confidential');
  });

  it('shows an invited reviewer who has not accepted the summary and the panel, and no content', async () => {
    const detail = await (await f.as(invitedEmail)).get(`/api/reviews/${reviewId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ relationship: 'invited', myPanelMemberId: memberId });
    expect(detail.body.focus).toBeUndefined();
    expect(detail.body.panel).toBeUndefined();
  });

  it('is 404 to everyone else, other CEOs of the alliance and another alliance’s CEO included, on every read', async () => {
    for (const email of ['ceo@marshside.test', 'head@oakfield.test', 'bm@oakfield.test', 'ect@oakfield.test', 'ceo@moorland.test']) {
      const client = await f.as(email);
      expect({ email, status: (await client.get(`/api/reviews/${reviewId}`)).status }).toEqual({ email, status: 404 });
      expect((await client.get('/api/reviews')).body.items.map((item: { id: string }) => item.id)).not.toContain(reviewId);
    }
    for (const email of outsiders) {
      for (const path of contentReads()) {
        const response = await (await f.as(email)).get(path);
        expect({ email, path, status: response.status }).toEqual({ email, path, status: 404 });
        expect(response.body.message).not.toContain('Confidential');
      }
    }
  });

  it('is 404 to everyone else on every change, and changes nothing', async () => {
    const before = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE "entityId" = $1`, [reviewId]);
    for (const email of outsiders) {
      for (const write of writes()) {
        const response = await send(email, write);
        expect({ email, route: `${write[0]} ${write[1]}`, status: response.status }).toEqual({ email, route: `${write[0]} ${write[1]}`, status: 404 });
      }
      if (email !== invitedEmail) {
        expect({ email, status: (await (await f.as(email)).post(`/api/reviews/${reviewId}/invitation`, { response: 'accepted' })).status }).toEqual({ email, status: 404 });
      }
    }
    expect(await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE "entityId" = $1`, [reviewId])).toEqual(before);
  });

  it('hides everything from a trust once it leaves the alliance', async () => {
    await testApp.dataSource.query(`UPDATE alliance_memberships SET status = 'left' WHERE "organisationId" = $1`, [f.riverside]);
    try {
      const lead = await f.as('ceo@riverside.test');
      expect((await lead.get(`/api/reviews/${reviewId}`)).status).toBe(404);
      expect((await lead.get(`/api/reviews/${reviewId}/findings`)).status).toBe(404);
      expect((await lead.get('/api/reviews')).body.items).toEqual([]);
    } finally {
      await testApp.dataSource.query(`UPDATE alliance_memberships SET status = 'active' WHERE "organisationId" = $1`, [f.riverside]);
    }
  });

  it('keeps the content out of the alliance audit log that the coordinator reads', async () => {
    const coordinator = await f.as('coordinator@alliance.test');
    const audit = await coordinator.get(`/api/alliances/${f.betterTogether}/audit?pageSize=100`);
    expect(audit.status).toBe(200);
    const entries = audit.body.items.filter((entry: { entityId: string }) => entry.entityId === reviewId);
    expect(entries.length).toBeGreaterThan(10);
    expect(JSON.stringify(entries)).not.toMatch(/Confidential|Secure across the trust|SEND identification/);
  });
});
