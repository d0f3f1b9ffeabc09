import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { createPeople, fromNow } from '../../test/factories';
import { TestClient } from '../../test/test-client';

describe('ECT cohorts', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let betterTogether: string;
  let harbour: string;
  let oakfield: string;
  let leadId: string;
  let coordinator: TestClient;
  let lead: TestClient;
  let headOakfield: string;
  let mentorOakfield: string;
  let demoCohort: string;
  let pastSession: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    harbour = await ids.organisation('Harbour Teaching School Hub');
    oakfield = await ids.organisation('Oakfield Learning Trust');
    leadId = await ids.user('lead@harbour.test');
    headOakfield = await ids.user('head@oakfield.test');
    mentorOakfield = await ids.user('mentor@oakfield.test');
    coordinator = await testApp.signIn('coordinator@alliance.test');
    lead = await testApp.signIn('lead@harbour.test');
    [{ id: demoCohort }] = await testApp.dataSource.query(`SELECT id FROM cohorts WHERE name = 'Kent and Medway ECT Year 1 Cohort'`);
    [{ id: pastSession }] = await testApp.dataSource.query(`SELECT id FROM events WHERE "cohortId" = $1 AND "startsAt" < now()`, [demoCohort]);
  });

  afterAll(() => testApp.close());

  function cohortBody(overrides: Record<string, unknown> = {}) {
    return {
      allianceId: betterTogether,
      name: 'Medway ECT Year 1',
      academicYear: '2027/28',
      inductionYear: 1,
      region: 'South East',
      facilitatingOrganisationId: harbour,
      facilitatorUserIds: [leadId],
      capacity: 10,
      sessionBooking: 'auto',
      ...overrides,
    };
  }

  async function createCohort(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await coordinator.post('/api/cohorts', cohortBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  function sessionBody(overrides: Record<string, unknown> = {}) {
    return { topic: 'Planning sequences of lessons', format: 'online', onlineUrl: 'https://meet.example.org/ect', startsAt: fromNow(10), endsAt: fromNow(10, 1), ...overrides };
  }

  async function addSession(cohortId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await lead.post(`/api/cohorts/${cohortId}/sessions`, sessionBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** New ECTs at Oakfield (password alliance-demo), with their ids. */
  async function oakfieldEcts(count: number): Promise<{ email: string; id: string }[]> {
    const emails = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'ect', count);
    return Promise.all(emails.map(async (email) => ({ email, id: await ids.user(email) })));
  }

  async function enrol(client: TestClient, cohortId: string, ectUserId: string, mentorUserId = mentorOakfield) {
    return client.post(`/api/cohorts/${cohortId}/enrolments`, { ectUserId, mentorUserId });
  }

  async function bookings(eventId: string): Promise<{ userId: string; status: string }[]> {
    return testApp.dataSource.query(`SELECT "userId", status FROM bookings WHERE "eventId" = $1 ORDER BY "queueNumber"`, [eventId]);
  }

  describe('creating cohorts', () => {
    it('lets the coordinator create a cohort', async () => {
      const response = await coordinator.post('/api/cohorts', cohortBody({ name: 'Year 2 cohort', inductionYear: 2 }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        name: 'Year 2 cohort',
        academicYear: '2027/28',
        inductionYear: 2,
        facilitatingOrganisationName: 'Harbour Teaching School Hub',
        capacity: 10,
        activeCount: 0,
        sessionBooking: 'auto',
        canManage: true,
        facilitators: [expect.objectContaining({ id: leadId, name: 'Samuel Adeyemi' })],
      });
    });

    it('lets a teaching school hub lead create cohorts facilitated by their own hub only, and no trust', async () => {
      expect((await lead.post('/api/cohorts', cohortBody())).status).toBe(201);
      const elsewhere = await lead.post('/api/cohorts', cohortBody({ facilitatingOrganisationId: oakfield }));
      expect(elsewhere.status).toBe(403);
      const ceo = await testApp.signIn('ceo@oakfield.test');
      const refused = await ceo.post('/api/cohorts', cohortBody({ facilitatingOrganisationId: oakfield }));
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/coordinator or a teaching school hub/);
    });

    it('lets managers change a cohort, and books active ECTs when it switches to automatic booking', async () => {
      const cohortId = await createCohort({ sessionBooking: 'sign_up' });
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      await enrol(head, cohortId, ect.id);
      const sessionId = await addSession(cohortId);
      expect(await bookings(sessionId)).toEqual([]);
      expect((await head.patch(`/api/cohorts/${cohortId}`, { name: 'Mine now' })).status).toBe(403);
      const changed = await lead.patch(`/api/cohorts/${cohortId}`, { name: 'Renamed', sessionBooking: 'auto' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ name: 'Renamed', sessionBooking: 'auto' });
      expect(await bookings(sessionId)).toEqual([{ userId: ect.id, status: 'confirmed' }]);
      const ectClient = await testApp.signIn(ect.email);
      const request = await ectClient.post(`/api/cohorts/${await createCohort({ academicYear: '2028/29', inductionYear: 2 })}/join-requests`, {});
      const withdrawn = await ectClient.post(`/api/cohort-enrolments/${request.body.id}/withdraw`, { reason: 'Asked by mistake.' });
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Asked by mistake.' });
    });

    it('rejects bad input with plain-English messages', async () => {
      for (const academicYear of ['2026/28', '2026-27', '26/27', 2026]) {
        const response = await coordinator.post('/api/cohorts', cohortBody({ academicYear }));
        expect(response.status).toBe(400);
        expect(response.body.message).toContain('The academic year must look like 2026/27 (two consecutive years)');
      }
      expect((await coordinator.post('/api/cohorts', cohortBody({ inductionYear: 3 }))).body.message).toContain('The induction year must be 1 or 2');
      expect((await coordinator.post('/api/cohorts', cohortBody({ sessionBooking: 'sometimes' }))).status).toBe(400);
      expect((await coordinator.post('/api/cohorts', cohortBody({ capacity: 0 }))).body.message).toContain('Capacity must be at least 1');
      expect((await coordinator.post('/api/cohorts', cohortBody({ colour: 'red' }))).status).toBe(400);
      const outsider = await coordinator.post('/api/cohorts', cohortBody({ facilitatorUserIds: [await ids.user('ceo@moorland.test')] }));
      expect(outsider.status).toBe(400);
      expect(outsider.body.message).toMatch(/facilitator must be a person at an active member/);
    });
  });

  describe('enrolment', () => {
    it('lets a mentor enrol an ECT of their own organisation, naming a mentor there', async () => {
      const cohortId = await createCohort();
      const [ect] = await oakfieldEcts(1);
      const mentor = await testApp.signIn('mentor@oakfield.test');
      const response = await enrol(mentor, cohortId, ect.id);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'active', ect: { id: ect.id, organisationName: 'Oakfield Learning Trust' }, mentor: { id: mentorOakfield, name: 'Tom Griffiths' } });
      const again = await enrol(mentor, cohortId, ect.id);
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/already enrolled in this cohort/);
    });

    it('refuses ECTs of other organisations, mentors from elsewhere, people who are not ECTs and roles that may not enrol', async () => {
      const cohortId = await createCohort();
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      const otherTrust = await enrol(head, cohortId, await ids.user('ect@riverside.test'));
      expect(otherTrust.status).toBe(403);
      expect(otherTrust.body.message).toBe('You can only enrol early-career teachers from your own organisation.');
      const foreignMentor = await enrol(head, cohortId, ect.id, await ids.user('head@riverside.test'));
      expect(foreignMentor.status).toBe(400);
      expect(foreignMentor.body.message).toMatch(/The mentor must be a colleague of .* in the same organisation/);
      const notEct = await enrol(head, cohortId, await ids.user('governor@oakfield.test'));
      expect(notEct.status).toBe(400);
      expect(notEct.body.message).toBe('David Okafor is not an early-career teacher.');
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await enrol(governor, cohortId, ect.id)).status).toBe(403);
      const missing = await head.post(`/api/cohorts/${cohortId}/enrolments`, { ectUserId: ect.id });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toContain('Choose the early-career teacher’s mentor');
    });

    it('lets an ECT ask to join, approved by their headteacher', async () => {
      const cohortId = await createCohort();
      const [ect] = await oakfieldEcts(1);
      const ectClient = await testApp.signIn(ect.email);
      const requested = await ectClient.post(`/api/cohorts/${cohortId}/join-requests`, { note: 'I teach Year 4.' });
      expect(requested.status).toBe(201);
      expect(requested.body).toMatchObject({ status: 'requested', mentor: null });
      expect((await ectClient.post(`/api/cohorts/${cohortId}/join-requests`, {})).body.message).toBe('You have already asked to join this cohort.');
      const mentor = await testApp.signIn('mentor@oakfield.test');
      const byMentor = await mentor.post(`/api/cohort-enrolments/${requested.body.id}/approve`, { mentorUserId: mentorOakfield });
      expect(byMentor.status).toBe(403);
      const riverside = await testApp.signIn('ceo@riverside.test');
      expect((await riverside.post(`/api/cohort-enrolments/${requested.body.id}/approve`, { mentorUserId: mentorOakfield })).status).toBe(404);
      const head = await testApp.signIn('head@oakfield.test');
      const approved = await head.post(`/api/cohort-enrolments/${requested.body.id}/approve`, { mentorUserId: mentorOakfield });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ id: requested.body.id, status: 'active', mentor: { id: mentorOakfield }, enrolledBy: { id: headOakfield } });
      expect(approved.body.requestedAt).toBeTruthy();
      expect(approved.body.activatedAt).toBeTruthy();
      expect((await head.post(`/api/cohort-enrolments/${requested.body.id}/approve`, { mentorUserId: mentorOakfield })).status).toBe(409);
      const notEct = await head.post(`/api/cohorts/${cohortId}/join-requests`, {});
      expect(notEct.status).toBe(403);
    });

    it('withdraws with a reason, keeps the row and gives up future places', async () => {
      const cohortId = await createCohort();
      const sessionId = await addSession(cohortId);
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      const enrolment = (await enrol(head, cohortId, ect.id)).body;
      expect(await bookings(sessionId)).toEqual([{ userId: ect.id, status: 'confirmed' }]);
      const noReason = await head.post(`/api/cohort-enrolments/${enrolment.id}/withdraw`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toContain('Give a reason for the withdrawal');
      const riverside = await testApp.signIn('ceo@riverside.test');
      expect((await riverside.post(`/api/cohort-enrolments/${enrolment.id}/withdraw`, { reason: 'No' })).status).toBe(404);
      const withdrawn = await head.post(`/api/cohort-enrolments/${enrolment.id}/withdraw`, { reason: 'Left the school at Christmas.' });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Left the school at Christmas.' });
      expect(withdrawn.body.withdrawnAt).toBeTruthy();
      expect(await bookings(sessionId)).toEqual([{ userId: ect.id, status: 'cancelled' }]);
      expect((await head.post(`/api/cohort-enrolments/${enrolment.id}/withdraw`, { reason: 'Again' })).status).toBe(409);
      const history = await head.get(`/api/cohorts/${cohortId}/enrolments`);
      expect(history.body).toEqual([expect.objectContaining({ id: enrolment.id, status: 'withdrawn' })]);
      // Withdrawn, the ECT may be enrolled again: the history keeps both rows.
      expect((await enrol(head, cohortId, ect.id)).status).toBe(201);
      expect((await head.get(`/api/cohorts/${cohortId}/enrolments`)).body.map((row: { status: string }) => row.status)).toEqual(['withdrawn', 'active']);
    });

    it('transfers between cohorts and keeps the history on both sides', async () => {
      const from = await createCohort({ name: 'Transfer from' });
      const to = await createCohort({ name: 'Transfer to' });
      const fromSession = await addSession(from);
      const toSession = await addSession(to);
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      const enrolment = (await enrol(head, from, ect.id)).body;
      const transferred = await head.post(`/api/cohort-enrolments/${enrolment.id}/transfer`, { cohortId: to, reason: 'Moved to the secondary phase.' });
      expect(transferred.status).toBe(201);
      expect(transferred.body).toMatchObject({ cohortId: to, status: 'active', transferredFromEnrolmentId: enrolment.id, mentor: { id: mentorOakfield } });
      const old = (await head.get(`/api/cohorts/${from}/enrolments`)).body;
      expect(old).toEqual([expect.objectContaining({ id: enrolment.id, status: 'transferred', transferReason: 'Moved to the secondary phase.', transferredToCohortId: to })]);
      expect(await bookings(fromSession)).toEqual([{ userId: ect.id, status: 'cancelled' }]);
      expect(await bookings(toSession)).toEqual([{ userId: ect.id, status: 'confirmed' }]);
      expect((await head.post(`/api/cohort-enrolments/${enrolment.id}/transfer`, { cohortId: to, reason: 'Again' })).status).toBe(409);
      expect((await head.post(`/api/cohort-enrolments/${transferred.body.id}/transfer`, { cohortId: to, reason: 'Same' })).status).toBe(400);
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM cohort_enrolments WHERE "ectUserId" = $1`, [ect.id]);
      expect(count).toBe(2);
    });
  });

  describe('one active cohort per academic year', () => {
    it('refuses a second active cohort in the same year with a clear message, but allows another year', async () => {
      const first = await createCohort({ name: 'First 2027/28' });
      const second = await createCohort({ name: 'Second 2027/28' });
      const nextYear = await createCohort({ name: 'Year 2 2028/29', academicYear: '2028/29', inductionYear: 2 });
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      expect((await enrol(head, first, ect.id)).status).toBe(201);
      const refused = await enrol(head, second, ect.id);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/is already in an active cohort for 2027\/28 \(First 2027\/28\)/);
      expect((await enrol(head, nextYear, ect.id)).status).toBe(201);
      const ectClient = await testApp.signIn(ect.email);
      const request = await ectClient.post(`/api/cohorts/${second}/join-requests`, {});
      expect(request.status).toBe(409);
      expect(request.body.message).toMatch(/You are already in an active cohort for 2027\/28/);
    });

    it('is held by a partial unique index, even when two enrolments into different cohorts race', async () => {
      const cohorts = [await createCohort({ name: 'Race A' }), await createCohort({ name: 'Race B' })];
      const [ect] = await oakfieldEcts(1);
      const heads = [await testApp.signIn('head@oakfield.test'), await testApp.signIn('mentor@oakfield.test')];
      const responses = await Promise.all(cohorts.map((cohortId, index) => enrol(heads[index], cohortId, ect.id)));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      expect(responses.find((response) => response.status === 409)?.body.message).toMatch(/already in an active cohort/);
      const third = await createCohort({ name: 'Race C' });
      await expect(
        testApp.dataSource.query(`INSERT INTO cohort_enrolments ("cohortId", "academicYear", "ectUserId", "organisationId", status) VALUES ($1, '2027/28', $2, $3, 'active')`, [
          third,
          ect.id,
          oakfield,
        ]),
      ).rejects.toThrow(/UQ_cohort_enrolments_one_active_cohort_per_year/);
    });
  });

  describe('capacity', () => {
    it('never gives more places than the capacity, however many enrolments arrive together on two API processes', async () => {
      const cohortId = await createCohort({ capacity: 3 });
      const ects = await oakfieldEcts(8);
      const second = await testApp.secondProcess();
      try {
        const heads = [await testApp.signIn('head@oakfield.test'), await second.signIn('ceo@oakfield.test')];
        const responses = await Promise.all(ects.map((ect, index) => enrol(heads[index % 2], cohortId, ect.id)));
        const statuses = responses.map((response) => response.status);
        expect(statuses.filter((status) => status === 201)).toHaveLength(3);
        expect(statuses.filter((status) => status === 409)).toHaveLength(5);
        expect(responses.find((response) => response.status === 409)?.body.message).toBe('This cohort is full: all 3 places are taken.');
      } finally {
        await second.close();
      }
      const [{ active }] = await testApp.dataSource.query(`SELECT count(*)::int AS active FROM cohort_enrolments WHERE "cohortId" = $1 AND status = 'active'`, [cohortId]);
      expect(active).toBe(3);
      expect((await coordinator.patch(`/api/cohorts/${cohortId}`, { capacity: 2 })).status).toBe(409);
    });
  });

  describe('sessions, through the training-events engine', () => {
    it('books every active ECT automatically, now and when enrolled later, with the waiting list of the events module', async () => {
      const cohortId = await createCohort();
      const [first, second, third] = await oakfieldEcts(3);
      const head = await testApp.signIn('head@oakfield.test');
      await enrol(head, cohortId, first.id);
      await enrol(head, cohortId, second.id);
      const sessionId = await addSession(cohortId, { capacity: 2 });
      expect(await bookings(sessionId)).toEqual(expect.arrayContaining([{ userId: first.id, status: 'confirmed' }, { userId: second.id, status: 'confirmed' }]));
      await enrol(head, cohortId, third.id);
      expect((await bookings(sessionId)).find((row) => row.userId === third.id)).toEqual({ userId: third.id, status: 'waitlisted' });
      const event = (await coordinator.get(`/api/events/${sessionId}`)).body;
      expect(event).toMatchObject({ capacity: 2, confirmedCount: 2, waitlistCount: 1 });
      const enrolment = (await head.get(`/api/cohorts/${cohortId}/enrolments`)).body.find((row: { ect: { id: string } }) => row.ect.id === first.id);
      await head.post(`/api/cohort-enrolments/${enrolment.id}/withdraw`, { reason: 'Long-term illness.' });
      expect((await bookings(sessionId)).find((row) => row.userId === third.id)).toEqual({ userId: third.id, status: 'confirmed' });
      const ectClient = await testApp.signIn(second.email);
      const calendar = await ectClient.get('/api/me/calendar.ics');
      expect(calendar.text).toContain('Planning sequences of lessons');
      expect((await ectClient.get('/api/me/bookings')).body.items.map((item: { event: { id: string } }) => item.event.id)).toContain(sessionId);
    });

    it('lets enrolled ECTs sign up in sign-up mode, and nobody else', async () => {
      const cohortId = await createCohort({ sessionBooking: 'sign_up' });
      const [ect, other] = await oakfieldEcts(2);
      const head = await testApp.signIn('head@oakfield.test');
      await enrol(head, cohortId, ect.id);
      const sessionId = await addSession(cohortId);
      expect(await bookings(sessionId)).toEqual([]);
      const ectClient = await testApp.signIn(ect.email);
      const booked = await ectClient.post(`/api/cohort-sessions/${sessionId}/bookings`);
      expect(booked.status).toBe(201);
      expect(booked.body.status).toBe('confirmed');
      expect((await ectClient.post(`/api/events/${sessionId}/bookings`)).status).toBe(409);
      const forColleague = await head.post(`/api/events/${sessionId}/bookings`, { userId: other.id });
      expect(forColleague.status).toBe(403);
      expect(forColleague.body.message).toMatch(/only early-career teachers enrolled in the cohort can book it/);
      const otherClient = await testApp.signIn(other.email);
      expect((await otherClient.post(`/api/cohort-sessions/${sessionId}/bookings`)).status).toBe(404);
    });

    it('hides cohort sessions from the events list and event routes of people outside the cohort', async () => {
      const cohortId = await createCohort();
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      await enrol(head, cohortId, ect.id);
      const sessionId = await addSession(cohortId);
      const ectClient = await testApp.signIn(ect.email);
      const eventIds = async (client: TestClient) => (await client.get('/api/events?pageSize=100')).body.items.map((item: { id: string }) => item.id);
      expect(await eventIds(ectClient)).toContain(sessionId);
      expect(await eventIds(head)).toContain(sessionId);
      for (const email of ['ceo@marshside.test', 'governor@oakfield.test', 'ect@riverside.test', 'ceo@moorland.test']) {
        const outsider = await testApp.signIn(email);
        expect(await eventIds(outsider)).not.toContain(sessionId);
        expect((await outsider.get(`/api/events/${sessionId}`)).status).toBe(404);
        expect((await outsider.get(`/api/events/${sessionId}/calendar.ics`)).status).toBe(404);
        expect((await outsider.get(`/api/cohort-sessions/${sessionId}`)).status).toBe(404);
      }
    });

    it('shows the joining link to enrolled ECTs and facilitators only, and keeps materials with the session', async () => {
      const cohortId = await createCohort({ sessionBooking: 'sign_up' });
      const [ect] = await oakfieldEcts(1);
      const head = await testApp.signIn('head@oakfield.test');
      await enrol(head, cohortId, ect.id);
      const sessionId = await addSession(cohortId, { facilitatorUserId: leadId });
      const material = await lead.post(`/api/cohort-sessions/${sessionId}/materials`, { title: 'Reading', url: 'https://resources.example.org/reading.pdf' });
      expect(material.status).toBe(201);
      expect((await head.post(`/api/cohort-sessions/${sessionId}/materials`, { title: 'Mine', url: 'https://example.org/x' })).status).toBe(403);
      expect((await lead.post(`/api/cohort-sessions/${sessionId}/materials`, { title: 'Bad', url: 'javascript:alert(1)' })).body.message).toContain('Enter the link, starting https://');
      const ectView = (await (await testApp.signIn(ect.email)).get(`/api/cohort-sessions/${sessionId}`)).body;
      expect(ectView).toMatchObject({ onlineUrl: 'https://meet.example.org/ect', facilitator: { id: leadId }, materials: [expect.objectContaining({ title: 'Reading' })] });
      expect((await lead.get(`/api/cohort-sessions/${sessionId}`)).body.onlineUrl).toBe('https://meet.example.org/ect');
      expect((await head.get(`/api/cohort-sessions/${sessionId}`)).body.onlineUrl).toBeNull();
      expect((await head.get(`/api/events/${sessionId}`)).body.onlineUrl).toBeNull();
    });

    it('rejects bad sessions with plain-English messages', async () => {
      const cohortId = await createCohort();
      expect((await lead.post(`/api/cohorts/${cohortId}/sessions`, sessionBody({ startsAt: fromNow(-1), endsAt: fromNow(1) }))).body.message).toBe('The session must start in the future.');
      expect((await lead.post(`/api/cohorts/${cohortId}/sessions`, sessionBody({ endsAt: fromNow(9) }))).body.message).toBe('The session must end after it starts.');
      expect((await lead.post(`/api/cohorts/${cohortId}/sessions`, sessionBody({ format: 'in_person', onlineUrl: undefined }))).body.message).toContain('Enter the venue');
      const notFacilitator = await lead.post(`/api/cohorts/${cohortId}/sessions`, sessionBody({ facilitatorUserId: headOakfield }));
      expect(notFacilitator.body.message).toBe('The session’s facilitator must be one of the cohort’s facilitators.');
      const head = await testApp.signIn('head@oakfield.test');
      expect((await head.post(`/api/cohorts/${cohortId}/sessions`, sessionBody())).status).toBe(403);
    });
  });

  describe('attendance', () => {
    async function attendanceSeenBy(email: string) {
      const client = await testApp.signIn(email);
      const response = await client.get(`/api/cohorts/${demoCohort}/attendance`);
      expect(response.status).toBe(200);
      return response.body as { sessions: unknown[]; people: { name: string; records: { attendance: string }[]; attendanceRate: number | null }[] };
    }

    it('shows each ECT their own record, mentors and their trust leaders their ECTs, and facilitators everyone', async () => {
      const names = async (email: string) => (await attendanceSeenBy(email)).people.map((person) => person.name);
      expect(await names('ect@oakfield.test')).toEqual(['Amy Lewis']);
      expect(await names('mentor@oakfield.test')).toEqual(['Amy Lewis']);
      expect(await names('head@oakfield.test')).toEqual(['Amy Lewis']);
      expect(await names('ceo@riverside.test')).toEqual(['Jordan Hughes']);
      expect(await names('ect@riverside.test')).toEqual(['Jordan Hughes']);
      expect(await names('ceo@marshside.test')).toEqual(['Ellie Turner']);
      expect(await names('governor@oakfield.test')).toEqual([]);
      expect(await names('bm@riverside.test')).toEqual([]);
      expect((await names('lead@harbour.test')).sort()).toEqual(['Amy Lewis', 'Ellie Turner', 'Jordan Hughes']);
      const own = await attendanceSeenBy('ect@marshside.test');
      expect(own.people[0]).toMatchObject({ records: [expect.objectContaining({ attendance: 'apologies' })], attendanceRate: 0 });
    });

    it('shows other trusts only the names of fellow members, grouped by trust', async () => {
      const riverside = await testApp.signIn('ect@riverside.test');
      const members = await riverside.get(`/api/cohorts/${demoCohort}/members`);
      expect(members.status).toBe(200);
      expect(members.body.organisations).toEqual([
        expect.objectContaining({ organisationName: 'Marshside Schools Trust', members: [expect.objectContaining({ name: 'Ellie Turner' })] }),
        { organisationId: oakfield, organisationName: 'Oakfield Learning Trust', members: [{ id: await ids.user('ect@oakfield.test'), name: 'Amy Lewis' }] },
        expect.objectContaining({ organisationName: 'Riverside Academies Trust', members: [expect.objectContaining({ name: 'Jordan Hughes' })] }),
      ]);
      expect(JSON.stringify(members.body)).not.toMatch(/attend|absent|apologies|email/);
      const enrolments = (await riverside.get(`/api/cohorts/${demoCohort}/enrolments`)).body;
      expect(enrolments.map((row: { ect: { name: string } }) => row.ect.name)).toEqual(['Jordan Hughes']);
      const governor = await testApp.signIn('governor@oakfield.test');
      expect((await governor.get(`/api/cohorts/${demoCohort}/members`)).status).toBe(403);
      expect((await governor.get(`/api/cohorts/${demoCohort}/sessions`)).status).toBe(403);
      expect((await governor.get(`/api/cohorts/${demoCohort}`)).body).toMatchObject({ isInsider: false, activeCount: 3 });
    });

    it('is marked by a facilitator, once the session has started', async () => {
      const ellie = await ids.user('ect@marshside.test');
      const ceo = await testApp.signIn('ceo@marshside.test');
      expect((await ceo.put(`/api/cohort-sessions/${pastSession}/attendance/${ellie}`, { attendance: 'attended' })).status).toBe(403);
      const invalid = await lead.put(`/api/cohort-sessions/${pastSession}/attendance/${ellie}`, { attendance: 'late' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.message).toContain('Choose attended, absent or apologies');
      expect((await lead.put(`/api/cohort-sessions/${pastSession}/attendance/${headOakfield}`, { attendance: 'attended' })).status).toBe(404);
      const register = await lead.get(`/api/cohort-sessions/${pastSession}/register`);
      expect(register.body).toHaveLength(3);
      const marked = await lead.put(`/api/cohort-sessions/${pastSession}/attendance/${ellie}`, { attendance: 'attended' });
      expect(marked.status).toBe(200);
      expect(marked.body).toMatchObject({ userId: ellie, attendance: 'attended', organisationName: 'Marshside Schools Trust' });
      expect((await ceo.get(`/api/cohort-sessions/${pastSession}/register`)).status).toBe(403);
      const future = (await lead.get(`/api/cohorts/${demoCohort}/sessions`)).body.find((session: { startsAt: string }) => session.startsAt > new Date().toISOString());
      const early = await lead.put(`/api/cohort-sessions/${future.id}/attendance/${ellie}`, { attendance: 'attended' });
      expect(early.status).toBe(409);
      expect(early.body.message).toBe('You can mark attendance once the session has started.');
      expect((await lead.put(`/api/cohort-sessions/${future.id}/attendance/${ellie}`, { attendance: 'apologies' })).status).toBe(200);
    });
  });

  describe('reflections', () => {
    it('are private to the ECT, and shared only with their mentor when they choose', async () => {
      const amy = await ids.user('ect@oakfield.test');
      const ect = await testApp.signIn('ect@oakfield.test');
      const mentor = await testApp.signIn('mentor@oakfield.test');
      const tooLong = await ect.put(`/api/cohort-sessions/${pastSession}/reflection`, { text: 'x'.repeat(2001) });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.message).toContain('A reflection must be 2000 characters or fewer');
      const written = await ect.put(`/api/cohort-sessions/${pastSession}/reflection`, { text: 'The lining-up routine worked; transitions still slow.' });
      expect(written.status).toBe(200);
      expect(written.body).toMatchObject({ sharedWithMentor: false, text: 'The lining-up routine worked; transitions still slow.' });
      expect((await ect.get(`/api/cohort-sessions/${pastSession}/reflection`)).body.text).toMatch(/lining-up/);
      expect((await mentor.get(`/api/me/mentees/${amy}/reflections`)).body).toEqual([]);
      await ect.put(`/api/cohort-sessions/${pastSession}/reflection`, { text: 'Shared now.', sharedWithMentor: true });
      expect((await mentor.get(`/api/me/mentees/${amy}/reflections`)).body).toEqual([expect.objectContaining({ sessionId: pastSession, text: 'Shared now.', sharedWithMentor: true })]);
      for (const email of ['head@oakfield.test', 'ceo@oakfield.test', 'coordinator@alliance.test', 'lead@harbour.test', 'head@riverside.test', 'ceo@moorland.test']) {
        const other = await testApp.signIn(email);
        expect((await other.get(`/api/me/mentees/${amy}/reflections`)).status).toBe(404);
        const theirOwn = await other.get(`/api/cohort-sessions/${pastSession}/reflection`);
        expect(theirOwn.status).toBe(404);
        expect(JSON.stringify(theirOwn.body)).not.toContain('Shared now.');
      }
      const riversideEct = await testApp.signIn('ect@riverside.test');
      expect((await riversideEct.get(`/api/cohort-sessions/${pastSession}/reflection`)).status).toBe(404);
      const audit = await coordinator.get(`/api/alliances/${betterTogether}/audit?pageSize=100`);
      expect(JSON.stringify(audit.body)).not.toContain('Shared now.');
      const future = (await ect.get('/api/me/induction')).body.sessions.find((session: { startsAt: string }) => session.startsAt > new Date().toISOString());
      expect((await ect.put(`/api/cohort-sessions/${future.id}/reflection`, { text: 'Too soon' })).status).toBe(409);
    });
  });

  describe('dashboards', () => {
    it('gives a mentor their ECTs with attendance rate and upcoming sessions', async () => {
      const mentor = await testApp.signIn('mentor@oakfield.test');
      const response = await mentor.get('/api/me/mentees');
      expect(response.status).toBe(200);
      const amy = response.body.find((mentee: { ect: { name: string } }) => mentee.ect.name === 'Amy Lewis');
      expect(amy).toMatchObject({ cohort: { id: demoCohort, academicYear: '2026/27', inductionYear: 1 }, attended: 1, marked: 1, attendanceRate: 1 });
      expect(amy.upcomingSessions).toHaveLength(3);
      expect(amy.upcomingSessions[0]).toMatchObject({ bookingStatus: 'confirmed' });
    });

    it('gives an ECT their induction sessions, with their own attendance', async () => {
      const ect = await testApp.signIn('ect@oakfield.test');
      const response = await ect.get('/api/me/induction');
      expect(response.status).toBe(200);
      expect(response.body.enrolments).toEqual([expect.objectContaining({ cohortId: demoCohort, status: 'active' })]);
      expect(response.body.sessions).toHaveLength(4);
      expect(response.body.sessions[0]).toMatchObject({ id: pastSession, myAttendance: 'attended', myBooking: expect.objectContaining({ status: 'confirmed' }) });
    });
  });

  describe('another alliance', () => {
    it('gets 404 on every cohort route, and an empty list', async () => {
      const moorland = await testApp.signIn('ceo@moorland.test');
      const [{ id: enrolmentId }] = await testApp.dataSource.query(`SELECT id FROM cohort_enrolments WHERE "cohortId" = $1 LIMIT 1`, [demoCohort]);
      const amy = await ids.user('ect@oakfield.test');
      const [material]: { id: string; sessionId: string }[] = await testApp.dataSource.query(
        `SELECT m.id, m."sessionId" FROM cohort_session_materials m JOIN events e ON e.id = m."sessionId" WHERE e."cohortId" = $1 LIMIT 1`,
        [demoCohort],
      );
      expect((await moorland.get('/api/cohorts')).body).toMatchObject({ items: [], total: 0 });
      expect((await moorland.get(`/api/cohorts?allianceId=${betterTogether}`)).body.total).toBe(0);
      const calls: Promise<{ status: number }>[] = [
        moorland.get(`/api/cohorts/${demoCohort}`),
        moorland.patch(`/api/cohorts/${demoCohort}`, { name: 'Mine' }),
        moorland.get(`/api/cohorts/${demoCohort}/members`),
        moorland.get(`/api/cohorts/${demoCohort}/enrolments`),
        moorland.post(`/api/cohorts/${demoCohort}/enrolments`, { ectUserId: amy, mentorUserId: mentorOakfield }),
        moorland.post(`/api/cohorts/${demoCohort}/join-requests`, {}),
        moorland.get(`/api/cohorts/${demoCohort}/sessions`),
        moorland.post(`/api/cohorts/${demoCohort}/sessions`, sessionBody()),
        moorland.get(`/api/cohorts/${demoCohort}/attendance`),
        moorland.post(`/api/cohort-enrolments/${enrolmentId}/approve`, { mentorUserId: mentorOakfield }),
        moorland.post(`/api/cohort-enrolments/${enrolmentId}/withdraw`, { reason: 'x' }),
        moorland.post(`/api/cohort-enrolments/${enrolmentId}/transfer`, { cohortId: demoCohort, reason: 'x' }),
        moorland.put(`/api/cohort-enrolments/${enrolmentId}/mentor`, { mentorUserId: await ids.user('ceo@moorland.test') }),
        moorland.get(`/api/cohort-sessions/${pastSession}`),
        moorland.post(`/api/cohort-sessions/${pastSession}/bookings`),
        moorland.post(`/api/cohort-sessions/${pastSession}/materials`, { title: 'x', url: 'https://example.org/x' }),
        moorland.delete(`/api/cohort-sessions/${material.sessionId}/materials/${material.id}`),
        moorland.get(`/api/cohort-sessions/${pastSession}/register`),
        moorland.put(`/api/cohort-sessions/${pastSession}/attendance/${amy}`, { attendance: 'absent' }),
        moorland.get(`/api/cohort-sessions/${pastSession}/reflection`),
        moorland.put(`/api/cohort-sessions/${pastSession}/reflection`, { text: 'x' }),
        moorland.get(`/api/me/mentees/${amy}/reflections`),
        moorland.get(`/api/events/${pastSession}`),
      ];
      expect((await Promise.all(calls)).map((response) => response.status)).toEqual(calls.map(() => 404));
      expect((await moorland.get('/api/me/mentees')).body).toEqual([]);
      expect((await moorland.get('/api/me/induction')).body).toEqual({ enrolments: [], sessions: [] });
    });
  });
});
