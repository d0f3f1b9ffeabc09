import { createPeople } from '../../test/factories';
import { ReviewsFixture } from '../../test/reviews-fixture';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEFAULT_FRAMEWORK_ID } from './default-framework';

const SUMMARY_FIELDS = ['createdAt', 'id', 'organisationId', 'organisationName', 'stage', 'title', 'updatedAt', 'visitEndDate', 'visitStartDate'];

describe('peer reviews: creating, the panel and the stages', () => {
  let testApp: TestApp;
  let f: ReviewsFixture;

  beforeAll(async () => {
    testApp = await createTestApp();
    f = await new ReviewsFixture(testApp).load();
  });

  afterAll(() => testApp.close());

  it('has the demo review of Oakfield in its self-assessment, led by Riverside’s CEO', async () => {
    const lead = await f.as('ceo@riverside.test');
    const list = await lead.get('/api/reviews');
    const demo = list.body.items.find((item: { organisationName: string; relationship: string }) => item.organisationName === 'Oakfield Learning Trust' && item.relationship === 'lead');
    expect(demo).toMatchObject({ stage: 'self_assessment', title: 'Oakfield Learning Trust peer review 2026–27' });
    const detail = await lead.get(`/api/reviews/${demo.id}`);
    expect(detail.body.panel.map((member: { userId: string; role: string; status: string }) => [member.userId, member.role, member.status])).toEqual([
      [f.users['ceo@riverside.test'], 'lead', 'accepted'],
      [f.users['ceo@marshside.test'], 'reviewer', 'invited'],
    ]);
    const selfAssessment = await lead.get(`/api/reviews/${demo.id}/self-assessment`);
    expect(selfAssessment.body.ratedCount).toBe(4);
    expect((await (await f.as('ceo@marshside.test')).get(`/api/reviews/${demo.id}`)).body.relationship).toBe('invited');
  });

  describe('creating a review', () => {
    it('lets the reviewed trust’s CEO create one, recorded in the stage history and the audit log', async () => {
      const ceo = await f.as('ceo@oakfield.test');
      const response = await ceo.post('/api/reviews', f.reviewBody());
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        organisationId: f.oakfield,
        organisationName: 'Oakfield Learning Trust',
        allianceId: f.betterTogether,
        relationship: 'reviewed_trust',
        stage: 'planning',
        title: 'Oakfield peer review',
        focus: 'Challenge us on SEND identification.',
        frameworkId: DEFAULT_FRAMEWORK_ID,
        frameworkVersion: 1,
        visitStartDate: '2027-03-15',
        visitEndDate: '2027-03-16',
        panel: [],
        panelUserIds: [],
      });
      expect(response.body.stageHistory).toEqual([expect.objectContaining({ fromStage: null, toStage: 'planning', changedByUserId: f.users['ceo@oakfield.test'] })]);
      const audit = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1`, [response.body.id]);
      expect(audit).toEqual([{ action: 'review.created' }]);
    });

    it('lets the coordinator create one for any member trust, and shows them only the summary fields', async () => {
      const coordinator = await f.as('coordinator@alliance.test');
      const response = await coordinator.post('/api/reviews', f.reviewBody({ organisationId: f.riverside, title: 'Riverside review' }));
      expect(response.status).toBe(201);
      expect(Object.keys(response.body).sort()).toEqual(SUMMARY_FIELDS);
      const detail = await coordinator.get(`/api/reviews/${response.body.id}`);
      expect(Object.keys(detail.body).sort()).toEqual(SUMMARY_FIELDS);
      expect(detail.body).toMatchObject({ organisationName: 'Riverside Academies Trust', stage: 'planning' });
      const riversideCeo = await f.as('ceo@riverside.test');
      expect((await riversideCeo.get(`/api/reviews/${response.body.id}`)).body.focus).toBe('Challenge us on SEND identification.');
    });

    it('refuses anyone else, and trusts outside the alliance', async () => {
      expect((await (await f.as('ceo@oakfield.test')).post('/api/reviews', f.reviewBody({ organisationId: f.riverside }))).status).toBe(403);
      expect((await (await f.as('governor@oakfield.test')).post('/api/reviews', f.reviewBody())).status).toBe(403);
      expect((await (await f.as('head@oakfield.test')).post('/api/reviews', f.reviewBody())).status).toBe(403);
      expect((await (await f.as('ceo@moorland.test')).post('/api/reviews', f.reviewBody())).status).toBe(404);
      const harbour = await testApp.dataSource.query(`SELECT id FROM organisations WHERE name = 'Harbour Teaching School Hub'`);
      const notATrust = await (await f.as('coordinator@alliance.test')).post('/api/reviews', f.reviewBody({ organisationId: harbour[0].id }));
      expect(notATrust.status).toBe(400);
      expect(notATrust.body.message).toBe('Choose a trust that is an active member of this alliance.');
    });

    it('answers bad input with 400 and a plain message', async () => {
      const ceo = await f.as('ceo@oakfield.test');
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ title: '' }, ['Enter a title']],
        [{ visitStartDate: '15/03/2027' }, ['The first visit date must be a date like 2027-03-15']],
        [{ visitStartDate: '2027-02-30' }, 'The first visit date must be a real date, like 2027-03-15.'],
        [{ visitEndDate: '2027-03-14' }, 'The last visit date must be on or after the first visit date.'],
        [{ frameworkId: 'x' }, ['Choose a review framework']],
        [{ frameworkId: '6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10' }, 'Choose a review framework available to this alliance.'],
        [{ stage: 'closed' }, ['property stage should not exist']],
      ];
      for (const [overrides, message] of cases) {
        const response = await ceo.post('/api/reviews', f.reviewBody(overrides));
        expect({ status: response.status, message: response.body.message }).toEqual({ status: 400, message });
      }
    });

    it('lets the reviewed CEO change the details, audited without the focus text', async () => {
      const reviewId = await f.createReview();
      const ceo = await f.as('ceo@oakfield.test');
      const response = await ceo.patch(`/api/reviews/${reviewId}`, { focus: 'Trustee information', visitEndDate: '2027-03-17' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ focus: 'Trustee information', visitEndDate: '2027-03-17' });
      expect((await (await f.as('governor@oakfield.test')).patch(`/api/reviews/${reviewId}`, { title: 'No' })).status).toBe(403);
      const [entry] = await testApp.dataSource.query(`SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'review.updated'`, [reviewId]);
      expect(entry.changes).toEqual({ focus: 'changed', visitEndDate: { from: '2027-03-16', to: '2027-03-17' } });
    });
  });

  it('lists reviews in pages, filtered by stage, and refuses bad queries and answers', async () => {
    for (const title of ['Paged review 1', 'Paged review 2', 'Paged review 3']) await f.createReview({ title });
    const ceo = await f.as('ceo@oakfield.test');
    const page = await ceo.get('/api/reviews?page=1&pageSize=2&stage=planning');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.body.total).toBeGreaterThan(2);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((item: { stage: string; relationship: string }) => item.stage === 'planning' && item.relationship === 'reviewed_trust')).toBe(true);
    expect((await ceo.get('/api/reviews?stage=finished')).body.message).toEqual(['Choose a stage from the list']);
    expect((await ceo.get('/api/reviews?pageSize=500')).body.message).toEqual(['pageSize must be 100 or fewer']);
    expect((await ceo.get('/api/reviews/not-a-uuid')).status).toBe(400);
    expect((await ceo.get('/api/reviews/6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10')).status).toBe(404);
    const reviewId = await f.createReview();
    await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@riverside.test'], role: 'lead' });
    const maybe = await (await f.as('ceo@riverside.test')).post(`/api/reviews/${reviewId}/invitation`, { response: 'maybe' });
    expect({ status: maybe.status, message: maybe.body.message }).toEqual({ status: 400, message: ['Answer accepted or declined'] });
    const badMove = await ceo.post(`/api/reviews/${reviewId}/stage`, { stage: 'done' });
    expect(badMove.body.message).toEqual(['Choose a stage from the list']);
  });

  describe('the panel', () => {
    it('takes CEOs and governors of other active member trusts only', async () => {
      const reviewId = await f.createReview();
      const ceo = await f.as('ceo@oakfield.test');
      const invite = (email: string, role = 'reviewer') => ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users[email], role });
      const refusals: [string, string][] = [
        ['governor@oakfield.test', 'Panel members must come from another trust, not the trust being reviewed.'],
        ['head@riverside.test', 'Panel members must be a chief executive or a governor of their trust.'],
        ['bm@marshside.test', 'Panel members must be a chief executive or a governor of their trust.'],
        ['ceo@moorland.test', 'Choose a chief executive or governor of another trust that is an active member of this alliance.'],
        ['lead@harbour.test', 'Choose a chief executive or governor of another trust that is an active member of this alliance.'],
      ];
      for (const [email, message] of refusals) {
        const response = await invite(email);
        expect({ email, status: response.status, message: response.body.message }).toEqual({ email, status: 400, message });
      }
      const unknown = await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: '6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10', role: 'lead' });
      expect(unknown.status).toBe(400);
      const badRole = await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@riverside.test'], role: 'chair' });
      expect(badRole.body.message).toEqual(['Choose lead or reviewer']);

      const lead = await invite('ceo@riverside.test', 'lead');
      expect(lead.status).toBe(201);
      expect(lead.body).toEqual([expect.objectContaining({ userId: f.users['ceo@riverside.test'], role: 'lead', status: 'invited', organisationName: 'Riverside Academies Trust' })]);
      expect((await invite('governor@riverside.test', 'lead')).body.message).toBe('The panel already has a lead reviewer. Remove them first to choose another.');
      expect((await invite('ceo@riverside.test')).status).toBe(409);

      const governors = await createPeople(testApp.dataSource, 'Marshside Schools Trust', 'governor', 4);
      const ids: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = ANY($1) ORDER BY email`, [governors]);
      for (const { id } of ids) expect((await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: id, role: 'reviewer' })).status).toBe(201);
      const fifth = await invite('governor@riverside.test');
      expect(fifth.status).toBe(409);
      expect(fifth.body.message).toBe('A panel can have at most 4 reviewers besides the lead.');
    });

    it('is chosen by the reviewed trust’s CEO only', async () => {
      const reviewId = await f.createReview();
      const body = { userId: f.users['ceo@riverside.test'], role: 'lead' };
      expect((await (await f.as('governor@oakfield.test')).post(`/api/reviews/${reviewId}/panel`, body)).status).toBe(403);
      for (const email of ['coordinator@alliance.test', 'ceo@marshside.test', 'ceo@moorland.test', 'head@oakfield.test']) {
        expect({ email, status: (await (await f.as(email)).post(`/api/reviews/${reviewId}/panel`, body)).status }).toEqual({ email, status: 404 });
      }
    });

    it('shows an invited reviewer the summary and panel only, and the content once they accept', async () => {
      const reviewId = await f.createReview();
      const ceo = await f.as('ceo@oakfield.test');
      const { body: panel } = await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@riverside.test'], role: 'lead' });
      const riverside = await f.as('ceo@riverside.test');
      const invited = await riverside.get(`/api/reviews/${reviewId}`);
      expect(invited.status).toBe(200);
      expect(invited.body).toMatchObject({ relationship: 'invited', myPanelRole: 'lead', myPanelMemberId: panel[0].id, panelUserIds: [f.users['ceo@riverside.test']] });
      expect(invited.body.focus).toBeUndefined();
      expect((await riverside.get(`/api/reviews/${reviewId}/panel`)).status).toBe(404);
      const list = await riverside.get('/api/reviews');
      expect(list.body.items.find((item: { id: string }) => item.id === reviewId)).toMatchObject({ relationship: 'invited' });

      const accepted = await riverside.post(`/api/reviews/${reviewId}/invitation`, { response: 'accepted' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', role: 'lead' });
      expect((await riverside.get(`/api/reviews/${reviewId}`)).body).toMatchObject({ relationship: 'lead', focus: 'Challenge us on SEND identification.' });
      expect((await riverside.post(`/api/reviews/${reviewId}/invitation`, { response: 'declined' })).status).toBe(409);
      expect((await (await f.as('ceo@marshside.test')).post(`/api/reviews/${reviewId}/invitation`, { response: 'accepted' })).status).toBe(404);
    });

    it('lets an invited reviewer decline, after which they see nothing, and the CEO can remove members', async () => {
      const reviewId = await f.createReview();
      const ceo = await f.as('ceo@oakfield.test');
      await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@marshside.test'], role: 'reviewer' });
      const marshside = await f.as('ceo@marshside.test');
      const declined = await marshside.post(`/api/reviews/${reviewId}/invitation`, { response: 'declined' });
      expect(declined.body).toMatchObject({ status: 'declined' });
      expect((await marshside.get(`/api/reviews/${reviewId}`)).status).toBe(404);
      expect((await marshside.get('/api/reviews')).body.items.map((item: { id: string }) => item.id)).not.toContain(reviewId);

      const { body: panel } = await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['governor@riverside.test'], role: 'reviewer' });
      const member = panel.find((entry: { userId: string }) => entry.userId === f.users['governor@riverside.test']);
      expect((await (await f.as('governor@oakfield.test')).delete(`/api/reviews/${reviewId}/panel/${member.id}`)).status).toBe(403);
      expect((await ceo.delete(`/api/reviews/${reviewId}/panel/${member.id}`)).status).toBe(204);
      expect((await (await f.as('governor@riverside.test')).get(`/api/reviews/${reviewId}`)).status).toBe(404);
      const audit: { action: string }[] = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1 ORDER BY "occurredAt", action`, [reviewId]);
      expect(audit.map((entry) => entry.action)).toEqual(['review.created', 'review_panel.invited', 'review_panel.declined', 'review_panel.invited', 'review_panel.removed']);
    });
  });

  describe('stages', () => {
    it('walks the whole way, each move by the right person, only forward, recorded in the history', async () => {
      const reviewId = await f.createReview();
      const stage = (email: string, body: object) => f.as(email).then((client) => client.post(`/api/reviews/${reviewId}/stage`, body));
      const noLead = await stage('ceo@oakfield.test', { stage: 'self_assessment' });
      expect({ status: noLead.status, message: noLead.body.message }).toEqual({ status: 409, message: 'Invite a lead reviewer before starting the self-assessment.' });
      await f.addPanel(reviewId);

      const expectRefused = async (email: string, to: string, status: number, message?: string) => {
        const response = await stage(email, { stage: to });
        expect({ email, to, status: response.status }).toEqual({ email, to, status });
        if (message) expect(response.body.message).toBe(message);
      };
      await expectRefused('ceo@riverside.test', 'self_assessment', 403, 'Only the chief executive of the reviewed trust can move the review from planning to self-assessment.');
      await expectRefused('governor@oakfield.test', 'self_assessment', 403);
      await expectRefused('ceo@oakfield.test', 'submitted', 409, 'A review moves one stage at a time: from planning it can move on to self-assessment.');
      await f.move('ceo@oakfield.test', reviewId, 'self_assessment');

      const unrated = await stage('ceo@oakfield.test', { stage: 'submitted' });
      expect(unrated.status).toBe(409);
      expect(unrated.body.message).toBe(`Rate every criterion before submitting: ${f.criterionIds.length} criteria have no rating yet.`);
      await f.rateEveryCriterion(reviewId);
      await expectRefused('ceo@riverside.test', 'submitted', 403);
      await f.move('ceo@oakfield.test', reviewId, 'submitted');

      await expectRefused('ceo@oakfield.test', 'visit', 403, 'Only the lead reviewer can move the review from self-assessment submitted to review visit.');
      await expectRefused('ceo@marshside.test', 'visit', 403);
      await f.move('ceo@riverside.test', reviewId, 'visit');
      await expectRefused('ceo@oakfield.test', 'findings', 403);
      await f.move('ceo@riverside.test', reviewId, 'findings');

      const lead = await f.as('ceo@riverside.test');
      const empty = await stage('ceo@riverside.test', { stage: 'action_plan' });
      expect(empty.body.message).toBe('Write the overall summary before marking the findings complete.');
      await lead.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'Strong on curriculum.' });
      expect((await stage('ceo@riverside.test', { stage: 'action_plan' })).body.message).toBe('Record at least one finding before marking the findings complete.');
      await lead.put(`/api/reviews/${reviewId}/findings/${f.criterionIds[0]}`, { strengths: 'Coherent curriculum', areasToDevelop: 'History in Bearsted Green' });
      await f.move('ceo@riverside.test', reviewId, 'action_plan');

      await expectRefused('ceo@riverside.test', 'closed', 403, 'Only the chief executive of the reviewed trust can move the review from action plan to closed.');
      await f.move('ceo@oakfield.test', reviewId, 'closed');
      await expectRefused('ceo@oakfield.test', 'action_plan', 409, 'This review is closed and can no longer move.');
      await expectRefused('ceo@riverside.test', 'action_plan', 409);

      const detail = await (await f.as('governor@oakfield.test')).get(`/api/reviews/${reviewId}`);
      expect(detail.body.stageHistory.map((change: { fromStage: string | null; toStage: string }) => `${change.fromStage}→${change.toStage}`)).toEqual([
        'null→planning',
        'planning→self_assessment',
        'self_assessment→submitted',
        'submitted→visit',
        'visit→findings',
        'findings→action_plan',
        'action_plan→closed',
      ]);
      expect(detail.body.selfAssessmentSubmittedAt).not.toBeNull();
      expect(detail.body.findingsCompletedAt).not.toBeNull();
      expect(detail.body.closedAt).not.toBeNull();
      const audit: { changes: { stage: { from: string; to: string } } }[] = await testApp.dataSource.query(
        `SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'review.stage_changed' ORDER BY "occurredAt"`,
        [reviewId],
      );
      expect(audit).toHaveLength(6);
    });

    it('lets only the lead send a review back one stage, with a reason, which reopens the self-assessment', async () => {
      const reviewId = await f.reviewAt('submitted');
      const back = (email: string, body: object) => f.as(email).then((client) => client.post(`/api/reviews/${reviewId}/stage`, body));
      expect((await back('ceo@oakfield.test', { stage: 'self_assessment', reason: 'Missed one' })).status).toBe(403);
      expect((await back('ceo@marshside.test', { stage: 'self_assessment', reason: 'Missed one' })).status).toBe(403);
      const noReason = await back('ceo@riverside.test', { stage: 'self_assessment' });
      expect({ status: noReason.status, message: noReason.body.message }).toEqual({ status: 400, message: 'Give a reason for sending the review back.' });
      expect((await back('ceo@riverside.test', { stage: 'planning', reason: 'Two back' })).status).toBe(409);
      await f.move('ceo@riverside.test', reviewId, 'self_assessment', 'Please add evidence for the finance criteria.');

      const ceo = await f.as('ceo@oakfield.test');
      const detail = await ceo.get(`/api/reviews/${reviewId}`);
      expect(detail.body.selfAssessmentSubmittedAt).toBeNull();
      expect(detail.body.stageHistory.at(-1)).toMatchObject({ fromStage: 'submitted', toStage: 'self_assessment', reason: 'Please add evidence for the finance criteria.', changedByUserId: f.users['ceo@riverside.test'] });
      expect((await ceo.put(`/api/reviews/${reviewId}/self-assessment/${f.criterionIds[0]}`, { rating: 2 })).status).toBe(200);
      // The reason stays out of the audit log, which the coordinator reads.
      const [entry] = await testApp.dataSource.query(`SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'review.stage_changed' ORDER BY "occurredAt" DESC LIMIT 1`, [reviewId]);
      expect(entry.changes).toEqual({ stage: { from: 'submitted', to: 'self_assessment' }, backwards: true });
    });

    it('refuses the visit until a reviewer besides the lead has accepted', async () => {
      const reviewId = await f.createReview();
      const ceo = await f.as('ceo@oakfield.test');
      await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: f.users['ceo@riverside.test'], role: 'lead' });
      await (await f.as('ceo@riverside.test')).post(`/api/reviews/${reviewId}/invitation`, { response: 'accepted' });
      await f.move('ceo@oakfield.test', reviewId, 'self_assessment');
      await f.rateEveryCriterion(reviewId);
      await f.move('ceo@oakfield.test', reviewId, 'submitted');
      const response = await (await f.as('ceo@riverside.test')).post(`/api/reviews/${reviewId}/stage`, { stage: 'visit' });
      expect({ status: response.status, message: response.body.message }).toEqual({ status: 409, message: 'At least one reviewer besides the lead must accept before the visit starts.' });
    });
  });
});
