import { ReviewsFixture } from '../../test/reviews-fixture';
import { createTestApp, TestApp } from '../../test/test-app';

const CURRICULUM = 'Curriculum ambition and coherence across the trust';
const INCLUSION = 'Inclusion of disadvantaged pupils and pupils with SEND';
const EDUCATION = 'High-quality and inclusive education';
const DIRECTORY_FIELDS = ['areaTitle', 'criterionTitle', 'id', 'organisationId', 'organisationName', 'publishedAt', 'publishedByName', 'rating', 'statement'];

describe('peer reviews: areas of excellence', () => {
  let testApp: TestApp;
  let f: ReviewsFixture;
  let reviewId: string;
  let leading: string;
  let established: string;
  let developing: string;
  let unrated: string;
  let noFinding: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    f = await new ReviewsFixture(testApp).load();
    // The demo's closed Riverside review shares two areas; this file's own database starts the directory empty.
    await testApp.dataSource.query(`DELETE FROM review_excellence_areas`);
    [leading, established, developing, unrated, noFinding] = f.criterionIds;
    reviewId = await f.reviewAt('findings');
    const lead = await f.as('ceo@riverside.test');
    const findings: [string, object][] = [
      [leading, { strengths: 'A coherent, ambitious curriculum from Reception to Year 11.', rating: 4 }],
      [established, { strengths: 'Early identification of SEND.', rating: 3 }],
      [developing, { strengths: 'Attendance is improving.', rating: 2 }],
      [unrated, { strengths: 'Leaders know their schools.' }],
    ];
    for (const [criterionId, body] of findings) expect((await lead.put(`/api/reviews/${reviewId}/findings/${criterionId}`, body)).status).toBe(200);
    expect((await lead.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'A trust that knows itself.' })).status).toBe(200);
  });

  afterAll(() => testApp.close());

  const directory = async (email: string, query = '') => (await f.as(email)).get(`/api/alliances/${f.betterTogether}/excellence${query}`);

  it('waits until the panel’s findings are complete', async () => {
    const ceo = await f.as('ceo@oakfield.test');
    expect((await ceo.get(`/api/reviews/${reviewId}/excellence`)).body).toEqual({ reviewId, mayPublish: false, candidates: [] });
    const early = await ceo.put(`/api/reviews/${reviewId}/excellence/${leading}`, { statement: 'Too soon' });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('Areas of excellence can be shared once the panel’s findings are complete.');
    await f.move('ceo@riverside.test', reviewId, 'action_plan');
  });

  it('offers the reviewed trust and its panel only the criteria rated Established or Leading', async () => {
    for (const email of ['ceo@oakfield.test', 'governor@oakfield.test', 'ceo@riverside.test']) {
      const response = await (await f.as(email)).get(`/api/reviews/${reviewId}/excellence`);
      expect(response.status).toBe(200);
      expect(response.body.mayPublish).toBe(true);
      expect(response.body.candidates).toEqual([
        {
          criterionId: leading,
          areaTitle: EDUCATION,
          criterionTitle: CURRICULUM,
          rating: 4,
          strengths: 'A coherent, ambitious curriculum from Reception to Year 11.',
          statement: null,
          publishedAt: null,
        },
        { criterionId: established, areaTitle: EDUCATION, criterionTitle: INCLUSION, rating: 3, strengths: 'Early identification of SEND.', statement: null, publishedAt: null },
      ]);
    }
    expect((await directory('ceo@marshside.test')).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20, areaTitles: [] });
  });

  it('lets the reviewed trust’s CEO share one line, which every member of the alliance then finds, and nothing else of the review', async () => {
    const ceo = await f.as('ceo@oakfield.test');
    const shared = await ceo.put(`/api/reviews/${reviewId}/excellence/${leading}`, { statement: '  A knowledge-rich curriculum that every school teaches the same way.  ' });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ criterionId: leading, statement: 'A knowledge-rich curriculum that every school teaches the same way.', publishedAt: expect.any(String) });

    for (const email of ['ceo@marshside.test', 'ect@riverside.test', 'coordinator@alliance.test', 'bm@oakfield.test']) {
      const response = await directory(email);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 1, areaTitles: [EDUCATION] });
      const [item] = response.body.items;
      expect(Object.keys(item).sort()).toEqual(DIRECTORY_FIELDS);
      expect(item).toMatchObject({
        organisationId: f.oakfield,
        organisationName: 'Oakfield Learning Trust',
        areaTitle: EDUCATION,
        criterionTitle: CURRICULUM,
        rating: 4,
        statement: 'A knowledge-rich curriculum that every school teaches the same way.',
        publishedByName: 'Helen Carter',
      });
      expect(JSON.stringify(response.body)).not.toMatch(/Reception to Year 11|knows itself|SEND identification/);
    }
    expect((await (await f.as('ceo@moorland.test')).get(`/api/alliances/${f.betterTogether}/excellence`)).status).toBe(404);
  });

  it('refuses criteria the panel did not rate highly, and anyone but the reviewed trust’s CEO', async () => {
    const ceo = await f.as('ceo@oakfield.test');
    for (const criterionId of [developing, unrated]) {
      const response = await ceo.put(`/api/reviews/${reviewId}/excellence/${criterionId}`, { statement: 'We are great at this' });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe('Only criteria the panel rated Established or Leading can be shared as areas of excellence.');
    }
    expect((await ceo.put(`/api/reviews/${reviewId}/excellence/${noFinding}`, { statement: 'We are great at this' })).status).toBe(404);
    for (const email of ['governor@oakfield.test', 'ceo@riverside.test']) {
      const response = await (await f.as(email)).put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'Not theirs to share' });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('Only the chief executive of the reviewed trust can share areas of excellence.');
      expect((await (await f.as(email)).delete(`/api/reviews/${reviewId}/excellence/${leading}`)).status).toBe(403);
    }
    for (const email of ['governor@riverside.test', 'head@oakfield.test', 'coordinator@alliance.test', 'ceo@moorland.test']) {
      const client = await f.as(email);
      expect((await client.get(`/api/reviews/${reviewId}/excellence`)).status).toBe(404);
      expect((await client.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'Sneaky' })).status).toBe(404);
      expect((await client.delete(`/api/reviews/${reviewId}/excellence/${leading}`)).status).toBe(404);
    }
    expect((await directory('ceo@marshside.test')).body.total).toBe(1);
  });

  it('explains a statement that is empty, too long or more than one line', async () => {
    const ceo = await f.as('ceo@oakfield.test');
    const cases: [unknown, string][] = [
      ['   ', 'Enter one line saying what your trust does well'],
      ['a'.repeat(201), 'Keep it to one line of 200 characters or fewer'],
      ['First line\nSecond line', 'Write it as one line, without line breaks'],
      [undefined, 'Enter one line saying what your trust does well'],
    ];
    for (const [statement, message] of cases) {
      const response = await ceo.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain(message);
    }
    expect((await ceo.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'Fine', extra: true })).status).toBe(400);
    expect((await directory('ceo@marshside.test')).body.total).toBe(1);
  });

  it('rewords a shared line and records each change in the audit log without its words', async () => {
    const ceo = await f.as('ceo@oakfield.test');
    const audit = async () =>
      (await testApp.dataSource.query(`SELECT action, changes FROM audit_entries WHERE "entityId" = $1 AND action LIKE 'review_excellence.%' ORDER BY "occurredAt"`, [
        reviewId,
      ])) as {
        action: string;
        changes: unknown;
      }[];
    expect((await ceo.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'Early SEND identification in every primary.' })).status).toBe(200);
    expect((await ceo.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'SEND identified early in all our primaries.' })).status).toBe(200);
    expect((await ceo.put(`/api/reviews/${reviewId}/excellence/${established}`, { statement: 'SEND identified early in all our primaries.' })).status).toBe(200);
    const entries = await audit();
    expect(entries.map((entry) => entry.action)).toEqual(['review_excellence.published', 'review_excellence.published', 'review_excellence.updated']);
    expect(JSON.stringify(entries)).not.toMatch(/SEND|curriculum/);
    const statements = (await directory('ceo@marshside.test')).body.items.map((item: { statement: string }) => item.statement);
    expect(statements).toEqual(['SEND identified early in all our primaries.', 'A knowledge-rich curriculum that every school teaches the same way.']);
  });

  it('finds areas by words in the line, the criterion, the area or the trust, and by area', async () => {
    const names = async (query: string) => (await directory('head@riverside.test', query)).body.items.map((item: { criterionTitle: string }) => item.criterionTitle);
    expect(await names('?search=primaries')).toEqual([INCLUSION]);
    expect(await names('?search=AMBITION')).toEqual([CURRICULUM]);
    expect(await names('?search=oakfield')).toEqual([INCLUSION, CURRICULUM]);
    expect(await names(`?area=${encodeURIComponent(EDUCATION)}&pageSize=1&page=2`)).toEqual([CURRICULUM]);
    expect(await names('?area=Finance%20and%20operations')).toEqual([]);
    expect(await names('?search=%25')).toEqual([]);
    expect((await directory('head@riverside.test', `?search=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('hides an area while the findings are reopened or no longer rate it highly, and when the trust withdraws it', async () => {
    await f.move('ceo@riverside.test', reviewId, 'findings', 'We need to look again at inclusion.');
    expect((await directory('ceo@marshside.test')).body).toMatchObject({ total: 0, areaTitles: [] });
    const lead = await f.as('ceo@riverside.test');
    expect((await lead.put(`/api/reviews/${reviewId}/findings/${established}`, { rating: 2 })).status).toBe(200);
    await f.move('ceo@riverside.test', reviewId, 'action_plan');
    const visible = (await directory('ceo@marshside.test')).body.items.map((item: { criterionTitle: string }) => item.criterionTitle);
    expect(visible).toEqual([CURRICULUM]);
    const ceo = await f.as('ceo@oakfield.test');
    expect((await ceo.get(`/api/reviews/${reviewId}/excellence`)).body.candidates.map((candidate: { criterionId: string }) => candidate.criterionId)).toEqual([leading]);

    expect((await ceo.delete(`/api/reviews/${reviewId}/excellence/${leading}`)).status).toBe(204);
    expect((await ceo.delete(`/api/reviews/${reviewId}/excellence/${leading}`)).status).toBe(404);
    expect((await directory('ceo@marshside.test')).body.total).toBe(0);
  });
});
