import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';
import { todayInLondon } from '../core/calendar-dates';

describe('shared procurement', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let oakfieldBm: TestClient;
  let riversideBm: TestClient;
  let marshsideBm: TestClient;
  let oakfieldGovernor: TestClient;
  let moorland: TestClient;
  let schools: Record<string, string>;

  beforeAll(async () => {
    testApp = await createTestApp();
    betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    [oakfieldBm, riversideBm, marshsideBm, oakfieldGovernor, moorland] = await Promise.all(
      ['bm@oakfield.test', 'bm@riverside.test', 'bm@marshside.test', 'governor@oakfield.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)),
    );
    const rows: { id: string; name: string }[] = await testApp.dataSource.query(`SELECT id, name FROM schools`);
    schools = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  });

  afterAll(() => testApp.close());

  function daysFromToday(days: number): string {
    const [year, month, day] = todayInLondon().split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  }

  function needBody(overrides: Record<string, unknown> = {}) {
    return {
      allianceId: betterTogether,
      title: 'School meals from September',
      category: 'catering',
      description: 'Hot school meals for primary schools, including universal infant free school meals.',
      estimatedAnnualValuePence: 41000000,
      contractEndDate: daysFromToday(200),
      closingDate: daysFromToday(30),
      status: 'open',
      ...overrides,
    };
  }

  async function postNeed(overrides: Record<string, unknown> = {}, client = oakfieldBm): Promise<string> {
    const response = await client.post('/api/procurement/needs', needBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  const award = { status: 'awarded', supplier: 'Kent Catering Ltd', contractStartDate: '2027-09-01', contractLengthMonths: 36, savingPence: 1234567, savingMethod: 'Compared with the current per-meal price' };

  describe('posting and the lifecycle', () => {
    it('lets a business manager post a need with schools in scope, and lists it for the alliance', async () => {
      const response = await oakfieldBm.post(
        '/api/procurement/needs',
        needBody({ schoolIds: [schools['Oakfield Primary Academy'], schools['Bearsted Green Infant School']], routeToMarket: 'framework' }),
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        title: 'School meals from September',
        category: 'catering',
        status: 'open',
        routeToMarket: 'framework',
        estimatedAnnualValuePence: 41000000,
        organisationName: 'Oakfield Learning Trust',
        isOwner: true,
        interestedOrganisationCount: 0,
        interestedSchoolCount: 0,
        myInterest: null,
        award: null,
      });
      expect(response.body.schools.map((school: { name: string }) => school.name)).toEqual(['Bearsted Green Infant School', 'Oakfield Primary Academy']);
      const list = await riversideBm.get(`/api/procurement/needs?category=catering&search=${encodeURIComponent('school meals')}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((need: { id: string }) => need.id)).toContain(response.body.id);
      expect(list.body.items.find((need: { id: string }) => need.id === response.body.id)).toMatchObject({ isOwner: false, hasMyInterest: false });
    });

    it('refuses people who may not post, and hides the alliance from outsiders', async () => {
      expect((await oakfieldGovernor.post('/api/procurement/needs', needBody())).status).toBe(403);
      expect((await moorland.post('/api/procurement/needs', needBody())).status).toBe(404);
    });

    it('refuses schools that are not the poster’s own', async () => {
      const response = await oakfieldBm.post('/api/procurement/needs', needBody({ schoolIds: [schools['Riverside Primary Academy']] }));
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Choose schools from your own organisation.');
      const unknown = await oakfieldBm.post('/api/procurement/needs', needBody({ schoolIds: ['6f1d3c1e-8a51-4b9e-9f0e-2b1c5d7e9a10'] }));
      expect(unknown.status).toBe(400);
      const needId = await postNeed();
      expect((await oakfieldBm.patch(`/api/procurement/needs/${needId}`, { schoolIds: [schools['Strood Riverside Academy']] })).status).toBe(400);
    });

    it('keeps drafts to the posting organisation', async () => {
      const needId = await postNeed({ status: 'draft', title: 'Draft energy tender', category: 'energy' });
      expect((await oakfieldGovernor.get(`/api/procurement/needs/${needId}`)).status).toBe(200);
      expect((await riversideBm.get(`/api/procurement/needs/${needId}`)).status).toBe(404);
      const list = await riversideBm.get('/api/procurement/needs?status=draft');
      expect(list.body.items.map((need: { id: string }) => need.id)).not.toContain(needId);
      expect((await riversideBm.post(`/api/procurement/needs/${needId}/interests`, {})).status).toBe(404);
    });

    it('moves a need only forward, and only for the posting organisation', async () => {
      const needId = await postNeed({ status: 'draft' });
      expect((await riversideBm.post(`/api/procurement/needs/${needId}/status`, { status: 'open' })).status).toBe(404);
      expect((await oakfieldGovernor.post(`/api/procurement/needs/${needId}/status`, { status: 'open' })).status).toBe(403);
      expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' })).status).toBe(409);
      const opened = await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'open' });
      expect(opened.status).toBe(200);
      expect(opened.body.status).toBe('open');
      expect((await riversideBm.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' })).status).toBe(403);
      expect((await riversideBm.patch(`/api/procurement/needs/${needId}`, { title: 'Hijacked' })).status).toBe(403);
      expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' })).status).toBe(200);
      const back = await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'open' });
      expect(back.status).toBe(409);
      expect(back.body.message).toBe('A need only moves forward: from closed it can move to awarded or abandoned.');
      expect((await oakfieldBm.patch(`/api/procurement/needs/${needId}`, { title: 'Too late' })).status).toBe(409);
      const missing = await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'awarded' });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual([
        'Enter the supplier the contract was awarded to',
        'Enter the contract start date, like 2027-09-01',
        'Enter the contract length as a whole number of months',
        'Enter the saving as a whole number of pence',
        'Explain how the saving was worked out',
      ]);
      const awarded = await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, award);
      expect(awarded.status).toBe(200);
      expect(awarded.body).toMatchObject({
        status: 'awarded',
        award: { supplier: 'Kent Catering Ltd', contractStartDate: '2027-09-01', contractLengthMonths: 36, savingPence: 1234567, savingMethod: 'Compared with the current per-meal price' },
      });
      expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'abandoned' })).status).toBe(409);
      const audit: { action: string; allianceId: string }[] = await testApp.dataSource.query(`SELECT action, "allianceId" FROM audit_entries WHERE "entityId" = $1 ORDER BY "occurredAt"`, [needId]);
      expect(audit.map((entry) => entry.action)).toEqual(['procurement_need.created', 'procurement_need.open', 'procurement_need.closed', 'procurement_need.awarded']);
      expect(audit.every((entry) => entry.allianceId === betterTogether)).toBe(true);
    });

    it('lets the owner edit an open need, auditing what changed', async () => {
      const needId = await postNeed();
      const response = await oakfieldBm.patch(`/api/procurement/needs/${needId}`, { title: 'School meals, all schools', estimatedAnnualValuePence: 52000000 });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ title: 'School meals, all schools', estimatedAnnualValuePence: 52000000 });
      const [entry]: { changes: Record<string, unknown> }[] = await testApp.dataSource.query(
        `SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'procurement_need.updated'`,
        [needId],
      );
      expect(entry.changes).toEqual({ title: { from: 'School meals from September', to: 'School meals, all schools' }, estimatedAnnualValuePence: { from: 41000000, to: 52000000 } });
    });

    it('answers 404 on every route for a need in another alliance', async () => {
      const needId = await postNeed();
      const question = (await riversideBm.post(`/api/procurement/needs/${needId}/questions`, { question: 'Is breakfast club included?' })).body;
      const calls = [
        moorland.get(`/api/procurement/needs/${needId}`),
        moorland.patch(`/api/procurement/needs/${needId}`, { title: 'x' }),
        moorland.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' }),
        moorland.post(`/api/procurement/needs/${needId}/interests`, {}),
        moorland.delete(`/api/procurement/needs/${needId}/interests/mine`),
        moorland.get(`/api/procurement/needs/${needId}/interests`),
        moorland.get(`/api/procurement/needs/${needId}/questions`),
        moorland.post(`/api/procurement/needs/${needId}/questions`, { question: 'Hello?' }),
        moorland.post(`/api/procurement/questions/${question.id}/answer`, { answer: 'x' }),
        moorland.post(`/api/procurement/questions/${question.id}/pin`, {}),
      ];
      for (const response of await Promise.all(calls)) expect(response.status).toBe(404);
      const list = await moorland.get('/api/procurement/needs');
      expect(list.body.items.map((need: { id: string }) => need.id)).not.toContain(needId);
    });
  });

  describe('interests', () => {
    it('lets members express, update and withdraw interest, showing counts to all and names only to the owner', async () => {
      const needId = await postNeed();
      const riverside = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, {
        schoolIds: [schools['Riverside Primary Academy'], schools['Rochester Bridge Junior School']],
        estimatedValuePence: 41000000,
        notes: 'Two primaries, about 600 meals a day',
      });
      expect(riverside.status).toBe(201);
      expect(riverside.body).toMatchObject({ organisationName: 'Riverside Academies Trust', estimatedValuePence: 41000000, notes: 'Two primaries, about 600 meals a day' });
      expect(riverside.body.schools).toHaveLength(2);
      expect((await marshsideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: 19999999 })).status).toBe(201);

      const updated = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: 41000001 });
      expect(updated.status).toBe(201);
      expect(updated.body).toMatchObject({ id: riverside.body.id, estimatedValuePence: 41000001, notes: 'Two primaries, about 600 meals a day' });

      const seenByRiverside = await riversideBm.get(`/api/procurement/needs/${needId}`);
      expect(seenByRiverside.body).toMatchObject({ interestedOrganisationCount: 2, interestedSchoolCount: 2, hasMyInterest: true });
      expect(seenByRiverside.body.myInterest).toMatchObject({ id: riverside.body.id, estimatedValuePence: 41000001 });
      const seenByGovernor = await oakfieldGovernor.get(`/api/procurement/needs/${needId}`);
      expect(seenByGovernor.body).toMatchObject({ interestedOrganisationCount: 2, interestedSchoolCount: 2, myInterest: null });
      expect(JSON.stringify((await marshsideBm.get(`/api/procurement/needs/${needId}`)).body)).not.toContain('Riverside');

      expect((await riversideBm.get(`/api/procurement/needs/${needId}/interests`)).status).toBe(403);
      const owner = await oakfieldBm.get(`/api/procurement/needs/${needId}/interests`);
      expect(owner.status).toBe(200);
      expect(owner.body).toMatchObject({ interestedOrganisationCount: 2, interestedSchoolCount: 2, totalEstimatedValuePence: 61000000 });
      expect(owner.body.items.map((interest: { organisationName: string }) => interest.organisationName)).toEqual(['Riverside Academies Trust', 'Marshside Schools Trust']);

      expect((await riversideBm.delete(`/api/procurement/needs/${needId}/interests/mine`)).status).toBe(204);
      expect((await riversideBm.delete(`/api/procurement/needs/${needId}/interests/mine`)).status).toBe(404);
      const after = await oakfieldBm.get(`/api/procurement/needs/${needId}/interests`);
      expect(after.body).toMatchObject({ interestedOrganisationCount: 1, interestedSchoolCount: 0, totalEstimatedValuePence: 19999999 });
      const actions: { action: string }[] = await testApp.dataSource.query(
        `SELECT action FROM audit_entries WHERE "entityId" = $1 ORDER BY "occurredAt"`,
        [riverside.body.id],
      );
      expect(actions.map((entry) => entry.action)).toEqual(['procurement_interest.expressed', 'procurement_interest.updated', 'procurement_interest.withdrawn']);
    });

    it('sums large values exactly in whole pence', async () => {
      const needId = await postNeed({ estimatedAnnualValuePence: 99_999_999_999 });
      expect((await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: 99_999_999_999 })).status).toBe(201);
      expect((await marshsideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: 41000000 })).status).toBe(201);
      const owner = await oakfieldBm.get(`/api/procurement/needs/${needId}/interests`);
      expect(owner.body.totalEstimatedValuePence).toBe(100_040_999_999);
      expect((await oakfieldBm.get(`/api/procurement/needs/${needId}`)).body.estimatedAnnualValuePence).toBe(99_999_999_999);
    });

    it('refuses interest from the owner, for schools of another organisation, and once the need has closed', async () => {
      const needId = await postNeed();
      expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/interests`, {})).status).toBe(409);
      const otherSchools = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { schoolIds: [schools['Oakfield Primary Academy']] });
      expect(otherSchools.status).toBe(400);
      expect(otherSchools.body.message).toBe('Choose schools from your own organisation.');
      await testApp.dataSource.query(`UPDATE procurement_needs SET "closingDate" = $2 WHERE id = $1`, [needId, daysFromToday(-1)]);
      const late = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, {});
      expect(late.status).toBe(409);
      expect(late.body.message).toBe('The closing date for this need has passed.');
      const closedId = await postNeed();
      expect((await oakfieldBm.post(`/api/procurement/needs/${closedId}/status`, { status: 'closed' })).status).toBe(200);
      expect((await riversideBm.post(`/api/procurement/needs/${closedId}/interests`, {})).status).toBe(409);
      expect((await oakfieldGovernor.post(`/api/procurement/needs/${needId}/interests`, {})).status).toBe(403);
    });
  });

  describe('questions and answers', () => {
    it('lets members ask, and the owner answer and pin, pinned first', async () => {
      const needId = await postNeed();
      const first = await riversideBm.post(`/api/procurement/needs/${needId}/questions`, { question: 'Is breakfast club included?' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ question: 'Is breakfast club included?', answer: null, pinned: false, askedByMe: true });
      const second = await marshsideBm.post(`/api/procurement/needs/${needId}/questions`, { question: 'Can special schools join?' });
      expect(second.status).toBe(201);
      expect((await riversideBm.post(`/api/procurement/questions/${second.body.id}/answer`, { answer: 'No' })).status).toBe(403);
      const answered = await oakfieldBm.post(`/api/procurement/questions/${second.body.id}/answer`, { answer: 'Yes, with their own menu.' });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ answer: 'Yes, with their own menu.' });
      expect((await riversideBm.post(`/api/procurement/questions/${second.body.id}/pin`, {})).status).toBe(403);
      expect((await oakfieldBm.post(`/api/procurement/questions/${second.body.id}/pin`, {})).body.pinned).toBe(true);
      const list = await riversideBm.get(`/api/procurement/needs/${needId}/questions`);
      expect(list.body.map((question: { question: string }) => question.question)).toEqual(['Can special schools join?', 'Is breakfast club included?']);
      expect(list.body.map((question: { askedByMe: boolean }) => question.askedByMe)).toEqual([false, true]);
      expect((await oakfieldBm.post(`/api/procurement/questions/${second.body.id}/pin`, { pinned: false })).body.pinned).toBe(false);
      expect((await riversideBm.post(`/api/procurement/needs/${needId}/questions`, { question: '   ' })).body.message).toEqual(['Enter your question']);
    });
  });

  describe('validation', () => {
    it('explains what is wrong with a need', async () => {
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ title: undefined }, ['Enter a title']],
        [{ category: 'stationery' }, ['Choose a category from the list']],
        [{ estimatedAnnualValuePence: 410000.5 }, ['Enter the estimated annual value as a whole number of pence']],
        [{ estimatedAnnualValuePence: '41000000' }, ['Enter the estimated annual value as a whole number of pence']],
        [{ estimatedAnnualValuePence: -1 }, ['The estimated annual value must be 0 or more']],
        [{ closingDate: '31/03/2027' }, ['The closing date must be a date like 2027-03-31']],
        [{ closingDate: undefined }, ['Enter the closing date, like 2027-03-31']],
        [{ closingDate: '2027-02-30' }, 'The closing date must be a real date, like 2027-03-31'],
        [{ closingDate: daysFromToday(-1) }, 'The closing date must be today or in the future.'],
        [{ status: 'awarded' }, ['Choose draft or open']],
        [{ routeToMarket: 'handshake' }, ['Choose a route to market from the list']],
        [{ schoolIds: ['not-a-uuid'] }, ['Choose schools from your organisation']],
        [{ surprise: true }, ['property surprise should not exist']],
      ];
      for (const [overrides, message] of cases) {
        const response = await oakfieldBm.post('/api/procurement/needs', needBody(overrides));
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });

    it('refuses interest values that are not whole, non-negative pence', async () => {
      const needId = await postNeed();
      for (const [value, message] of [
        [1.5, 'Enter the estimated value as a whole number of pence'],
        [-100, 'The estimated value must be 0 or more'],
      ] as const) {
        const response = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: value });
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual([message]);
      }
      expect((await riversideBm.get('/api/procurement/needs?status=finished')).status).toBe(400);
    });

    it('serves the procurement categories as reference data', async () => {
      const response = await riversideBm.get('/api/reference/procurement-categories');
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(11);
      expect(response.body[1]).toEqual({ value: 'mis', label: 'Management information systems (MIS)' });
    });
  });
  describe('browsing by value', () => {
    it('filters by a minimum value and sorts by value or newest, with the same paging', async () => {
      const small = await postNeed({ title: 'Value band: small', category: 'facilities_management', estimatedAnnualValuePence: 999_999 });
      const exact = await postNeed({ title: 'Value band: exact', category: 'facilities_management', estimatedAnnualValuePence: 1_000_000 });
      const large = await postNeed({ title: 'Value band: large', category: 'facilities_management', estimatedAnnualValuePence: 75_000_000 });
      const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((need) => need.id);

      const atLeast = await riversideBm.get('/api/procurement/needs?category=facilities_management&minValuePence=1000000&sort=value&pageSize=100');
      expect(atLeast.status).toBe(200);
      expect(ids(atLeast)).toEqual([large, exact]);
      expect(atLeast.body.total).toBe(2);

      const newest = await riversideBm.get('/api/procurement/needs?category=facilities_management&sort=newest&pageSize=100');
      expect(ids(newest)).toEqual([large, exact, small]);

      const bad = await riversideBm.get('/api/procurement/needs?minValuePence=ten%20pounds&sort=cheapest');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(expect.arrayContaining(['Enter the minimum value as a whole number of pence', 'Sort by closing, value or newest']));
    });
  });
});
