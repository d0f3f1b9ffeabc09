import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';
import { todayInLondon } from '../core/calendar-dates';

/**
 * `null` in a procurement body: refused with a plain 400 where the column is NOT NULL (and nothing stored changes),
 * or taken as "clear it" where the column is nullable. Never a 500.
 */
describe('procurement: null in request bodies', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let oakfieldBm: TestClient;
  let riversideBm: TestClient;
  let oakfieldSchools: string[];
  let riversideSchools: string[];

  beforeAll(async () => {
    testApp = await createTestApp();
    betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    [oakfieldBm, riversideBm] = await Promise.all(['bm@oakfield.test', 'bm@riverside.test'].map((email) => testApp.signIn(email)));
    oakfieldSchools = await schoolsOf('Oakfield Learning Trust');
    riversideSchools = await schoolsOf('Riverside Academies Trust');
  });

  afterAll(() => testApp.close());

  async function schoolsOf(organisation: string): Promise<string[]> {
    const rows: { id: string }[] = await testApp.dataSource.query(
      `SELECT s.id FROM schools s JOIN organisations o ON o.id = s."organisationId" WHERE o.name = $1 ORDER BY s.name LIMIT 2`,
      [organisation],
    );
    return rows.map((row) => row.id);
  }

  function daysFromToday(days: number): string {
    const [year, month, day] = todayInLondon().split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  }

  /** The stored row, as the database has it. */
  async function row(table: string, id: string): Promise<Record<string, unknown>> {
    const [found]: Record<string, unknown>[] = await testApp.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    expect(found).toBeDefined();
    return found;
  }

  async function count(table: string): Promise<number> {
    const [{ n }]: { n: number }[] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }

  async function needSchools(needId: string): Promise<string[]> {
    const rows: { schoolId: string }[] = await testApp.dataSource.query(`SELECT "schoolId" FROM need_schools WHERE "needId" = $1 ORDER BY "schoolId"`, [needId]);
    return rows.map((found) => found.schoolId);
  }

  function needBody(): Record<string, unknown> {
    return {
      allianceId: betterTogether,
      title: 'Cleaning from January',
      category: 'cleaning',
      description: 'Daily cleaning for our primary schools.',
      estimatedAnnualValuePence: 12000000,
      contractEndDate: daysFromToday(300),
      closingDate: daysFromToday(30),
      status: 'open',
      schoolIds: oakfieldSchools,
      routeToMarket: 'framework',
    };
  }

  async function postNeed(): Promise<string> {
    const response = await oakfieldBm.post('/api/procurement/needs', needBody());
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** Sends the body with each field in turn set to null; each must be a 400 with exactly the message given. */
  async function expectEachNullRefused(
    send: (body: Record<string, unknown>) => Promise<{ status: number; body: { message: unknown } }>,
    body: Record<string, unknown>,
    messages: Record<string, string>,
    unchanged: () => Promise<void>,
  ): Promise<void> {
    for (const [field, message] of Object.entries(messages)) {
      const response = await send({ ...body, [field]: null });
      expect({ field, status: response.status, message: response.body.message }).toEqual({ field, status: 400, message: [message] });
      await unchanged();
    }
  }

  describe('needs', () => {
    it('POST /needs: refuses null in each field but the nullable contract end date, which posts the need without one', async () => {
      const before = await count('procurement_needs');
      await expectEachNullRefused(
        (body) => oakfieldBm.post('/api/procurement/needs', body),
        needBody(),
        {
          allianceId: 'Choose the alliance the need is for',
          title: 'Enter a title',
          category: 'Choose a category from the list',
          description: 'Enter a description',
          estimatedAnnualValuePence: 'Enter the estimated annual value as a whole number of pence',
          closingDate: 'Enter the closing date, like 2027-03-31',
          status: 'Choose draft or open',
          schoolIds: 'Choose schools from your organisation',
          routeToMarket: 'Choose a route to market',
        },
        async () => expect(await count('procurement_needs')).toBe(before),
      );
      const withoutEndDate = await oakfieldBm.post('/api/procurement/needs', { ...needBody(), contractEndDate: null });
      expect(withoutEndDate.status).toBe(201);
      expect(withoutEndDate.body.contractEndDate).toBeNull();
    });

    it('PATCH /needs/:id: refuses null in each NOT NULL field and changes nothing; null clears the contract end date', async () => {
      const needId = await postNeed();
      const stored = await row('procurement_needs', needId);
      const schools = await needSchools(needId);
      expect(schools).toHaveLength(2);
      await expectEachNullRefused(
        (body) => oakfieldBm.patch(`/api/procurement/needs/${needId}`, body),
        {},
        {
          title: 'Enter a title',
          category: 'Choose a category',
          description: 'Enter a description',
          estimatedAnnualValuePence: 'Enter the estimated annual value in pence, a whole number',
          closingDate: 'Enter the closing date, like 2027-03-31',
          schoolIds: 'Choose schools from your organisation',
          routeToMarket: 'Choose a route to market',
        },
        async () => {
          expect(await row('procurement_needs', needId)).toEqual(stored);
          expect(await needSchools(needId)).toEqual(schools);
        },
      );
      const cleared = await oakfieldBm.patch(`/api/procurement/needs/${needId}`, { contractEndDate: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body.contractEndDate).toBeNull();
      expect(await row('procurement_needs', needId)).toMatchObject({ contractEndDate: null, title: stored['title'], category: stored['category'] });
    });

    it('POST /needs/:id/status: refuses a null status, and null in each award field, leaving the need as it was', async () => {
      const needId = await postNeed();
      expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' })).status).toBe(200);
      const stored = await row('procurement_needs', needId);
      const award = {
        status: 'awarded',
        supplier: 'Sparkle Cleaning Ltd',
        contractStartDate: '2027-01-01',
        contractLengthMonths: 24,
        savingPence: 250000,
        savingMethod: 'Against our current rate',
      };
      await expectEachNullRefused(
        (body) => oakfieldBm.post(`/api/procurement/needs/${needId}/status`, body),
        award,
        {
          status: 'Choose a status: open, closed, awarded or abandoned',
          supplier: 'Enter the supplier the contract was awarded to',
          contractStartDate: 'Enter the contract start date, like 2027-09-01',
          contractLengthMonths: 'Enter the contract length as a whole number of months',
          savingPence: 'Enter the saving as a whole number of pence',
          savingMethod: 'Explain how the saving was worked out',
        },
        async () => expect(await row('procurement_needs', needId)).toEqual(stored),
      );
      const awarded = await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, award);
      expect(awarded.status).toBe(200);
      expect(awarded.body.award).toMatchObject({ supplier: 'Sparkle Cleaning Ltd', savingPence: 250000 });
    });

    it('POST /needs/:id/interests: refuses null schools and keeps the interest; null clears the value and the notes', async () => {
      const needId = await postNeed();
      const first = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { schoolIds: riversideSchools, estimatedValuePence: 5000000, notes: 'Two primaries' });
      expect(first.status).toBe(201);
      const stored = await row('interests', first.body.id);
      await expectEachNullRefused(
        (body) => riversideBm.post(`/api/procurement/needs/${needId}/interests`, body),
        {},
        { schoolIds: 'Choose schools from your organisation' },
        async () => expect(await row('interests', first.body.id)).toEqual(stored),
      );
      const noNotes = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { notes: null });
      expect(noNotes.status).toBe(201);
      expect(noNotes.body).toMatchObject({ id: first.body.id, notes: null, estimatedValuePence: 5000000 });
      const noValue = await riversideBm.post(`/api/procurement/needs/${needId}/interests`, { estimatedValuePence: null });
      expect(noValue.status).toBe(201);
      expect(noValue.body).toMatchObject({ id: first.body.id, notes: null, estimatedValuePence: null });
      expect(await row('interests', first.body.id)).toMatchObject({ notes: null, estimatedValuePence: null, schoolIds: stored['schoolIds'] });
    });
  });

  describe('questions', () => {
    it('POST /needs/:id/questions: refuses a null question and stores none', async () => {
      const needId = await postNeed();
      const before = await count('need_questions');
      await expectEachNullRefused(
        (body) => riversideBm.post(`/api/procurement/needs/${needId}/questions`, body),
        { question: 'Is window cleaning included?' },
        { question: 'Enter your question' },
        async () => expect(await count('need_questions')).toBe(before),
      );
    });

    it('POST /questions/:id/answer and /pin: refuse null and leave the question as it was', async () => {
      const needId = await postNeed();
      const asked = await riversideBm.post(`/api/procurement/needs/${needId}/questions`, { question: 'Is window cleaning included?' });
      expect(asked.status).toBe(201);
      const stored = await row('need_questions', asked.body.id);
      await expectEachNullRefused(
        (body) => oakfieldBm.post(`/api/procurement/questions/${asked.body.id}/answer`, body),
        { answer: 'Yes, twice a term.' },
        { answer: 'Enter your answer' },
        async () => expect(await row('need_questions', asked.body.id)).toEqual(stored),
      );
      // Leaving pinned out pins; null is not "left out".
      await expectEachNullRefused(
        (body) => oakfieldBm.post(`/api/procurement/questions/${asked.body.id}/pin`, body),
        {},
        { pinned: 'pinned must be true or false' },
        async () => expect(await row('need_questions', asked.body.id)).toEqual(stored),
      );
    });
  });

  describe('a trust’s contracts', () => {
    function contractBody(): Record<string, unknown> {
      return { category: 'energy', supplier: 'Kent Power Ltd', annualValuePence: 4500000, endDate: daysFromToday(400), schoolIds: oakfieldSchools, notes: 'Fixed price' };
    }

    it('POST /contracts: refuses null in each field and stores nothing; null notes add the contract without notes', async () => {
      const before = await count('trust_contracts');
      await expectEachNullRefused(
        (body) => oakfieldBm.post('/api/procurement/contracts', body),
        contractBody(),
        {
          category: 'Choose a category from the list',
          supplier: 'Enter the supplier',
          annualValuePence: 'Enter the annual value as a whole number of pence',
          endDate: 'Enter the contract end date, like 2027-08-31',
          schoolIds: 'Choose schools from your organisation',
        },
        async () => expect(await count('trust_contracts')).toBe(before),
      );
      const created = await oakfieldBm.post('/api/procurement/contracts', { ...contractBody(), notes: null });
      expect(created.status).toBe(201);
      expect(created.body.notes).toBeNull();
    });

    it('PATCH /contracts/:id: refuses null in each NOT NULL field and changes nothing; null notes clear them', async () => {
      const created = await oakfieldBm.post('/api/procurement/contracts', contractBody());
      expect(created.status).toBe(201);
      const stored = await row('trust_contracts', created.body.id);
      await expectEachNullRefused(
        (body) => oakfieldBm.patch(`/api/procurement/contracts/${created.body.id}`, body),
        {},
        {
          category: 'Choose a category',
          supplier: 'Enter the supplier’s name',
          annualValuePence: 'Enter the annual value in pence, a whole number',
          endDate: 'Enter the contract end date, like 2027-08-31',
          schoolIds: 'Choose schools from your organisation',
        },
        async () => expect(await row('trust_contracts', created.body.id)).toEqual(stored),
      );
      const cleared = await oakfieldBm.patch(`/api/procurement/contracts/${created.body.id}`, { notes: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ notes: null, supplier: 'Kent Power Ltd', annualValuePence: 4500000 });
      expect(await row('trust_contracts', created.body.id)).toEqual({ ...stored, notes: null, updatedAt: expect.any(Date) });
      const audit: { changes: Record<string, unknown> }[] = await testApp.dataSource.query(
        `SELECT changes FROM audit_entries WHERE "entityId" = $1 AND action = 'trust_contract.updated'`,
        [created.body.id],
      );
      expect(audit.map((entry) => entry.changes)).toEqual([{ notes: { from: 'Fixed price', to: null } }]);
    });
  });

  describe('following categories', () => {
    it('PUT /follows: refuses null categories and keeps what was followed', async () => {
      expect((await riversideBm.put('/api/procurement/follows', { categories: ['energy'] })).status).toBe(200);
      await expectEachNullRefused(
        (body) => riversideBm.put('/api/procurement/follows', body),
        { categories: ['catering'] },
        { categories: 'Choose categories from the list' },
        async () => expect((await riversideBm.get('/api/procurement/follows')).body).toEqual({ categories: ['energy'] }),
      );
    });
  });
});
