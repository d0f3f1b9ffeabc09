import { DemoIds } from '../../test/demo-ids';
import { createPeople, fromNow } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';

describe('networks, hubs, membership and meetings', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let betterTogether: string;
  let coordinator: TestClient;
  let lead: TestClient;
  let moorland: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    coordinator = await testApp.signIn('coordinator@alliance.test');
    lead = await testApp.signIn('lead@harbour.test');
    moorland = await testApp.signIn('ceo@moorland.test');
  });

  afterAll(() => testApp.close());

  async function networkId(name: string): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM networks WHERE name = $1`, [name]);
    return rows[0].id;
  }

  async function hubId(name: string): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM network_hubs WHERE name = $1`, [name]);
    return rows[0].id;
  }

  async function createNetwork(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await coordinator.post('/api/networks', {
      allianceId: betterTogether,
      name: `Science network ${Math.random().toString(36).slice(2, 7)}`,
      kind: 'subject',
      subjectTags: ['Science ', 'physics'],
      phaseTags: ['secondary'],
      purpose: 'Practical science that works.',
      expectations: 'Share one practical a term.',
      leadUserIds: [await ids.user('lead@harbour.test')],
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** Moves a meeting into the past, as if it had happened. */
  async function holdMeeting(meetingId: string): Promise<void> {
    await testApp.dataSource.query(`UPDATE network_meetings SET "startsAt" = now() - interval '2 hours', "endsAt" = now() - interval '1 hour' WHERE id = $1`, [meetingId]);
  }

  describe('networks', () => {
    it('lets the coordinator create a network with leads, tags normalised, and records it in the audit log', async () => {
      const id = await createNetwork({ name: 'Computing network' });
      const detail = await coordinator.get(`/api/networks/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        name: 'Computing network',
        kind: 'subject',
        subjectTags: ['science', 'physics'],
        leads: [{ name: 'Samuel Adeyemi', organisationName: 'Harbour Teaching School Hub' }],
        memberCount: 1,
        canManage: true,
        hubs: [],
      });
      const audit = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1`, [id]);
      expect(audit).toEqual([{ action: 'network.created' }]);
    });

    it('refuses everyone but the coordinator, and hides the alliance from outsiders', async () => {
      const body = { allianceId: betterTogether, name: 'Mine', kind: 'subject', purpose: 'x', leadUserIds: [await ids.user('lead@harbour.test')] };
      expect((await lead.post('/api/networks', body)).status).toBe(403);
      expect((await (await testApp.signIn('ceo@oakfield.test')).post('/api/networks', body)).status).toBe(403);
      expect((await moorland.post('/api/networks', body)).status).toBe(404);
    });

    it('explains what is wrong with a network that cannot be created', async () => {
      const leadId = await ids.user('lead@harbour.test');
      const base = { allianceId: betterTogether, name: 'Geography', kind: 'subject', purpose: 'Fieldwork', leadUserIds: [leadId] };
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ leadUserIds: [] }, ['Choose at least one lead']],
        [{ kind: 'club' }, ['Choose subject network or leadership group']],
        [{ name: '' }, ['Enter a name']],
        [{ name: '   ' }, 'Enter a name'],
        [{ subjectTags: ['maths', 'Maths'] }, ['Each subject tag can be given only once']],
        [{ leadUserIds: [await ids.user('ceo@moorland.test')] }, 'Choose the leads from the people of the alliance’s member organisations.'],
        [{ colour: 'blue' }, ['property colour should not exist']],
      ];
      for (const [overrides, message] of cases) {
        const response = await coordinator.post('/api/networks', { ...base, ...overrides });
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });

    it('lists the person’s own networks first', async () => {
      const ect = await testApp.signIn('ect@riverside.test');
      const response = await ect.get('/api/networks?pageSize=100');
      expect(response.status).toBe(200);
      const names = response.body.items.map((network: { name: string }) => network.name);
      expect(names.slice(0, 1)).toEqual(['Maths network']);
      expect(response.body.items[0]).toMatchObject({ myRole: 'member', hubCount: 2 });
      expect(names).toContain('SEND leadership group');
      expect(response.body.items.find((network: { name: string }) => network.name === 'SEND leadership group').myRole).toBeNull();
      const outsider = await moorland.get('/api/networks');
      expect(outsider.body).toMatchObject({ items: [], total: 0 });
    });

    it('shows a network page: purpose, leads, hubs, region breakdown, upcoming meetings, decisions and newest resources', async () => {
      const ect = await testApp.signIn('ect@oakfield.test');
      const response = await ect.get(`/api/networks/${await networkId('Maths network')}`);
      expect(response.status).toBe(200);
      const page = response.body;
      expect(page.purpose).toContain('teaching for mastery');
      expect(page.leads.map((person: { name: string }) => person.name)).toEqual(['Samuel Adeyemi']);
      expect(page.hubs.map((hub: { name: string }) => hub.name)).toEqual(['Medway hub', 'Mid Kent hub']);
      expect(page.regionBreakdown).toEqual([
        { region: 'Medway', hubCount: 1, memberCount: 2 },
        { region: 'Mid Kent', hubCount: 1, memberCount: 3 },
      ]);
      expect(page.membersWithoutHub).toBe(2);
      expect(page.myRole).toBe('member');
      expect(page.myHubId).toBe(await hubId('Mid Kent hub'));
      // The Medway hub meeting is not for a Mid Kent member.
      expect(page.upcomingMeetings.map((meeting: { title: string }) => meeting.title)).toEqual([
        'Spring key messages: reasoning in Key Stage 2',
        'Mid Kent hub: problem-solving lesson study',
      ]);
      expect(page.recentDecisions[0].decision).toContain('ten-minute fluency routine');
      expect(page.newestResources[0].title).toBe('Retrieval starters instead of maths homework worksheets');
      expect(page.canManage).toBe(false);
    });

    it('lets leads edit the network, but only the coordinator changes its leads', async () => {
      const id = await createNetwork();
      const edited = await lead.patch(`/api/networks/${id}`, { purpose: 'Better practicals', expectations: 'Come termly.' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ purpose: 'Better practicals', expectations: 'Come termly.' });
      const riversideHead = await ids.user('head@riverside.test');
      expect((await lead.patch(`/api/networks/${id}`, { leadUserIds: [riversideHead] })).status).toBe(403);
      const member = await testApp.signIn('ect@marshside.test');
      expect((await member.post(`/api/networks/${id}/members`)).status).toBe(201);
      expect((await member.patch(`/api/networks/${id}`, { purpose: 'Mine' })).status).toBe(403);
      const changed = await coordinator.patch(`/api/networks/${id}`, { leadUserIds: [riversideHead] });
      expect(changed.status).toBe(200);
      expect(changed.body.leads.map((person: { name: string }) => person.name)).toEqual(['Priya Shah']);
      // The former lead stays on as a member.
      expect(changed.body.memberCount).toBe(3);
    });
  });

  describe('hubs and membership', () => {
    it('lets a lead add a hub whose lead joins it, and refuses a second hub of the same name', async () => {
      const id = await createNetwork();
      const hub = await lead.post(`/api/networks/${id}/hubs`, { name: 'Thanet hub', region: 'East Kent', hubLeadUserId: await ids.user('ect@marshside.test') });
      expect(hub.status).toBe(201);
      expect(hub.body).toMatchObject({ name: 'Thanet hub', region: 'East Kent', hubLead: { name: 'Ellie Turner' }, memberCount: 1 });
      expect((await lead.post(`/api/networks/${id}/hubs`, { name: 'Thanet hub', region: 'Kent' })).status).toBe(409);
      const renamed = await lead.patch(`/api/network-hubs/${hub.body.id}`, { name: 'Thanet and Dover hub', hubLeadUserId: null });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Thanet and Dover hub', hubLead: null });
      const member = await testApp.signIn('ect@oakfield.test');
      expect((await member.post(`/api/networks/${id}/hubs`, { name: 'Mine', region: 'Kent' })).status).toBe(403);
      const missing = await lead.post(`/api/networks/${id}/hubs`, { name: 'No region' });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(['Enter the region the hub serves']);
    });

    it('lets staff join themselves, once, into a hub and a school of their own organisation', async () => {
      const id = await createNetwork();
      const hub = (await lead.post(`/api/networks/${id}/hubs`, { name: 'Kent hub', region: 'Kent' })).body.id;
      const otherHub = await hubId('Medway hub');
      const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'staff', 1, 'joiner');
      const person = await testApp.signIn(email);
      const oakfieldSchool: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM schools WHERE urn = '148203'`);
      const riversideSchool: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM schools WHERE urn = '147310'`);
      const wrongHub = await person.post(`/api/networks/${id}/members`, { hubId: otherHub });
      expect(wrongHub.status).toBe(400);
      expect(wrongHub.body.message).toBe('Choose one of the network’s hubs.');
      const wrongSchool = await person.post(`/api/networks/${id}/members`, { schoolId: riversideSchool[0].id });
      expect(wrongSchool.status).toBe(400);
      const joined = await person.post(`/api/networks/${id}/members`, { hubId: hub, schoolId: oakfieldSchool[0].id });
      expect(joined.status).toBe(201);
      expect(joined.body).toMatchObject({ role: 'member', hubId: hub, schoolId: oakfieldSchool[0].id });
      const again = await person.post(`/api/networks/${id}/members`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('You are already a member of this network.');
      const moved = await person.patch(`/api/networks/${id}/members/${joined.body.userId}`, { hubId: null });
      expect(moved.status).toBe(200);
      expect(moved.body.hubId).toBeNull();
    });

    it('lets a headteacher or chief executive add a colleague of their own organisation, and nobody else', async () => {
      const id = await createNetwork();
      const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'staff', 1, 'added');
      const colleague = await ids.user(email);
      const ect = await testApp.signIn('ect@oakfield.test');
      expect((await ect.post(`/api/networks/${id}/members`, { userId: colleague })).status).toBe(403);
      const riversideHead = await testApp.signIn('head@riverside.test');
      expect((await riversideHead.post(`/api/networks/${id}/members`, { userId: colleague })).status).toBe(404);
      const head = await testApp.signIn('head@oakfield.test');
      const added = await head.post(`/api/networks/${id}/members`, { userId: colleague });
      expect(added.status).toBe(201);
      expect(added.body.userId).toBe(colleague);
      const twice = await head.post(`/api/networks/${id}/members`, { userId: colleague });
      expect(twice.status).toBe(409);
      expect(twice.body.message).toContain('is already a member of this network');
    });

    it('lets members leave and leads remove, keeps at least one lead, and lists members by organisation and school', async () => {
      const id = await createNetwork();
      const people = await createPeople(testApp.dataSource, 'Riverside Academies Trust', 'staff', 2, 'leaver');
      const [first, second] = await Promise.all(people.map((email) => testApp.signIn(email)));
      const school: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM schools WHERE urn = '147311'`);
      await first.post(`/api/networks/${id}/members`, { schoolId: school[0].id });
      await second.post(`/api/networks/${id}/members`);
      const directory = await first.get(`/api/networks/${id}/members`);
      expect(directory.status).toBe(200);
      expect(directory.body.map((organisation: { organisationName: string }) => organisation.organisationName)).toEqual(['Harbour Teaching School Hub', 'Riverside Academies Trust']);
      const riverside = directory.body[1];
      expect(riverside.memberCount).toBe(2);
      expect(riverside.schools.map((entry: { schoolName: string | null }) => entry.schoolName)).toEqual(['Strood Riverside Academy', null]);
      expect(riverside.schools[0].members[0].email).toBe(people[0]);
      // Outside the network: names, but no email addresses.
      const outsider = await testApp.signIn('governor@oakfield.test');
      expect((await outsider.get(`/api/networks/${id}/members`)).body[1].schools[0].members[0].email).toBeNull();

      const firstId = await ids.user(people[0]);
      const secondId = await ids.user(people[1]);
      expect((await first.delete(`/api/networks/${id}/members/${secondId}`)).status).toBe(403);
      expect((await lead.delete(`/api/networks/${id}/members/${secondId}`)).status).toBe(204);
      expect((await first.delete(`/api/networks/${id}/members/${firstId}`)).status).toBe(204);
      expect((await first.delete(`/api/networks/${id}/members/${firstId}`)).status).toBe(404);
      const lastLead = await lead.delete(`/api/networks/${id}/members/${await ids.user('lead@harbour.test')}`);
      expect(lastLead.status).toBe(409);
      expect(lastLead.body.message).toContain('A network needs at least one lead');
    });
  });

  describe('meetings', () => {
    let network: string;
    let hub: string;
    let hubMember: TestClient;
    let nationalMember: TestClient;

    beforeAll(async () => {
      network = await createNetwork();
      hub = (await lead.post(`/api/networks/${network}/hubs`, { name: 'Canterbury hub', region: 'East Kent' })).body.id;
      const [inHub, national] = await createPeople(testApp.dataSource, 'Marshside Schools Trust', 'staff', 2, 'meeting');
      hubMember = await testApp.signIn(inHub);
      nationalMember = await testApp.signIn(national);
      expect((await hubMember.post(`/api/networks/${network}/members`, { hubId: hub })).status).toBe(201);
      expect((await nationalMember.post(`/api/networks/${network}/members`)).status).toBe(201);
    });

    function meetingBody(overrides: Record<string, unknown> = {}) {
      return {
        kind: 'national',
        title: 'Key messages',
        startsAt: fromNow(7),
        endsAt: fromNow(7, 1),
        onlineUrl: 'https://meet.example.org/science',
        agenda: '1. Practicals\n2. Assessment',
        ...overrides,
      };
    }

    async function createMeeting(overrides: Record<string, unknown> = {}): Promise<string> {
      const response = await lead.post(`/api/networks/${network}/meetings`, meetingBody(overrides));
      expect(response.status).toBe(201);
      return response.body.id;
    }

    it('lets leads arrange national and hub meetings, and explains what is wrong with one that cannot happen', async () => {
      const national = await lead.post(`/api/networks/${network}/meetings`, meetingBody());
      expect(national.status).toBe(201);
      expect(national.body).toMatchObject({ kind: 'national', hubId: null, onlineUrl: 'https://meet.example.org/science', canManage: true, rsvpCounts: { going: 0, maybe: 0, not_going: 0 } });
      const hubMeeting = await lead.post(`/api/networks/${network}/meetings`, meetingBody({ kind: 'hub', hubId: hub, onlineUrl: undefined, venue: 'Whitstable Bay Academy' }));
      expect(hubMeeting.status).toBe(201);
      expect(hubMeeting.body).toMatchObject({ kind: 'hub', hubName: 'Canterbury hub', venue: 'Whitstable Bay Academy' });
      expect((await hubMember.post(`/api/networks/${network}/meetings`, meetingBody())).status).toBe(403);
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ onlineUrl: undefined }, ['Enter the joining link, starting https://']],
        [{ onlineUrl: 'http://meet.example.org' }, ['Enter the joining link, starting https://']],
        [{ kind: 'hub', onlineUrl: undefined, venue: 'Hall' }, ['Choose the hub that meets']],
        [{ kind: 'hub', hubId: hub, onlineUrl: undefined }, ['Enter where the hub meets']],
        [{ kind: 'hub', hubId: await hubId('Medway hub'), venue: 'Hall' }, 'Choose one of the network’s hubs.'],
        [{ endsAt: fromNow(6) }, 'The meeting must end after it starts.'],
        [{ startsAt: fromNow(-1), endsAt: fromNow(-1, 1) }, 'The meeting must start in the future.'],
        [{ startsAt: 'next Tuesday' }, ['startsAt must be a date and time like 2027-03-04T09:30:00Z']],
        [{ kind: 'online' }, ['Choose a national or a hub meeting']],
      ];
      for (const [overrides, message] of cases) {
        const response = await lead.post(`/api/networks/${network}/meetings`, meetingBody(overrides));
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });

    it('shows hub meetings only to that hub’s members and the leads', async () => {
      const meeting = await createMeeting({ kind: 'hub', hubId: hub, onlineUrl: undefined, venue: 'Herne Bay', title: 'Hub problem solving' });
      expect((await hubMember.get(`/api/network-meetings/${meeting}`)).status).toBe(200);
      expect((await lead.get(`/api/network-meetings/${meeting}`)).status).toBe(200);
      expect((await coordinator.get(`/api/network-meetings/${meeting}`)).status).toBe(200);
      expect((await nationalMember.get(`/api/network-meetings/${meeting}`)).status).toBe(404);
      expect((await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'going' })).status).toBe(404);
      const listed = async (client: TestClient) =>
        ((await client.get(`/api/networks/${network}/meetings?pageSize=100`)).body.items as { id: string }[]).some((item) => item.id === meeting);
      expect(await listed(hubMember)).toBe(true);
      expect(await listed(nationalMember)).toBe(false);
      const hubPage = await hubMember.get(`/api/networks/${network}/meetings?hubId=${hub}`);
      expect(hubPage.body.items.map((item: { id: string }) => item.id)).toContain(meeting);
      expect(hubPage.body.items.every((item: { hubId: string }) => item.hubId === hub)).toBe(true);
    });

    it('gives the joining link to members only', async () => {
      const meeting = await createMeeting();
      expect((await nationalMember.get(`/api/network-meetings/${meeting}`)).body.onlineUrl).toBe('https://meet.example.org/science');
      const outsider = await testApp.signIn('governor@riverside.test');
      const seen = await outsider.get(`/api/network-meetings/${meeting}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ onlineUrl: null, canRsvp: false });
    });

    it('takes RSVPs from members, counts them, and puts the meetings people are going to in their calendar', async () => {
      const meeting = await createMeeting({ title: 'Calendar meeting' });
      const outsider = await testApp.signIn('governor@riverside.test');
      const refused = await outsider.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'going' });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('Join the network to reply to its meetings.');
      const bad = await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'yes' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['Answer going, not_going or maybe']);
      const going = await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'going' });
      expect(going.status).toBe(200);
      expect(going.body).toMatchObject({ myRsvp: 'going', rsvpCounts: { going: 1, maybe: 0, not_going: 0 } });
      const maybe = await hubMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'maybe' });
      expect(maybe.body.rsvpCounts).toEqual({ going: 1, maybe: 1, not_going: 0 });

      const calendar = await nationalMember.get('/api/me/calendar.ics');
      expect(calendar.status).toBe(200);
      expect(calendar.text).toContain(`UID:network-meeting-${meeting}@alliance`);
      expect(calendar.text).toMatch(/SUMMARY:Science network \w+: Calendar meeting/);
      // iCalendar folds long lines: unfold before reading.
      expect(calendar.text.replace(/\r?\n /g, '')).toContain('Join online: https://meet.example.org/science');
      expect((await hubMember.get('/api/me/calendar.ics')).text).not.toContain(meeting);

      expect((await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'not_going' })).body.myRsvp).toBe('not_going');
      expect((await nationalMember.get('/api/me/calendar.ics')).text).not.toContain(meeting);
    });

    it('records notes, decisions and attendance once the meeting has happened, by leads only', async () => {
      const meeting = await createMeeting({ title: 'Outcome meeting' });
      const early = await lead.post(`/api/network-meetings/${meeting}/outcome`, { notes: 'Too soon' });
      expect(early.status).toBe(409);
      await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'going' });
      await holdMeeting(meeting);
      expect((await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'maybe' })).status).toBe(409);
      expect((await nationalMember.post(`/api/network-meetings/${meeting}/outcome`, { notes: 'Mine' })).status).toBe(403);
      const recorded = await lead.post(`/api/network-meetings/${meeting}/outcome`, { notes: 'Good discussion of required practicals.', decisions: ['Share practical risk assessments.', '  '] });
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({ notes: 'Good discussion of required practicals.', decisions: ['Share practical risk assessments.'] });
      expect(recorded.body.notesRecordedAt).toBeTruthy();
      const page = await nationalMember.get(`/api/networks/${network}`);
      expect(page.body.recentDecisions[0]).toMatchObject({ meetingId: meeting, decision: 'Share practical risk assessments.' });

      const memberId = await testApp.dataSource.query(`SELECT "userId" FROM meeting_responses WHERE "meetingId" = $1`, [meeting]);
      const marked = await lead.post(`/api/network-meetings/${meeting}/attendance`, { entries: [{ userId: memberId[0].userId, attendance: 'attended' }] });
      expect(marked.status).toBe(200);
      expect(marked.body.find((row: { userId: string }) => row.userId === memberId[0].userId)).toMatchObject({ rsvp: 'going', attendance: 'attended' });
      const stranger = await lead.post(`/api/network-meetings/${meeting}/attendance`, { entries: [{ userId: await ids.user('governor@riverside.test'), attendance: 'attended' }] });
      expect(stranger.status).toBe(400);
      const invalid = await lead.post(`/api/network-meetings/${meeting}/attendance`, { entries: [{ userId: memberId[0].userId, attendance: 'late' }] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.message).toEqual(['entries.0.Choose attended or absent']);
      expect((await nationalMember.get(`/api/network-meetings/${meeting}/attendees`)).status).toBe(403);
    });

    it('lets a lead cancel a meeting, which leaves calendars', async () => {
      const meeting = await createMeeting({ title: 'Cancelled meeting' });
      await nationalMember.post(`/api/network-meetings/${meeting}/rsvp`, { response: 'going' });
      const cancelled = await lead.post(`/api/network-meetings/${meeting}/cancel`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', canRsvp: false });
      expect((await nationalMember.get('/api/me/calendar.ics')).text).not.toContain(meeting);
      expect((await lead.patch(`/api/network-meetings/${meeting}`, { title: 'Back on' })).status).toBe(409);
    });
  });

  it('hides every network route from another alliance behind a 404', async () => {
    const network = await networkId('Maths network');
    const hub = await hubId('Medway hub');
    const [meeting]: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM network_meetings WHERE "networkId" = $1 AND kind = 'national' LIMIT 1`, [network]);
    const someone = await ids.user('ect@oakfield.test');
    const responses = [
      await moorland.get(`/api/networks/${network}`),
      await moorland.patch(`/api/networks/${network}`, { purpose: 'Ours now' }),
      await moorland.get(`/api/networks/${network}/hubs`),
      await moorland.post(`/api/networks/${network}/hubs`, { name: 'Pennine hub', region: 'Yorkshire' }),
      await moorland.patch(`/api/network-hubs/${hub}`, { name: 'Ours' }),
      await moorland.get(`/api/networks/${network}/members`),
      await moorland.post(`/api/networks/${network}/members`),
      await moorland.patch(`/api/networks/${network}/members/${someone}`, { hubId: null }),
      await moorland.delete(`/api/networks/${network}/members/${someone}`),
      await moorland.get(`/api/networks/${network}/meetings`),
      await moorland.post(`/api/networks/${network}/meetings`, { kind: 'national', title: 'x', startsAt: fromNow(3), endsAt: fromNow(3, 1), onlineUrl: 'https://meet.example.org/x' }),
      await moorland.get(`/api/network-meetings/${meeting.id}`),
      await moorland.patch(`/api/network-meetings/${meeting.id}`, { title: 'x' }),
      await moorland.post(`/api/network-meetings/${meeting.id}/cancel`),
      await moorland.post(`/api/network-meetings/${meeting.id}/outcome`, { notes: 'x' }),
      await moorland.post(`/api/network-meetings/${meeting.id}/rsvp`, { response: 'going' }),
      await moorland.get(`/api/network-meetings/${meeting.id}/attendees`),
      await moorland.post(`/api/network-meetings/${meeting.id}/attendance`, { entries: [{ userId: someone, attendance: 'absent' }] }),
    ];
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 404));
    expect(JSON.stringify(responses.map((response) => response.body))).not.toContain('Maths');
    const list = await moorland.get(`/api/networks?allianceId=${betterTogether}`);
    expect(list.body.items).toEqual([]);
  });

  it('answers 400 for ids that are not ids and 401 without a session', async () => {
    const bad = await lead.get('/api/networks/not-an-id');
    expect(bad.status).toBe(400);
    expect((await testApp.client().get('/api/networks')).status).toBe(401);
  });
});
