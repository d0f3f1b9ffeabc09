import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { fromNow } from '../../test/factories';
import { TestClient } from '../../test/test-client';

const ISO_MESSAGE = 'must be a date and time like 2027-03-04T09:30:00Z';

/**
 * `null` in an event body: refused with a plain 400 where the column is NOT NULL (and nothing stored changes). Never a 500,
 * and never read as "left out": `{ "userId": null }` does not book the person sending it.
 */
describe('events: null in request bodies', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let coordinator: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    coordinator = await testApp.signIn('coordinator@alliance.test');
  });

  afterAll(() => testApp.close());

  async function createEvent(): Promise<string> {
    const response = await coordinator.post('/api/events', {
      allianceId: betterTogether,
      title: 'Understanding your IDSR',
      description: 'For governors and trustees.',
      audience: ['governor', 'mentor'],
      format: 'online',
      onlineUrl: 'https://meet.example.org/idsr',
      startsAt: fromNow(14),
      endsAt: fromNow(14, 2),
      capacity: 3,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** The stored row, as the database has it. */
  async function row(table: string, id: string): Promise<Record<string, unknown>> {
    const [found]: Record<string, unknown>[] = await testApp.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    expect(found).toBeDefined();
    return found;
  }

  async function bookings(eventId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM bookings WHERE "eventId" = $1`, [eventId]);
    return n;
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

  it('PATCH /events/:id: refuses null in each NOT NULL field and changes nothing', async () => {
    const eventId = await createEvent();
    const stored = await row('events', eventId);
    await expectEachNullRefused(
      (body) => coordinator.patch(`/api/events/${eventId}`, body),
      {},
      {
        title: 'Enter a title',
        description: 'Enter a description',
        audience: 'Choose who the event is for',
        startsAt: `startsAt ${ISO_MESSAGE}`,
        endsAt: `endsAt ${ISO_MESSAGE}`,
        capacity: 'Capacity must be a whole number',
      },
      async () => expect(await row('events', eventId)).toEqual(stored),
    );
    const audit: { n: number }[] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE "entityId" = $1 AND action = 'event.updated'`, [eventId]);
    expect(audit).toEqual([{ n: 0 }]);
    const edited = await coordinator.patch(`/api/events/${eventId}`, { title: 'Reading your IDSR', capacity: 4 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Reading your IDSR', capacity: 4, description: 'For governors and trustees.' });
  });

  it('POST /events/:id/bookings: refuses a null colleague rather than booking the person sending it', async () => {
    const eventId = await createEvent();
    const head = await testApp.signIn('head@oakfield.test');
    const governor = await testApp.signIn('governor@oakfield.test');
    for (const client of [head, governor]) {
      await expectEachNullRefused(
        (body) => client.post(`/api/events/${eventId}/bookings`, body),
        {},
        { userId: 'Choose a colleague from your organisation' },
        async () => expect(await bookings(eventId)).toBe(0),
      );
    }
    // Leaving userId out still books yourself.
    const booked = await governor.post(`/api/events/${eventId}/bookings`, {});
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('confirmed');
    expect(await bookings(eventId)).toBe(1);
  });
});
