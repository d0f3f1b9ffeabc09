import { ReviewsFixture } from '../../test/reviews-fixture';
import { createTestApp, TestApp } from '../../test/test-app';
import { todayInLondon } from '../core/calendar-dates';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);

function daysFromToday(days: number): string {
  const [year, month, day] = todayInLondon().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe('peer reviews: self-assessment, findings and the action plan', () => {
  let testApp: TestApp;
  let f: ReviewsFixture;

  beforeAll(async () => {
    testApp = await createTestApp();
    f = await new ReviewsFixture(testApp).load();
  });

  afterAll(() => testApp.close());

  const auditActions = async (reviewId: string, prefix: string): Promise<string[]> =>
    (await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1 AND action LIKE $2 ORDER BY "occurredAt"`, [reviewId, `${prefix}%`])).map(
      (entry: { action: string }) => entry.action,
    );

  describe('self-assessment', () => {
    it('saves one criterion at a time, idempotently, keeping fields left out', async () => {
      const reviewId = await f.reviewAt('self_assessment');
      const ceo = await f.as('ceo@oakfield.test');
      const [first, second] = f.criterionIds;
      const body = { rating: 3, narrative: 'A shared curriculum in the core subjects.', evidenceLinks: [{ title: 'Curriculum map', url: 'https://oakfield.example.org/map' }] };
      const saved = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${first}`, body);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ criterionId: first, ...body, evidenceFiles: [] });
      const again = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${first}`, body);
      expect(again.body).toEqual(saved.body);
      const partial = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${first}`, { narrative: 'Rewritten.' });
      expect(partial.body).toMatchObject({ rating: 3, narrative: 'Rewritten.', evidenceLinks: body.evidenceLinks });
      expect((await ceo.put(`/api/reviews/${reviewId}/self-assessment/${first}`, { rating: null })).body.rating).toBeNull();
      await ceo.put(`/api/reviews/${reviewId}/self-assessment/${second}`, { rating: 2 });

      const view = await (await f.as('governor@oakfield.test')).get(`/api/reviews/${reviewId}/self-assessment`);
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ reviewId, submittedAt: null, ratedCount: 1, criterionCount: f.criterionIds.length });
      expect(view.body.entries).toHaveLength(f.criterionIds.length);
      expect(view.body.entries[1]).toMatchObject({ criterionId: second, rating: 2 });
      expect(view.body.entries[2]).toMatchObject({ rating: null, narrative: '', evidenceLinks: [], updatedAt: null });
      expect((await (await f.as('ceo@riverside.test')).get(`/api/reviews/${reviewId}/self-assessment`)).status).toBe(200);
      // Four real changes: the repeated save wrote nothing. The audit says which fields, never what they say.
      expect(await auditActions(reviewId, 'review_self_assessment.')).toHaveLength(4);
      const entries = await testApp.dataSource.query(`SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'review_self_assessment.saved'`, [reviewId]);
      expect(JSON.stringify(entries)).not.toContain('curriculum');
    });

    it('takes simultaneous autosaves of one criterion without error, ending with one entry', async () => {
      const reviewId = await f.reviewAt('self_assessment');
      const ceo = await f.as('ceo@oakfield.test');
      const criterion = f.criterionIds[4];
      const responses = await Promise.all([1, 2, 3, 4].map((rating) => ceo.put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, { rating, narrative: `Draft ${rating}` })));
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      const rows = await testApp.dataSource.query(`SELECT rating, narrative FROM review_self_assessments WHERE "reviewId" = $1 AND "criterionId" = $2`, [reviewId, criterion]);
      expect(rows).toHaveLength(1);
      expect(rows[0].narrative).toBe(`Draft ${rows[0].rating}`);
    });

    it('is written by the reviewed trust’s CEO only, and only during the self-assessment', async () => {
      const planning = await f.reviewAt('planning');
      const ceo = await f.as('ceo@oakfield.test');
      const criterion = f.criterionIds[0];
      const early = await ceo.put(`/api/reviews/${planning}/self-assessment/${criterion}`, { rating: 2 });
      expect({ status: early.status, message: early.body.message }).toEqual({ status: 409, message: 'The self-assessment has not started yet.' });

      const reviewId = await f.reviewAt('submitted');
      expect((await (await f.as('governor@oakfield.test')).put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, { rating: 2 })).status).toBe(403);
      expect((await (await f.as('ceo@riverside.test')).put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, { rating: 2 })).status).toBe(403);
      const locked = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, { rating: 2 });
      expect({ status: locked.status, message: locked.body.message }).toEqual({ status: 409, message: 'The self-assessment has been submitted and is locked.' });
      expect((await ceo.upload(`/api/reviews/${reviewId}/self-assessment/${criterion}/evidence`, PDF, 'late.pdf')).status).toBe(409);
      expect((await ceo.get(`/api/reviews/${reviewId}/self-assessment`)).body.submittedAt).not.toBeNull();
    });

    it('answers bad input with 400 or 404 and a plain message', async () => {
      const reviewId = await f.reviewAt('self_assessment');
      const ceo = await f.as('ceo@oakfield.test');
      const criterion = f.criterionIds[0];
      const cases: [object, string[]][] = [
        [{ rating: 5 }, ['The rating must be from 1 to 4']],
        [{ rating: 2.5 }, ['The rating must be a whole number from 1 to 4']],
        [{ rating: '3' }, ['The rating must be a whole number from 1 to 4']],
        [{ narrative: 42 }, ['The narrative must be text']],
        [{ evidenceLinks: 'https://x.org' }, ['Evidence links must be a list']],
        [{ score: 3 }, ['property score should not exist']],
      ];
      for (const [body, message] of cases) {
        const response = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, body);
        expect({ body, status: response.status, message: response.body.message }).toEqual({ body, status: 400, message });
      }
      const badLink = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${criterion}`, { evidenceLinks: [{ title: 'Plan', url: 'http://insecure.example.org' }] });
      expect(badLink.status).toBe(400);
      expect(JSON.stringify(badLink.body.message)).toContain('Each evidence link must be a web address starting https://');
      const otherFramework = await ceo.put(`/api/reviews/${reviewId}/self-assessment/6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10`, { rating: 2 });
      expect({ status: otherFramework.status, message: otherFramework.body.message }).toEqual({ status: 404, message: 'We could not find that criterion in this review’s framework.' });
      expect((await ceo.put(`/api/reviews/${reviewId}/self-assessment/not-a-uuid`, { rating: 2 })).status).toBe(400);
    });

    it('stores evidence files through the file store, for those who see the content only', async () => {
      const reviewId = await f.reviewAt('self_assessment');
      const ceo = await f.as('ceo@oakfield.test');
      const criterion = f.criterionIds[1];
      const upload = await ceo.upload(`/api/reviews/${reviewId}/self-assessment/${criterion}/evidence`, PDF, 'SEND audit 2026.pdf');
      expect(upload.status).toBe(201);
      expect(upload.body).toMatchObject({ fileName: 'SEND audit 2026.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
      const view = await ceo.get(`/api/reviews/${reviewId}/self-assessment`);
      expect(view.body.entries[1].evidenceFiles).toEqual([upload.body]);

      for (const email of ['ceo@oakfield.test', 'governor@oakfield.test', 'ceo@riverside.test', 'ceo@marshside.test']) {
        const download = await (await f.as(email)).raw().get(`/api/reviews/${reviewId}/evidence/${upload.body.id}`).buffer(true);
        expect({ email, status: download.status }).toEqual({ email, status: 200 });
        expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
        expect(download.headers['content-disposition']).toContain('attachment');
      }
      for (const email of ['coordinator@alliance.test', 'head@oakfield.test', 'bm@oakfield.test', 'governor@riverside.test', 'ceo@moorland.test']) {
        expect({ email, status: (await (await f.as(email)).get(`/api/reviews/${reviewId}/evidence/${upload.body.id}`)).status }).toEqual({ email, status: 404 });
      }
      const wrongKind = await ceo.upload(`/api/reviews/${reviewId}/self-assessment/${criterion}/evidence`, Buffer.from('<html></html>'), 'audit.pdf');
      expect({ status: wrongKind.status, message: wrongKind.body.message }).toEqual({ status: 400, message: expect.stringMatching(/do not match a \.pdf file/) });
      expect((await (await f.as('governor@oakfield.test')).upload(`/api/reviews/${reviewId}/self-assessment/${criterion}/evidence`, PDF, 'x.pdf')).status).toBe(403);

      expect((await (await f.as('governor@oakfield.test')).delete(`/api/reviews/${reviewId}/evidence/${upload.body.id}`)).status).toBe(403);
      expect((await ceo.delete(`/api/reviews/${reviewId}/evidence/${upload.body.id}`)).status).toBe(204);
      expect((await ceo.get(`/api/reviews/${reviewId}/evidence/${upload.body.id}`)).status).toBe(404);
      expect(await testApp.dataSource.query(`SELECT count(*)::int AS n FROM review_evidence_files WHERE "reviewId" = $1`, [reviewId])).toEqual([{ n: 0 }]);
      expect(await auditActions(reviewId, 'review_evidence.')).toEqual(['review_evidence.added', 'review_evidence.removed']);
    });
  });

  describe('findings', () => {
    it('are written by the panel during the visit and findings, with a summary by the lead, then locked', async () => {
      const early = await f.reviewAt('submitted');
      const criterion = f.criterionIds[0];
      const tooEarly = await (await f.as('ceo@riverside.test')).put(`/api/reviews/${early}/findings/${criterion}`, { strengths: 'x' });
      expect({ status: tooEarly.status, message: tooEarly.body.message }).toEqual({ status: 409, message: 'Findings are written once the review visit has started.' });

      const reviewId = await f.reviewAt('visit');
      const reviewer = await f.as('ceo@marshside.test');
      const lead = await f.as('ceo@riverside.test');
      const saved = await reviewer.put(`/api/reviews/${reviewId}/findings/${criterion}`, { strengths: 'Coherent core curriculum', areasToDevelop: 'Foundation subjects' });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ criterionId: criterion, strengths: 'Coherent core curriculum', areasToDevelop: 'Foundation subjects', rating: null, updatedByUserId: f.users['ceo@marshside.test'] });
      const rated = await lead.put(`/api/reviews/${reviewId}/findings/${criterion}`, { rating: 3 });
      expect(rated.body).toMatchObject({ id: saved.body.id, strengths: 'Coherent core curriculum', rating: 3 });
      expect((await lead.put(`/api/reviews/${reviewId}/findings/${criterion}`, { rating: 0 })).body.message).toEqual(['The rating must be from 1 to 4']);
      expect((await (await f.as('ceo@oakfield.test')).put(`/api/reviews/${reviewId}/findings/${criterion}`, { strengths: 'We are great' })).status).toBe(403);

      const summaryByReviewer = await reviewer.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'x' });
      expect({ status: summaryByReviewer.status, message: summaryByReviewer.body.message }).toEqual({ status: 403, message: 'Only the lead reviewer can write the overall summary.' });
      expect((await lead.put(`/api/reviews/${reviewId}/findings-summary`, {})).body.message).toEqual(['Enter the overall summary']);
      const summary = await lead.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'A trust that knows itself well.' });
      expect(summary.body).toMatchObject({ summary: 'A trust that knows itself well.', completedAt: null, findings: [expect.objectContaining({ id: saved.body.id })] });

      const governorView = await (await f.as('governor@oakfield.test')).get(`/api/reviews/${reviewId}/findings`);
      expect(governorView.status).toBe(200);
      expect(governorView.body.findings).toHaveLength(1);

      await f.move('ceo@riverside.test', reviewId, 'findings');
      await f.move('ceo@riverside.test', reviewId, 'action_plan');
      expect((await lead.get(`/api/reviews/${reviewId}/findings`)).body.completedAt).not.toBeNull();
      const locked = await lead.put(`/api/reviews/${reviewId}/findings/${criterion}`, { strengths: 'Changed my mind' });
      expect({ status: locked.status, message: locked.body.message }).toEqual({ status: 409, message: 'The findings are complete and locked.' });
      expect(await auditActions(reviewId, 'review_finding')).toEqual(['review_finding.saved', 'review_finding.saved', 'review_findings_summary.saved']);
    });
  });

  describe('the action plan', () => {
    it('links actions to findings, owned by people of the reviewed trust, flags the overdue ones, and closes when all are finished', async () => {
      const reviewId = await f.reviewAt('action_plan');
      const ceo = await f.as('ceo@oakfield.test');
      const { body: findings } = await ceo.get(`/api/reviews/${reviewId}/findings`);
      const findingId = findings.findings[0].id;
      const body = { findingId, title: 'Rewrite the history curriculum at Bearsted Green', ownerUserId: f.users['head@oakfield.test'], dueDate: daysFromToday(60) };
      const created = await ceo.post(`/api/reviews/${reviewId}/actions`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...body, criterionId: f.criterionIds[0], ownerName: 'Siobhan Murphy', status: 'not_started', overdue: false, notes: [] });
      const late = await ceo.post(`/api/reviews/${reviewId}/actions`, { ...body, title: 'Audit SEND registers', dueDate: daysFromToday(-1) });
      expect(late.body).toMatchObject({ overdue: true });

      const otherTrust = await ceo.post(`/api/reviews/${reviewId}/actions`, { ...body, ownerUserId: f.users['ceo@riverside.test'] });
      expect({ status: otherTrust.status, message: otherTrust.body.message }).toEqual({ status: 400, message: 'The owner of an action must be a person of the reviewed trust.' });
      const otherReview = await f.reviewAt('action_plan');
      const { body: otherFindings } = await ceo.get(`/api/reviews/${otherReview}/findings`);
      const wrongFinding = await ceo.post(`/api/reviews/${reviewId}/actions`, { ...body, findingId: otherFindings.findings[0].id });
      expect({ status: wrongFinding.status, message: wrongFinding.body.message }).toEqual({ status: 400, message: 'Choose a finding of this review for the action to respond to.' });
      expect((await ceo.post(`/api/reviews/${reviewId}/actions`, { ...body, dueDate: 'next week' })).body.message).toEqual(['The due date must be a date like 2027-07-31']);
      expect((await ceo.post(`/api/reviews/${reviewId}/actions`, { ...body, dueDate: '2027-02-30' })).body.message).toBe('The due date must be a real date, like 2027-07-31.');
      expect((await ceo.patch(`/api/reviews/${reviewId}/actions/${late.body.id}`, { status: 'finished' })).body.message).toEqual(['Choose not_started, in_progress, done or dropped']);
      expect((await (await f.as('governor@oakfield.test')).post(`/api/reviews/${reviewId}/actions`, body)).status).toBe(403);
      expect((await (await f.as('ceo@riverside.test')).post(`/api/reviews/${reviewId}/actions`, body)).status).toBe(403);

      const noted = await ceo.post(`/api/reviews/${reviewId}/actions/${created.body.id}/notes`, { note: 'Draft units shared with the history network.' });
      expect(noted.status).toBe(201);
      expect(noted.body.notes).toEqual([expect.objectContaining({ note: 'Draft units shared with the history network.', authorUserId: f.users['ceo@oakfield.test'] })]);
      expect((await ceo.post(`/api/reviews/${reviewId}/actions/${created.body.id}/notes`, { note: ' ' })).body.message).toEqual(['Enter a progress note']);
      const inProgress = await ceo.patch(`/api/reviews/${reviewId}/actions/${created.body.id}`, { status: 'in_progress' });
      expect(inProgress.body.status).toBe('in_progress');

      const list = await (await f.as('ceo@riverside.test')).get(`/api/reviews/${reviewId}/actions`);
      expect(list.status).toBe(200);
      expect(list.body.map((action: { id: string; overdue: boolean }) => [action.id, action.overdue])).toEqual([
        [late.body.id, true],
        [created.body.id, false],
      ]);

      const refused = await ceo.post(`/api/reviews/${reviewId}/stage`, { stage: 'closed' });
      expect({ status: refused.status, message: refused.body.message }).toEqual({ status: 409, message: 'The review can close only when every action is done or dropped: 2 actions are still open.' });
      expect((await ceo.patch(`/api/reviews/${reviewId}/actions/${late.body.id}`, { status: 'dropped' })).body).toMatchObject({ status: 'dropped', overdue: false });
      expect((await ceo.post(`/api/reviews/${reviewId}/stage`, { stage: 'closed' })).body.message).toBe(
        'The review can close only when every action is done or dropped: 1 action is still open.',
      );
      await ceo.patch(`/api/reviews/${reviewId}/actions/${created.body.id}`, { status: 'done' });
      await f.move('ceo@oakfield.test', reviewId, 'closed');
      const closed = await ceo.patch(`/api/reviews/${reviewId}/actions/${created.body.id}`, { status: 'in_progress' });
      expect({ status: closed.status, message: closed.body.message }).toEqual({ status: 409, message: 'This review is closed and its action plan can no longer change.' });
      expect(await auditActions(reviewId, 'review_action.')).toEqual([
        'review_action.created',
        'review_action.created',
        'review_action.note_added',
        'review_action.updated',
        'review_action.updated',
        'review_action.updated',
      ]);
    });

    it('opens only once the findings are complete', async () => {
      const reviewId = await f.reviewAt('findings');
      const ceo = await f.as('ceo@oakfield.test');
      const { body: findings } = await ceo.get(`/api/reviews/${reviewId}/findings`);
      const response = await ceo.post(`/api/reviews/${reviewId}/actions`, {
        findingId: findings.findings[0]?.id ?? '6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10',
        title: 'Too early',
        ownerUserId: f.users['ceo@oakfield.test'],
        dueDate: daysFromToday(30),
      });
      expect({ status: response.status, message: response.body.message }).toEqual({ status: 409, message: 'The action plan opens once the panel has completed its findings.' });
    });
  });
});
