import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { createPeople, fromNow } from '../../test/factories';
import { TestClient } from '../../test/test-client';
import { EventReminders } from './event-reminders.service';

describe('training events and bookings', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let coordinator: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    coordinator = await testApp.signIn('coordinator@alliance.test');
  });

  afterAll(() => testApp.close());

  function eventBody(overrides: Record<string, unknown> = {}) {
    return {
      allianceId: betterTogether,
      title: 'Understanding your IDSR',
      description: 'For governors and trustees.',
      audience: ['governor'],
      format: 'online',
      onlineUrl: 'https://meet.example.org/idsr',
      startsAt: fromNow(14),
      endsAt: fromNow(14, 2),
      capacity: 3,
      ...overrides,
    };
  }

  async function createEvent(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await coordinator.post('/api/events', eventBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function signInAll(emails: string[]): Promise<TestClient[]> {
    return Promise.all(emails.map((email) => testApp.signIn(email)));
  }

  async function bookingStatuses(eventId: string): Promise<{ email: string; status: string }[]> {
    return testApp.dataSource.query(
      `SELECT u.email, b.status FROM bookings b JOIN users u ON u.id = b."userId" WHERE b."eventId" = $1 ORDER BY b."queueNumber"`,
      [eventId],
    );
  }

  describe('hosting', () => {
    it('lets the coordinator create an event and returns it with its counts', async () => {
      const response = await coordinator.post('/api/events', eventBody({ title: 'Safer recruitment' }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        title: 'Safer recruitment',
        capacity: 3,
        confirmedCount: 0,
        waitlistCount: 0,
        hostOrganisationName: 'Harbour Teaching School Hub',
        isHost: true,
        onlineUrl: 'https://meet.example.org/idsr',
        status: 'scheduled',
      });
    });

    it('creates a series of dates of one course, linked together', async () => {
      const response = await coordinator.post('/api/events', eventBody({ seriesDates: [{ startsAt: fromNow(21), endsAt: fromNow(21, 2) }, { startsAt: fromNow(28), endsAt: fromNow(28, 2) }] }));
      expect(response.status).toBe(201);
      expect(response.body.seriesId).toBeTruthy();
      expect(response.body.seriesDates).toHaveLength(3);
    });

    it('refuses people who may not host, and hides the alliance from outsiders', async () => {
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await governor.post('/api/events', eventBody())).status).toBe(403);
      const moorland = await testApp.signIn('ceo@moorland.test');
      expect((await moorland.post('/api/events', eventBody())).status).toBe(404);
      const bm = await testApp.signIn('bm@riverside.test');
      expect((await bm.post('/api/events', eventBody())).status).toBe(201);
    });

    it('explains what is wrong with an event that cannot happen', async () => {
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ endsAt: fromNow(13) }, 'The event must end after it starts.'],
        [{ startsAt: fromNow(-1), endsAt: fromNow(-1, 1) }, 'The event must start in the future.'],
        [{ bookingDeadline: fromNow(15) }, 'The booking deadline must be before the event starts.'],
        [{ onlineUrl: undefined }, ['Enter the joining link, starting https://']],
        [{ format: 'in_person', onlineUrl: undefined }, ['Enter the venue']],
        [{ capacity: 0 }, ['Capacity must be at least 1']],
        [{ audience: [] }, ['Choose who the event is for']],
        [{ startsAt: 'next Tuesday' }, ['startsAt must be a date and time like 2027-03-04T09:30:00Z']],
      ];
      for (const [overrides, message] of cases) {
        const response = await coordinator.post('/api/events', eventBody(overrides));
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });

    it('refuses to lower capacity below the confirmed places, and promotes people when it is raised', async () => {
      const eventId = await createEvent({ capacity: 2 });
      const [a, b, c, d] = await signInAll(await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'governor', 4, 'capacity'));
      for (const person of [a, b, c, d]) expect((await person.post(`/api/events/${eventId}/bookings`)).status).toBe(201);
      const lower = await coordinator.patch(`/api/events/${eventId}`, { capacity: 1 });
      expect(lower.status).toBe(409);
      expect(lower.body.message).toContain('2 people already have a place');
      const raised = await coordinator.patch(`/api/events/${eventId}`, { capacity: 3 });
      expect(raised.status).toBe(200);
      expect(raised.body).toMatchObject({ capacity: 3, confirmedCount: 3, waitlistCount: 1 });
      const statuses = (await bookingStatuses(eventId)).map((row) => row.status);
      expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await governor.patch(`/api/events/${eventId}`, { capacity: 10 })).status).toBe(403);
    });

    it('cancels an event, cancelling every booking and emailing everyone booked', async () => {
      const eventId = await createEvent({ capacity: 1 });
      const emails = await createPeople(testApp.dataSource, 'Riverside Academies Trust', 'governor', 2, 'cancelled-event');
      for (const person of await signInAll(emails)) await person.post(`/api/events/${eventId}/bookings`);
      const cancelled = await coordinator.post(`/api/events/${eventId}/cancel`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', confirmedCount: 0, waitlistCount: 0, canBook: false });
      expect((await bookingStatuses(eventId)).every((row) => row.status === 'cancelled')).toBe(true);
      const mail: { to: string }[] = await testApp.dataSource.query(`SELECT "to" FROM outbox_messages WHERE subject LIKE 'Cancelled:%'`);
      expect(mail.map((message) => message.to).sort()).toEqual([...emails].sort());
      expect((await coordinator.post(`/api/events/${eventId}/cancel`)).status).toBe(409);
    });
  });

  describe('booking', () => {
    it('never exceeds capacity: 3 places and 10 people booking at the same moment', async () => {
      const eventId = await createEvent({ capacity: 3 });
      const people = await signInAll(await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'governor', 10, 'race'));
      const responses = await Promise.all(people.map((person) => person.post(`/api/events/${eventId}/bookings`)));
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
      const confirmed = responses.filter((response) => response.body.status === 'confirmed');
      const waitlisted = responses.filter((response) => response.body.status === 'waitlisted');
      expect(confirmed).toHaveLength(3);
      expect(waitlisted).toHaveLength(7);
      expect(waitlisted.map((response) => response.body.waitlistPosition).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const rows = await bookingStatuses(eventId);
      expect(rows.map((row) => row.status)).toEqual([...Array(3).fill('confirmed'), ...Array(7).fill('waitlisted')]);
      const detail = await coordinator.get(`/api/events/${eventId}`);
      expect(detail.body).toMatchObject({ capacity: 3, confirmedCount: 3, waitlistCount: 7 });
    });

    it('gives one person sending 5 bookings at once exactly one booking', async () => {
      const eventId = await createEvent({ capacity: 5 });
      const [person] = await signInAll(await createPeople(testApp.dataSource, 'Marshside Schools Trust', 'governor', 1, 'eager'));
      const responses = await Promise.all(Array.from({ length: 5 }, () => person.post(`/api/events/${eventId}/bookings`)));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(responses.find((response) => response.status === 409)!.body.message).toBe('You already have a place on this event.');
      expect(await bookingStatuses(eventId)).toHaveLength(1);
    });

    it('gives one booking when the same person books through two API processes at once, and keeps the counts true', async () => {
      const eventId = await createEvent({ capacity: 2 });
      const [email] = await createPeople(testApp.dataSource, 'Riverside Academies Trust', 'governor', 1, 'two-processes');
      const other = await testApp.secondProcess();
      try {
        const here = await testApp.signIn(email);
        const there = await other.signIn(email);
        const responses = await Promise.all([here.post(`/api/events/${eventId}/bookings`), there.post(`/api/events/${eventId}/bookings`), here.post(`/api/events/${eventId}/bookings`)]);
        expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      } finally {
        await other.close();
      }
      const [{ confirmedCount, waitlistCount }] = await testApp.dataSource.query(`SELECT "confirmedCount", "waitlistCount" FROM events WHERE id = $1`, [eventId]);
      expect({ confirmedCount, waitlistCount }).toEqual({ confirmedCount: 1, waitlistCount: 0 });
      expect(await bookingStatuses(eventId)).toEqual([{ email, status: 'confirmed' }]);
    });

    it('promotes exactly one waiting person when a confirmed place is cancelled, and emails them', async () => {
      const eventId = await createEvent({ capacity: 1 });
      const emails = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'governor', 3, 'promote');
      const [first, second, third] = await signInAll(emails);
      const firstBooking = await first.post(`/api/events/${eventId}/bookings`);
      expect((await second.post(`/api/events/${eventId}/bookings`)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect((await third.post(`/api/events/${eventId}/bookings`)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

      expect((await second.delete(`/api/bookings/${firstBooking.body.id}`)).status).toBe(404);
      expect((await first.delete(`/api/bookings/${firstBooking.body.id}`)).status).toBe(204);
      expect((await bookingStatuses(eventId)).map((row) => row.status)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
      expect((await third.get(`/api/events/${eventId}`)).body.myBooking).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      const promotedMail = await testApp.dataSource.query(`SELECT "to" FROM outbox_messages WHERE subject LIKE 'A place has become free%' AND "to" = ANY($1)`, [emails]);
      expect(promotedMail).toEqual([{ to: emails[1] }]);
      expect((await first.delete(`/api/bookings/${firstBooking.body.id}`)).status).toBe(409);
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM audit_entries WHERE action IN ('booking.created', 'booking.cancelled', 'booking.promoted') AND "allianceId" = $1`, [betterTogether]);
      expect(count).toBeGreaterThanOrEqual(5);
    });

    it('refuses bookings after the deadline, for events that have started, and from outside the audience', async () => {
      const eventId = await createEvent();
      const governor = await testApp.signIn('governor@riverside.test');
      await testApp.dataSource.query(`UPDATE events SET "bookingDeadline" = now() - interval '1 hour' WHERE id = $1`, [eventId]);
      const late = await governor.post(`/api/events/${eventId}/bookings`);
      expect(late.status).toBe(409);
      expect(late.body.message).toBe('The booking deadline for this event has passed.');
      await testApp.dataSource.query(`UPDATE events SET "bookingDeadline" = NULL, "startsAt" = now() - interval '1 hour' WHERE id = $1`, [eventId]);
      expect((await governor.post(`/api/events/${eventId}/bookings`)).body.message).toBe('This event has already started, so places can no longer be booked.');

      const openEvent = await createEvent();
      const ect = await testApp.signIn('ect@oakfield.test');
      const wrongRole = await ect.post(`/api/events/${openEvent}/bookings`);
      expect(wrongRole.status).toBe(403);
      expect(wrongRole.body.message).toBe('This event is for: governor or trustee. Your role is not one of them.');
    });

    it('lets a headteacher book a colleague of their own organisation, and nobody else', async () => {
      const eventId = await createEvent({ audience: ['governor', 'mentor'] });
      const ids = new DemoIds(testApp.dataSource);
      const head = await testApp.signIn('head@oakfield.test');
      const forColleague = await head.post(`/api/events/${eventId}/bookings`, { userId: await ids.user('mentor@oakfield.test') });
      expect(forColleague.status).toBe(201);
      expect((await head.post(`/api/events/${eventId}/bookings`, { userId: await ids.user('governor@riverside.test') })).status).toBe(404);
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await governor.post(`/api/events/${eventId}/bookings`, { userId: await ids.user('ect@oakfield.test') })).status).toBe(403);
      expect((await head.delete(`/api/bookings/${forColleague.body.id}`)).status).toBe(204);
    });

    it('hides another alliance’s events entirely', async () => {
      const eventId = await createEvent();
      const moorland = await testApp.signIn('ceo@moorland.test');
      for (const response of [
        await moorland.get(`/api/events/${eventId}`),
        await moorland.post(`/api/events/${eventId}/bookings`),
        await moorland.get(`/api/events/${eventId}/attendees`),
        await moorland.get(`/api/events/${eventId}/calendar.ics`),
        await moorland.patch(`/api/events/${eventId}`, { title: 'Mine now' }),
      ]) {
        expect(response.status).toBe(404);
      }
      const list = await moorland.get('/api/events');
      expect(list.body.items.map((event: { title: string }) => event.title)).toEqual(['Rural schools leadership forum']);
    });
  });

  describe('the host’s views', () => {
    it('shows the attendee list and CSV only to the host, and the joining link only to people booked', async () => {
      const eventId = await createEvent({ capacity: 1 });
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await governor.get(`/api/events/${eventId}`)).body.onlineUrl).toBeNull();
      await testApp.dataSource.query(`UPDATE users SET name = '=HYPERLINK("http://evil")' WHERE email = 'governor@oakfield.test'`);
      await governor.post(`/api/events/${eventId}/bookings`);
      expect((await governor.get(`/api/events/${eventId}`)).body.onlineUrl).toBe('https://meet.example.org/idsr');
      expect((await governor.get(`/api/events/${eventId}/attendees`)).status).toBe(403);
      expect((await (await testApp.signIn('governor@riverside.test')).post(`/api/events/${eventId}/bookings`)).body.status).toBe('waitlisted');

      const attendees = await coordinator.get(`/api/events/${eventId}/attendees`);
      expect(attendees.status).toBe(200);
      expect(attendees.body.map((attendee: { organisationName: string; status: string }) => [attendee.organisationName, attendee.status])).toEqual([
        ['Oakfield Learning Trust', 'confirmed'],
        ['Riverside Academies Trust', 'waitlisted'],
      ]);
      const csv = await coordinator.get(`/api/events/${eventId}/attendees.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text.split('\n')[0]).toBe('name,email,organisation,roles,bookedAt,status,waitlistPosition,attendance');
      expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(csv.text).toContain('Margaret Ellis');
    });

    it('marks attendance only after the start, and only for confirmed places', async () => {
      const eventId = await createEvent({ capacity: 1 });
      const governor = await testApp.signIn('governor@riverside.test');
      const booking = await governor.post(`/api/events/${eventId}/bookings`);
      const early = await coordinator.raw().put(`/api/bookings/${booking.body.id}/attendance`);
      expect(early.status).toBe(403);
      const tooSoon = await coordinatorPut(`/api/bookings/${booking.body.id}/attendance`, { attendance: 'attended' });
      expect(tooSoon.status).toBe(409);
      await testApp.dataSource.query(`UPDATE events SET "startsAt" = now() - interval '5 minutes' WHERE id = $1`, [eventId]);
      const marked = await coordinatorPut(`/api/bookings/${booking.body.id}/attendance`, { attendance: 'attended' });
      expect(marked.status).toBe(200);
      expect(marked.body).toMatchObject({ name: 'Margaret Ellis', attendance: 'attended' });
      expect((await coordinatorPut(`/api/bookings/${booking.body.id}/attendance`, { attendance: 'maybe' })).status).toBe(400);
      const notHost = await governor.raw().put(`/api/bookings/${booking.body.id}/attendance`);
      expect([403, 404]).toContain(notHost.status);
    });

    async function coordinatorPut(path: string, body: object) {
      const cookie = coordinator.cookieHeader();
      const xsrf = /XSRF-TOKEN=([^;]+)/.exec(cookie)![1];
      return coordinator.raw().put(path).set('X-XSRF-TOKEN', decodeURIComponent(xsrf)).send(body);
    }
  });

  describe('lists, calendars and reminders', () => {
    it('lists upcoming events soonest first, with filters and pagination', async () => {
      const governor = await testApp.signIn('governor@oakfield.test');
      const all = await governor.get('/api/events?pageSize=100');
      expect(all.status).toBe(200);
      const starts = all.body.items.map((event: { startsAt: string }) => event.startsAt);
      expect([...starts].sort()).toEqual(starts);
      expect(all.body.items.some((event: { title: string }) => event.title === 'IDSR analysis for governors')).toBe(true);

      const search = await governor.get('/api/events?search=idsr%20analysis');
      expect(search.body.items.map((event: { title: string }) => event.title)).toEqual(['IDSR analysis for governors']);
      const online = await governor.get('/api/events?format=online&pageSize=100');
      expect(online.body.items.every((event: { format: string }) => event.format === 'online')).toBe(true);
      const forBusinessManagers = await governor.get('/api/events?audience=business_manager&pageSize=100');
      expect(forBusinessManagers.body.items.map((event: { title: string }) => event.title)).toContain('Finance and procurement briefing for business managers');
      expect(forBusinessManagers.body.items.every((event: { audience: string[] }) => event.audience.includes('business_manager'))).toBe(true);
      const withPlaces = await governor.get('/api/events?hasPlaces=true&pageSize=100');
      expect(withPlaces.body.items.every((event: { confirmedCount: number; capacity: number }) => event.confirmedCount < event.capacity)).toBe(true);
      const month = fromNow(16).slice(0, 7);
      const inMonth = await governor.get(`/api/events?month=${month}&pageSize=100`);
      expect(inMonth.body.items.length).toBeGreaterThan(0);
      const paged = await governor.get('/api/events?pageSize=2&page=2');
      expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: all.body.total });
      expect((await governor.get('/api/events?month=2027-13')).status).toBe(400);
    });

    it('puts confirmed bookings in an iCalendar feed, also by a secret link without a session', async () => {
      const eventId = await createEvent({ title: 'Calendar test', capacity: 5 });
      const governor = await testApp.signIn('governor@riverside.test');
      await governor.post(`/api/events/${eventId}/bookings`);
      const calendar = await governor.get('/api/me/calendar.ics');
      expect(calendar.status).toBe(200);
      expect(calendar.headers['content-type']).toContain('text/calendar');
      expect(calendar.text).toContain('BEGIN:VCALENDAR');
      expect(calendar.text).toContain(`UID:event-${eventId}@alliance`);
      expect(calendar.text).toContain('SUMMARY:Calendar test');
      expect(calendar.text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expect(calendar.text).not.toContain('Pennine');

      const feed = await governor.get('/api/me/calendar-feed');
      expect((await governor.get('/api/me/calendar-feed')).body.url).toBe(feed.body.url);
      const path = new URL(feed.body.url).pathname;
      const anonymous = await testApp.client().get(path);
      expect(anonymous.status).toBe(200);
      expect(anonymous.text).toContain(`UID:event-${eventId}@alliance`);
      expect((await testApp.client().get('/api/calendar/not-a-real-token-at-all-not-real-x.ics')).status).toBe(404);
      const single = await governor.get(`/api/events/${eventId}/calendar.ics`);
      expect(single.text).toContain('SUMMARY:Calendar test');
    });

    it('lists my live bookings with waiting list positions', async () => {
      const [person] = await signInAll(await createPeople(testApp.dataSource, 'Riverside Academies Trust', 'governor', 1, 'mine'));
      const eventId = await createEvent({ capacity: 5 });
      await person.post(`/api/events/${eventId}/bookings`);
      const mine = await person.get('/api/me/bookings');
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([expect.objectContaining({ status: 'confirmed', event: expect.objectContaining({ id: eventId, hostOrganisationName: 'Harbour Teaching School Hub' }) })]);
    });

    it('sends each reminder the day before exactly once, even with two processes', async () => {
      const eventId = await createEvent({ startsAt: fromNow(0, 20), endsAt: fromNow(0, 21), capacity: 5 });
      const emails = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'governor', 2, 'remind');
      for (const person of await signInAll(emails)) await person.post(`/api/events/${eventId}/bookings`);
      const other = await testApp.secondProcess();
      try {
        const [first, second] = await Promise.all([testApp.app.get(EventReminders).sendDue(), other.app.get(EventReminders).sendDue()]);
        expect(first + second).toBe(2);
        expect(await testApp.app.get(EventReminders).sendDue()).toBe(0);
      } finally {
        await other.close();
      }
      const reminders: { to: string }[] = await testApp.dataSource.query(`SELECT "to" FROM outbox_messages WHERE subject LIKE 'Reminder:%'`);
      expect(reminders.map((mail) => mail.to).sort()).toEqual([...emails].sort());
    });
  });
});
