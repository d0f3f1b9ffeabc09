import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';
import { quarterStarts } from './contract-radar';
import { todayInLondon } from '../core/calendar-dates';

describe('procurement: trusts’ contracts, the renewal radar, savings and category emails', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let pennine: string;
  let oakfieldBm: TestClient;
  let riversideBm: TestClient;
  let marshsideBm: TestClient;
  let oakfieldHead: TestClient;
  let coordinator: TestClient;
  let moorland: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    const ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    pennine = await ids.alliance('Pennine Partnership');
    [oakfieldBm, riversideBm, marshsideBm, oakfieldHead, coordinator, moorland] = await Promise.all(
      ['bm@oakfield.test', 'bm@riverside.test', 'bm@marshside.test', 'head@oakfield.test', 'coordinator@alliance.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)),
    );
  });

  afterAll(() => testApp.close());

  function schoolsOf(organisation: string, count: number): Promise<string[]> {
    return testApp.dataSource
      .query(`SELECT s.id FROM schools s JOIN organisations o ON o.id = s."organisationId" WHERE o.name = $1 ORDER BY s.name LIMIT $2`, [organisation, count])
      .then((rows: { id: string }[]) => rows.map((row) => row.id));
  }

  function addDays(date: string, days: number): string {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  }

  const quarters = () => quarterStarts(todayInLondon());

  async function addContract(client: TestClient, body: Record<string, unknown>): Promise<string> {
    const response = await client.post('/api/procurement/contracts', { supplier: 'Acme Services Ltd', annualValuePence: 1000000, ...body });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  describe("a trust's own contracts", () => {
    it('keeps each trust’s contracts private to its business managers and chief executives', async () => {
      const oakfieldSchools = await schoolsOf('Oakfield Learning Trust', 2);
      const created = await oakfieldBm.post('/api/procurement/contracts', {
        category: 'insurance',
        supplier: '  Kent Schools Mutual  ',
        annualValuePence: 8250075,
        endDate: addDays(todayInLondon(), 100),
        schoolIds: oakfieldSchools,
        notes: 'Risk protection arrangement considered',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ category: 'insurance', supplier: 'Kent Schools Mutual', annualValuePence: 8250075, notes: 'Risk protection arrangement considered' });
      expect(created.body.schools).toHaveLength(2);

      const own = await oakfieldBm.get('/api/procurement/contracts?pageSize=100');
      expect(own.status).toBe(200);
      expect(own.body.items.map((contract: { id: string }) => contract.id)).toContain(created.body.id);
      const theirs = await riversideBm.get('/api/procurement/contracts?pageSize=100');
      expect(theirs.body.items.map((contract: { id: string }) => contract.id)).not.toContain(created.body.id);

      expect((await riversideBm.patch(`/api/procurement/contracts/${created.body.id}`, { supplier: 'Mine now' })).status).toBe(404);
      expect((await riversideBm.delete(`/api/procurement/contracts/${created.body.id}`)).status).toBe(404);
      expect((await moorland.patch(`/api/procurement/contracts/${created.body.id}`, { supplier: 'Mine now' })).status).toBe(404);
      const head = await oakfieldHead.get('/api/procurement/contracts');
      expect(head.status).toBe(403);
      expect(head.body.message).toMatch(/business managers and chief executives/);

      const updated = await oakfieldBm.patch(`/api/procurement/contracts/${created.body.id}`, { annualValuePence: 8250076, notes: '' });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ annualValuePence: 8250076, notes: null, supplier: 'Kent Schools Mutual' });
      const audit: { action: string }[] = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1 ORDER BY "occurredAt"`, [created.body.id]);
      expect(audit.map((entry) => entry.action)).toEqual(['trust_contract.created', 'trust_contract.updated']);

      expect((await oakfieldBm.delete(`/api/procurement/contracts/${created.body.id}`)).status).toBe(204);
      expect((await oakfieldBm.patch(`/api/procurement/contracts/${created.body.id}`, { supplier: 'x' })).status).toBe(404);
    });

    it('refuses bad contracts with messages a person understands, and stores nothing', async () => {
      const before = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM trust_contracts`);
      const [riversideSchool] = await schoolsOf('Riverside Academies Trust', 1);
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ category: 'cars', supplier: 'x', annualValuePence: 1, endDate: '2027-01-01' }, /Choose a category/],
        [{ category: 'ict', supplier: '   ', annualValuePence: 1, endDate: '2027-01-01' }, /Enter the supplier/],
        [{ category: 'ict', supplier: 'x', annualValuePence: 10.5, endDate: '2027-01-01' }, /whole number of pence/],
        [{ category: 'ict', supplier: 'x', annualValuePence: -1, endDate: '2027-01-01' }, /0 or more/],
        [{ category: 'ict', supplier: 'x', annualValuePence: 1, endDate: '2027-02-30' }, /real date/],
        [{ category: 'ict', supplier: 'x', annualValuePence: 1, endDate: '1 March' }, /like 2027-08-31/],
        [{ category: 'ict', supplier: 'x', annualValuePence: 1, endDate: '2027-01-01', schoolIds: [riversideSchool] }, /your own organisation/],
      ];
      for (const [body, message] of cases) {
        const response = await oakfieldBm.post('/api/procurement/contracts', body);
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body.message)).toMatch(message);
      }
      expect(await testApp.dataSource.query(`SELECT count(*)::int AS n FROM trust_contracts`)).toEqual(before);
    });
  });

  describe('the renewal radar', () => {
    it('shows a figure only when three trusts stand behind it, and never another alliance’s contracts', async () => {
      const [, second, third] = quarters();
      const radar = () => oakfieldBm.get(`/api/procurement/radar?allianceId=${betterTogether}`).then((response) => response.body.rows.find((row: { category: string }) => row.category === 'cleaning'));

      await addContract(oakfieldBm, { category: 'cleaning', annualValuePence: 12000000, endDate: addDays(second, 10), schoolIds: await schoolsOf('Oakfield Learning Trust', 2) });
      await addContract(riversideBm, { category: 'cleaning', annualValuePence: 9000000, endDate: addDays(second, 20), schoolIds: await schoolsOf('Riverside Academies Trust', 1) });
      // Moorland is in another alliance: its contract must not help make up the three.
      await addContract(moorland, { category: 'cleaning', annualValuePence: 5000000, endDate: addDays(second, 5) });
      let row = await radar();
      expect(row.total).toBeNull();
      expect(row.quarters.every((quarter: { figures: unknown }) => quarter.figures === null)).toBe(true);

      await addContract(marshsideBm, { category: 'cleaning', annualValuePence: 20049999, endDate: addDays(second, 30), schoolIds: await schoolsOf('Marshside Schools Trust', 3) });
      row = await radar();
      expect(row.total).toEqual({ trustCount: 3, schoolCount: 6, annualValuePence: 41000000 });
      expect(row.quarters[1]).toEqual({ quarterStart: second, figures: { trustCount: 3, schoolCount: 6, annualValuePence: 41000000 } });

      // One more trust's contract alone in a later quarter: showing both the total and the second quarter would give it away.
      await addContract(oakfieldBm, { category: 'cleaning', annualValuePence: 3000000, endDate: addDays(third, 3) });
      row = await radar();
      expect(row.total).toMatchObject({ trustCount: 3 });
      expect(row.quarters.map((quarter: { figures: unknown }) => quarter.figures)).toEqual([null, null, null, null]);

      const response = await oakfieldBm.get(`/api/procurement/radar?allianceId=${betterTogether}`);
      expect(JSON.stringify(response.body)).not.toMatch(/Acme|supplier|organisationId/);
    });

    it('is 404 for another alliance and 400 without an alliance', async () => {
      expect((await moorland.get(`/api/procurement/radar?allianceId=${betterTogether}`)).status).toBe(404);
      expect((await oakfieldBm.get(`/api/procurement/radar?allianceId=${pennine}`)).status).toBe(404);
      const missing = await oakfieldBm.get('/api/procurement/radar');
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(['Choose an alliance']);
    });
  });

  describe('the savings summary', () => {
    async function awardedNeed(category: string, savingPence: number, contractStartDate: string): Promise<string> {
      const created = await oakfieldBm.post('/api/procurement/needs', {
        allianceId: betterTogether,
        title: `Joint ${category} contract`,
        category,
        description: 'Bought together.',
        estimatedAnnualValuePence: 50000000,
        closingDate: addDays(todayInLondon(), 10),
        status: 'open',
      });
      expect(created.status).toBe(201);
      expect((await oakfieldBm.post(`/api/procurement/needs/${created.body.id}/status`, { status: 'closed' })).status).toBe(200);
      const awarded = await oakfieldBm.post(`/api/procurement/needs/${created.body.id}/status`, {
        status: 'awarded',
        supplier: 'Joint Supplier Ltd',
        contractStartDate,
        contractLengthMonths: 36,
        savingPence,
        savingMethod: 'Old annual price minus new annual price',
      });
      expect(awarded.status).toBe(200);
      return created.body.id;
    }

    it('adds up the savings exactly, by category and by academic year, for the coordinator only', async () => {
      const before = (await coordinator.get(`/api/procurement/savings?allianceId=${betterTogether}`)).body;
      await awardedNeed('transport', 99_999_999_999, '2027-08-31');
      await awardedNeed('transport', 1, '2027-09-01');
      await awardedNeed('ict', 1_000_01, '2026-09-01');

      const response = await coordinator.get(`/api/procurement/savings?allianceId=${betterTogether}`);
      expect(response.status).toBe(200);
      const summary = response.body;
      expect(summary.awardedCount).toBe(before.awardedCount + 3);
      expect(summary.totalSavingPence).toBe(before.totalSavingPence + 99_999_999_999 + 1 + 1_000_01);
      const transport = summary.byCategory.find((entry: { category: string }) => entry.category === 'transport');
      expect(transport).toEqual({ category: 'transport', awardedCount: 2, savingPence: 100_000_000_000 });
      const year = (label: string) => summary.byYear.find((entry: { year: string }) => entry.year === label);
      expect(year('2026/27').byCategory).toEqual(expect.arrayContaining([{ category: 'transport', awardedCount: 1, savingPence: 99_999_999_999 }, { category: 'ict', awardedCount: 1, savingPence: 1_000_01 }]));
      expect(year('2027/28').byCategory).toEqual(expect.arrayContaining([{ category: 'transport', awardedCount: 1, savingPence: 1 }]));
      expect(summary.awarded[0]).toMatchObject({ supplier: 'Joint Supplier Ltd', organisationName: 'Oakfield Learning Trust' });

      const bm = await oakfieldBm.get(`/api/procurement/savings?allianceId=${betterTogether}`);
      expect(bm.status).toBe(403);
      expect(bm.body.message).toBe('Only the alliance coordinator can do this.');
      expect((await moorland.get(`/api/procurement/savings?allianceId=${betterTogether}`)).status).toBe(404);
    });
  });

  describe('following categories', () => {
    it('emails followers in the alliance when a need in their category opens, and interested trusts when it closes and is awarded', async () => {
      expect((await riversideBm.get('/api/procurement/follows')).body).toEqual({ categories: [] });
      const followed = await riversideBm.put('/api/procurement/follows', { categories: ['energy', 'catering'] });
      expect(followed.status).toBe(200);
      expect(followed.body).toEqual({ categories: ['catering', 'energy'] });
      expect((await riversideBm.get('/api/procurement/follows')).body).toEqual({ categories: ['catering', 'energy'] });
      await moorland.put('/api/procurement/follows', { categories: ['energy'] });
      await oakfieldBm.put('/api/procurement/follows', { categories: ['energy'] });
      expect((await marshsideBm.put('/api/procurement/follows', { categories: ['fuel'] })).status).toBe(400);

      const mailTo = async (subject: string) =>
        ((await testApp.dataSource.query(`SELECT "to" FROM outbox_messages WHERE subject = $1 ORDER BY "to"`, [subject])) as { to: string }[]).map((row) => row.to);

      const draft = await oakfieldBm.post('/api/procurement/needs', {
        allianceId: betterTogether,
        title: 'Electricity and gas from April',
        category: 'energy',
        description: 'A flexible energy contract for all our schools.',
        estimatedAnnualValuePence: 90000000,
        closingDate: addDays(todayInLondon(), 20),
      });
      expect(draft.status).toBe(201);
      expect(await mailTo('New energy need: Electricity and gas from April')).toEqual([]);

      expect((await oakfieldBm.post(`/api/procurement/needs/${draft.body.id}/status`, { status: 'open' })).status).toBe(200);
      // Not the posting trust's own follower, and not Moorland, which is in another alliance.
      expect(await mailTo('New energy need: Electricity and gas from April')).toEqual(['bm@riverside.test']);

      expect((await marshsideBm.post(`/api/procurement/needs/${draft.body.id}/interests`, { estimatedValuePence: 100 })).status).toBe(201);
      expect((await oakfieldBm.post(`/api/procurement/needs/${draft.body.id}/status`, { status: 'closed' })).status).toBe(200);
      expect(await mailTo('Closed for interest: Electricity and gas from April')).toEqual(['bm@marshside.test']);
      expect(
        (
          await oakfieldBm.post(`/api/procurement/needs/${draft.body.id}/status`, {
            status: 'awarded',
            supplier: 'Green Power plc',
            contractStartDate: '2027-04-01',
            contractLengthMonths: 24,
            savingPence: 500000,
            savingMethod: 'Framework price against our renewal quote',
          })
        ).status,
      ).toBe(200);
      expect(await mailTo('Awarded: Electricity and gas from April')).toEqual(['bm@marshside.test']);
      const [awardedMail]: { text: string }[] = await testApp.dataSource.query(`SELECT text FROM outbox_messages WHERE subject = 'Awarded: Electricity and gas from April'`);
      expect(awardedMail.text).toContain('Green Power plc');
      expect(awardedMail.text).toContain(`/procurement/${draft.body.id}`);
    });
  });
});
