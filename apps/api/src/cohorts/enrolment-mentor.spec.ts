import { DemoIds } from '../../test/demo-ids';
import { createPeople, fromNow } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';

describe('ECT cohorts: changing an enrolment’s mentor', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let coordinator: TestClient;
  let lead: TestClient;
  let head: TestClient;
  let tomId: string;
  let newMentor: { email: string; id: string };

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    [coordinator, lead, head] = await Promise.all(['coordinator@alliance.test', 'lead@harbour.test', 'head@oakfield.test'].map((email) => testApp.signIn(email)));
    tomId = await ids.user('mentor@oakfield.test');
    const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'mentor', 1, 'new-mentor');
    newMentor = { email, id: await ids.user(email) };
  });

  afterAll(() => testApp.close());

  /** A cohort of its own (so mentors see nobody else in it) with one Oakfield ECT enrolled, mentored by Tom Griffiths. */
  async function enrolledEct(): Promise<{ cohortId: string; enrolmentId: string; ect: { email: string; id: string } }> {
    const created = await coordinator.post('/api/cohorts', {
      allianceId: await ids.alliance('Better Together Alliance'),
      name: `Mentor change ${Math.random().toString(36).slice(2, 8)}`,
      academicYear: '2027/28',
      inductionYear: 1,
      region: 'South East',
      facilitatingOrganisationId: await ids.organisation('Harbour Teaching School Hub'),
      facilitatorUserIds: [await ids.user('lead@harbour.test')],
      capacity: 10,
      sessionBooking: 'auto',
    });
    expect(created.status).toBe(201);
    const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'ect', 1);
    const ect = { email, id: await ids.user(email) };
    const enrolment = await head.post(`/api/cohorts/${created.body.id}/enrolments`, { ectUserId: ect.id, mentorUserId: tomId });
    expect(enrolment.status).toBe(201);
    return { cohortId: created.body.id, enrolmentId: enrolment.body.id, ect };
  }

  /** The enrolment's mentor and its audit trail of mentor changes, to show what a request did or did not change. */
  async function stateOf(enrolmentId: string) {
    const [{ mentorUserId, status }] = await testApp.dataSource.query(`SELECT "mentorUserId", status FROM cohort_enrolments WHERE id = $1`, [enrolmentId]);
    const audit: { actorUserId: string; changes: unknown }[] = await testApp.dataSource.query(
      `SELECT "actorUserId", changes FROM audit_entries WHERE action = 'cohort_enrolment.mentor_changed' AND "entityId" = $1 ORDER BY "occurredAt"`,
      [enrolmentId],
    );
    return { mentorUserId, status, audit };
  }

  const changeMentor = (client: TestClient, enrolmentId: string, body: object) => client.put(`/api/cohort-enrolments/${enrolmentId}/mentor`, body);

  async function attendanceNames(email: string, cohortId: string): Promise<string[]> {
    const response = await (await testApp.signIn(email)).get(`/api/cohorts/${cohortId}/attendance`);
    expect(response.status).toBe(200);
    return response.body.people.map((person: { name: string }) => person.name);
  }

  it('hands the ECT to another mentor, who then sees their attendance while the old mentor no longer does', async () => {
    const { cohortId, enrolmentId, ect } = await enrolledEct();
    // A session already held, with the ECT's attendance taken.
    const session = await lead.post(`/api/cohorts/${cohortId}/sessions`, {
      topic: 'Routines',
      format: 'online',
      onlineUrl: 'https://meet.example.org/r',
      startsAt: fromNow(3),
      endsAt: fromNow(3, 1),
    });
    await testApp.dataSource.query(`UPDATE events SET "startsAt" = now() - interval '2 hours', "endsAt" = now() - interval '1 hour' WHERE id = $1`, [session.body.id]);
    expect((await lead.put(`/api/cohort-sessions/${session.body.id}/attendance/${ect.id}`, { attendance: 'attended' })).status).toBe(200);
    const ectName = `Person ${ect.email}`;
    expect(await attendanceNames('mentor@oakfield.test', cohortId)).toEqual([ectName]);
    expect(await attendanceNames(newMentor.email, cohortId)).toEqual([]);

    const changed = await changeMentor(head, enrolmentId, { mentorUserId: newMentor.id });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: enrolmentId, status: 'active', ect: { id: ect.id }, mentor: { id: newMentor.id, name: `Person ${newMentor.email}` } });

    const seenByNewMentor = await (await testApp.signIn(newMentor.email)).get(`/api/cohorts/${cohortId}/attendance`);
    expect(seenByNewMentor.body.people).toEqual([
      expect.objectContaining({ userId: ect.id, attendanceRate: 1, records: [expect.objectContaining({ sessionId: session.body.id, attendance: 'attended' })] }),
    ]);
    expect(await attendanceNames('mentor@oakfield.test', cohortId)).toEqual([]);
    const mentees = async (email: string) => ((await (await testApp.signIn(email)).get('/api/me/mentees')).body as { ect: { id: string } }[]).map((mentee) => mentee.ect.id);
    expect(await mentees(newMentor.email)).toContain(ect.id);
    expect(await mentees('mentor@oakfield.test')).not.toContain(ect.id);

    expect(await stateOf(enrolmentId)).toEqual({
      mentorUserId: newMentor.id,
      status: 'active',
      audit: [{ actorUserId: await ids.user('head@oakfield.test'), changes: { mentorUserId: { from: tomId, to: newMentor.id } } }],
    });
    // Naming the mentor they already have changes nothing and writes no audit entry.
    expect((await changeMentor(head, enrolmentId, { mentorUserId: newMentor.id })).status).toBe(200);
    expect((await stateOf(enrolmentId)).audit).toHaveLength(1);
  });

  it('may be done by the ECT’s CEO, a headteacher or a mentor of their organisation', async () => {
    const { enrolmentId } = await enrolledEct();
    const steps: [string, string][] = [
      ['ceo@oakfield.test', newMentor.id],
      ['mentor@oakfield.test', tomId],
      ['head@oakfield.test', newMentor.id],
    ];
    for (const [email, mentorUserId] of steps) {
      const response = await changeMentor(await testApp.signIn(email), enrolmentId, { mentorUserId });
      expect(response.status).toBe(200);
      expect(response.body.mentor.id).toBe(mentorUserId);
    }
    expect((await stateOf(enrolmentId)).audit).toHaveLength(3);
  });

  it('refuses a mentor who is not a mentor colleague of the ECT, and bad input, changing nothing', async () => {
    const { enrolmentId, ect } = await enrolledEct();
    const before = await stateOf(enrolmentId);
    const cases: [object, number, string | RegExp][] = [
      [{ mentorUserId: await ids.user('head@riverside.test') }, 400, /The mentor must be a colleague of .* in the same organisation/],
      [{ mentorUserId: await ids.user('ceo@moorland.test') }, 400, /The mentor must be a colleague of .* in the same organisation/],
      [{ mentorUserId: ect.id }, 400, 'An early-career teacher cannot be their own mentor.'],
      [{ mentorUserId: await ids.user('governor@oakfield.test') }, 400, /^David Okafor does not have the mentor role/],
      [{ mentorUserId: '00000000-0000-4000-8000-000000000000' }, 400, /The mentor must be a colleague/],
      [{}, 400, /Choose the early-career teacher’s new mentor/],
      [{ mentorUserId: 'Tom' }, 400, /Choose the early-career teacher’s new mentor/],
      [{ mentorUserId: newMentor.id, status: 'withdrawn' }, 400, /property status should not exist/],
    ];
    for (const [body, status, message] of cases) {
      const response = await changeMentor(head, enrolmentId, body);
      expect(response.status).toBe(status);
      if (typeof message === 'string') expect(response.body.message).toBe(message);
      else expect([response.body.message].flat().join(' ')).toMatch(message);
    }
    expect(await stateOf(enrolmentId)).toEqual(before);
  });

  it('is refused (409) once the enrolment has ended by withdrawal or transfer, and for a request not yet approved', async () => {
    const withdrawn = await enrolledEct();
    expect((await head.post(`/api/cohort-enrolments/${withdrawn.enrolmentId}/withdraw`, { reason: 'Left the school.' })).status).toBe(200);
    const moved = await enrolledEct();
    const target = await enrolledEct();
    const transfer = await head.post(`/api/cohort-enrolments/${moved.enrolmentId}/transfer`, { cohortId: target.cohortId, reason: 'Moved phase.' });
    expect(transfer.status).toBe(201);
    for (const enrolmentId of [withdrawn.enrolmentId, moved.enrolmentId]) {
      const before = await stateOf(enrolmentId);
      const refused = await changeMentor(head, enrolmentId, { mentorUserId: newMentor.id });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/^This enrolment has ended \((withdrawn|transferred)\), so its mentor can no longer change\.$/);
      expect(await stateOf(enrolmentId)).toEqual(before);
      expect(before.mentorUserId).toBe(tomId);
    }

    const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'ect', 1);
    const request = await (await testApp.signIn(email)).post(`/api/cohorts/${target.cohortId}/join-requests`, {});
    const notYet = await changeMentor(head, request.body.id, { mentorUserId: newMentor.id });
    expect(notYet.status).toBe(409);
    expect(await stateOf(request.body.id)).toEqual({ mentorUserId: null, status: 'requested', audit: [] });
  });

  it('is 404 outside the cohort’s alliance and to other trusts, and 403 to people of the alliance who may see the enrolment but not change it', async () => {
    const { enrolmentId, ect } = await enrolledEct();
    const before = await stateOf(enrolmentId);
    const expectations: [string, number][] = [
      ['ceo@moorland.test', 404],
      ['ceo@riverside.test', 404],
      ['governor@oakfield.test', 403],
      ['bm@oakfield.test', 403],
      ['coordinator@alliance.test', 403],
      ['lead@harbour.test', 403],
    ];
    for (const [email, status] of expectations) {
      const response = await changeMentor(await testApp.signIn(email), enrolmentId, { mentorUserId: newMentor.id });
      expect({ email, status: response.status }).toEqual({ email, status });
      if (status === 403) expect(response.body.message).toMatch(/chief executive, headteacher or a mentor/);
      else expect(response.body.message).toBe('We could not find that enrolment.');
    }
    expect((await changeMentor(await testApp.signIn(ect.email), enrolmentId, { mentorUserId: newMentor.id })).status).toBe(403);
    expect((await changeMentor(head, '00000000-0000-4000-8000-000000000000', { mentorUserId: newMentor.id })).status).toBe(404);
    expect((await changeMentor(head, 'not-an-id', { mentorUserId: newMentor.id })).status).toBe(400);
    expect(await stateOf(enrolmentId)).toEqual(before);
  });

  it('is described in the OpenAPI document', async () => {
    const document = await testApp.client().get('/api/docs-json');
    expect(document.body.paths['/api/cohort-enrolments/{id}/mentor']?.put).toBeDefined();
    expect(document.body.paths['/api/cohort-sessions/{id}/materials/{materialId}']?.delete).toBeDefined();
  });
});
