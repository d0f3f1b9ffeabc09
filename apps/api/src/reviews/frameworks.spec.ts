import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';
import { DefaultFrameworkBootstrap } from './default-framework.bootstrap';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_ID } from './default-framework';

describe('peer reviews: frameworks', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let pennine: string;
  let oakfield: string;
  let coordinator: TestClient;
  let oakfieldCeo: TestClient;
  let moorland: TestClient;

  const content = (name: string, criterion = 'Pupils read widely and often') => ({
    name,
    description: 'Our own version for the alliance.',
    areas: [
      {
        title: 'Reading',
        description: 'Reading across the trust.',
        criteria: [{ title: criterion, descriptors: ['Rarely', 'Sometimes', 'Usually', 'Always, and pupils talk about it'] }],
      },
    ],
  });

  beforeAll(async () => {
    testApp = await createTestApp();
    const ids = new DemoIds(testApp.dataSource);
    [betterTogether, pennine, oakfield] = await Promise.all([ids.alliance('Better Together Alliance'), ids.alliance('Pennine Partnership'), ids.organisation('Oakfield Learning Trust')]);
    [coordinator, oakfieldCeo, moorland] = await Promise.all(['coordinator@alliance.test', 'ceo@oakfield.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)));
  });

  afterAll(() => testApp.close());

  it('serves the default framework on the five trust quality pillars to any signed-in person, and nothing to anyone else', async () => {
    const list = await moorland.get('/api/reference/review-frameworks');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ id: DEFAULT_FRAMEWORK_ID, allianceId: null, version: 1, isCurrent: true, name: 'Trust quality peer review' })]);
    const detail = await moorland.get(`/api/reference/review-frameworks/${DEFAULT_FRAMEWORK_ID}`);
    expect(detail.status).toBe(200);
    expect(detail.body.areas.map((area: { title: string }) => area.title)).toEqual([
      'High-quality and inclusive education',
      'School improvement',
      'Workforce',
      'Finance and operations',
      'Governance and leadership',
    ]);
    for (const area of detail.body.areas) {
      expect(area.criteria.length).toBeGreaterThanOrEqual(2);
      expect(area.criteria.length).toBeLessThanOrEqual(4);
      for (const criterion of area.criteria) expect(criterion.descriptors).toHaveLength(4);
    }
    expect(detail.body.ratingLabels).toEqual({ 1: 'Getting started', 2: 'Developing', 3: 'Established', 4: 'Leading' });
    expect((await testApp.client().get('/api/reference/review-frameworks')).status).toBe(401);
    expect((await moorland.get('/api/reference/review-frameworks/6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10')).status).toBe(404);
  });

  it('lets the coordinator copy a framework for their alliance, seen by its members only', async () => {
    const copy = await coordinator.post('/api/review-frameworks', { sourceFrameworkId: DEFAULT_FRAMEWORK_ID, allianceId: betterTogether, name: 'Better Together review framework' });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ allianceId: betterTogether, name: 'Better Together review framework', version: 1, familyId: copy.body.id, isCurrent: true, inUse: false });
    const original = await coordinator.get(`/api/reference/review-frameworks/${DEFAULT_FRAMEWORK_ID}`);
    expect(copy.body.areas.map((area: { title: string }) => area.title)).toEqual(original.body.areas.map((area: { title: string }) => area.title));
    expect(copy.body.areas[0].criteria[0].id).not.toBe(original.body.areas[0].criteria[0].id);

    const memberList = await oakfieldCeo.get('/api/reference/review-frameworks');
    expect(memberList.body.map((framework: { id: string }) => framework.id)).toEqual([DEFAULT_FRAMEWORK_ID, copy.body.id]);
    expect((await moorland.get('/api/reference/review-frameworks')).body.map((framework: { id: string }) => framework.id)).toEqual([DEFAULT_FRAMEWORK_ID]);
    expect((await moorland.get(`/api/reference/review-frameworks/${copy.body.id}`)).status).toBe(404);

    expect((await oakfieldCeo.post('/api/review-frameworks', { sourceFrameworkId: DEFAULT_FRAMEWORK_ID, allianceId: betterTogether })).status).toBe(403);
    expect((await coordinator.post('/api/review-frameworks', { sourceFrameworkId: DEFAULT_FRAMEWORK_ID, allianceId: pennine })).status).toBe(404);
    const audit = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1`, [copy.body.id]);
    expect(audit).toEqual([{ action: 'review_framework.copied' }]);
  });

  it('edits a copy in place while no review uses it, and makes a new version once one does', async () => {
    const { body: copy } = await coordinator.post('/api/review-frameworks', { sourceFrameworkId: DEFAULT_FRAMEWORK_ID, allianceId: betterTogether });
    const edited = await coordinator.put(`/api/review-frameworks/${copy.id}`, content('Reading review'));
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: copy.id, version: 1, name: 'Reading review', inUse: false });
    expect(edited.body.areas).toEqual([expect.objectContaining({ title: 'Reading', criteria: [expect.objectContaining({ title: 'Pupils read widely and often' })] })]);

    const review = await oakfieldCeo.post('/api/reviews', {
      allianceId: betterTogether,
      organisationId: oakfield,
      frameworkId: copy.id,
      title: 'Reading review',
      visitStartDate: '2027-03-15',
      visitEndDate: '2027-03-16',
    });
    expect(review.status).toBe(201);

    const versioned = await coordinator.put(`/api/review-frameworks/${copy.id}`, content('Reading review', 'Pupils read fluently by the end of year 2'));
    expect(versioned.status).toBe(200);
    expect(versioned.body).toMatchObject({ familyId: copy.id, version: 2, isCurrent: true, inUse: false });
    expect(versioned.body.id).not.toBe(copy.id);

    // The review keeps the exact version it started with, unchanged.
    const kept = await oakfieldCeo.get(`/api/reviews/${review.body.id}`);
    expect(kept.body).toMatchObject({ frameworkId: copy.id, frameworkVersion: 1 });
    const old = await oakfieldCeo.get(`/api/reference/review-frameworks/${copy.id}`);
    expect(old.body).toMatchObject({ isCurrent: false, inUse: true });
    expect(old.body.areas[0].criteria[0].title).toBe('Pupils read widely and often');
    const list = await oakfieldCeo.get('/api/reference/review-frameworks');
    expect(list.body.map((framework: { id: string }) => framework.id)).toContain(versioned.body.id);
    expect(list.body.map((framework: { id: string }) => framework.id)).not.toContain(copy.id);

    // A superseded version can neither be edited nor start a new review.
    expect((await coordinator.put(`/api/review-frameworks/${copy.id}`, content('Again'))).status).toBe(404);
    const stale = await oakfieldCeo.post('/api/reviews', {
      allianceId: betterTogether,
      organisationId: oakfield,
      frameworkId: copy.id,
      title: 'Too late',
      visitStartDate: '2027-03-15',
      visitEndDate: '2027-03-16',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('That framework has a newer version. Choose its current version.');
    const audit: { action: string }[] = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE action LIKE 'review_framework.%' AND "entityId" = ANY($1::uuid[]) ORDER BY "occurredAt"`, [
      [copy.id, versioned.body.id],
    ]);
    expect(audit.map((entry) => entry.action)).toEqual(['review_framework.copied', 'review_framework.updated', 'review_framework.versioned']);
  });

  it('refuses changes to the platform framework, by others, and bad content, with clear messages', async () => {
    expect((await coordinator.put(`/api/review-frameworks/${DEFAULT_FRAMEWORK_ID}`, content('Mine now'))).status).toBe(403);
    const { body: copy } = await coordinator.post('/api/review-frameworks', { sourceFrameworkId: DEFAULT_FRAMEWORK_ID, allianceId: betterTogether });
    expect((await oakfieldCeo.put(`/api/review-frameworks/${copy.id}`, content('Hijack'))).status).toBe(403);
    expect((await moorland.put(`/api/review-frameworks/${copy.id}`, content('Hijack'))).status).toBe(403);
    const cases: [object, string][] = [
      [{ ...content('x'), areas: [{ title: 'A', criteria: [{ title: 'C', descriptors: ['1', '2', '3'] }] }] }, 'Give exactly four descriptors, one for each rating from 1 to 4'],
      [{ ...content('x'), areas: [] }, 'Give the framework at least one area'],
      [{ ...content('x'), areas: [{ title: 'A', criteria: [] }] }, 'Give each area at least one criterion'],
      [{ ...content('x'), name: '   ' }, 'Enter a name for the framework'],
      [{ ...content('x'), colour: 'red' }, 'property colour should not exist'],
    ];
    for (const [body, message] of cases) {
      const response = await coordinator.put(`/api/review-frameworks/${copy.id}`, body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(message);
    }
    const badCopy = await coordinator.post('/api/review-frameworks', { sourceFrameworkId: 'nope', allianceId: betterTogether });
    expect(badCopy.status).toBe(400);
    expect(badCopy.body.message).toEqual(['Choose the framework to copy']);
  });

  it('creates the default framework at start-up where it is missing, as in production, and only once', async () => {
    await testApp.dataSource.query(`DELETE FROM reviews`);
    await testApp.dataSource.query(`DELETE FROM review_frameworks`);
    const bootstrap = testApp.app.get(DefaultFrameworkBootstrap);
    await Promise.all([bootstrap.onApplicationBootstrap(), bootstrap.onApplicationBootstrap()]);
    await bootstrap.onApplicationBootstrap();
    const counts = await testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM review_frameworks) AS frameworks, (SELECT count(*)::int FROM review_framework_areas) AS areas, (SELECT count(*)::int FROM review_framework_criteria) AS criteria`,
    );
    const criteria = DEFAULT_FRAMEWORK.areas.reduce((total, area) => total + area.criteria.length, 0);
    expect(counts).toEqual([{ frameworks: 1, areas: 5, criteria }]);
    expect((await moorland.get(`/api/reference/review-frameworks/${DEFAULT_FRAMEWORK_ID}`)).status).toBe(200);
  });
});
