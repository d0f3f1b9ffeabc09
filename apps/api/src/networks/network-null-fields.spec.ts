import { DemoIds } from '../../test/demo-ids';
import { createPeople, fromNow } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';

const ISO_MESSAGE = 'must be a date and time like 2027-03-04T09:30:00Z';
const RESOURCE_KIND = 'Choose a kind: case_study, scheme_of_work, assessment, cpd_material, policy or other';

/**
 * `null` in a networks or library body: refused with a plain 400 where the column is NOT NULL (and nothing stored
 * changes), or taken as "clear it" where null is documented to mean that (a hub's lead). Never a 500.
 */
describe('networks and the library: null in request bodies', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let betterTogether: string;
  let coordinator: TestClient;
  let lead: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    coordinator = await testApp.signIn('coordinator@alliance.test');
    lead = await testApp.signIn('lead@harbour.test');
  });

  afterAll(() => testApp.close());

  async function networkBody(): Promise<Record<string, unknown>> {
    return {
      allianceId: betterTogether,
      name: `Science network ${Math.random().toString(36).slice(2, 7)}`,
      kind: 'subject',
      subjectTags: ['science'],
      phaseTags: ['secondary'],
      purpose: 'Practical science that works.',
      expectations: 'Share one practical a term.',
      leadUserIds: [await ids.user('lead@harbour.test')],
    };
  }

  async function createNetwork(): Promise<string> {
    const response = await coordinator.post('/api/networks', await networkBody());
    expect(response.status).toBe(201);
    return response.body.id;
  }

  function meetingBody(): Record<string, unknown> {
    return { kind: 'national', title: 'Key messages', startsAt: fromNow(7), endsAt: fromNow(7, 1), onlineUrl: 'https://meet.example.org/science', agenda: '1. Practicals' };
  }

  function resourceBody(): Record<string, unknown> {
    return {
      allianceId: betterTogether,
      title: 'A resource',
      summary: 'What it is for.',
      kind: 'case_study',
      subjectTags: ['maths'],
      phaseTags: ['primary'],
      keyStageTags: ['ks2'],
      body: 'How we did it.',
      whatWorked: 'Most things.',
      whatDidNotWork: 'Some things.',
      links: [{ label: 'Slides', url: 'https://example.org/slides' }],
      isPublic: false,
    };
  }

  /** The stored row, as the database has it. */
  async function row(table: string, id: string): Promise<Record<string, unknown>> {
    const [found]: Record<string, unknown>[] = await testApp.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    expect(found).toBeDefined();
    return found;
  }

  async function count(table: string, where = 'true', parameters: unknown[] = []): Promise<number> {
    const [{ n }]: { n: number }[] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, parameters);
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

  const networkMessages = {
    name: 'Enter a name',
    kind: 'Choose subject network or leadership group',
    subjectTags: 'Subject tags must be a list',
    phaseTags: 'Phase tags must be a list',
    purpose: 'Enter the purpose of the network',
    expectations: 'Enter what members are asked to do and what they get',
  };

  describe('networks and hubs', () => {
    it('POST /networks: refuses null in each field and stores no network', async () => {
      const before = await count('networks');
      await expectEachNullRefused(
        (body) => coordinator.post('/api/networks', body),
        await networkBody(),
        networkMessages,
        async () => expect(await count('networks')).toBe(before),
      );
    });

    it('PATCH /networks/:id: refuses null in each NOT NULL field and changes nothing', async () => {
      const id = await createNetwork();
      const stored = await row('networks', id);
      await expectEachNullRefused(
        (body) => lead.patch(`/api/networks/${id}`, body),
        {},
        networkMessages,
        async () => expect(await row('networks', id)).toEqual(stored),
      );
      const edited = await lead.patch(`/api/networks/${id}`, { subjectTags: [], expectations: '' });
      expect(edited.status).toBe(200);
      expect(await row('networks', id)).toMatchObject({ subjectTags: [], expectations: '', purpose: stored['purpose'] });
    });

    it('PATCH /network-hubs/:id: refuses a null name or region; null still removes the hub lead', async () => {
      const id = await createNetwork();
      const hub = await lead.post(`/api/networks/${id}/hubs`, { name: 'Thanet hub', region: 'East Kent', hubLeadUserId: await ids.user('ect@marshside.test') });
      expect(hub.status).toBe(201);
      const stored = await row('network_hubs', hub.body.id);
      expect(stored['hubLeadUserId']).not.toBeNull();
      await expectEachNullRefused(
        (body) => lead.patch(`/api/network-hubs/${hub.body.id}`, body),
        {},
        { name: 'Enter a name for the hub', region: 'Enter the region the hub serves' },
        async () => expect(await row('network_hubs', hub.body.id)).toEqual(stored),
      );
      const noLead = await lead.patch(`/api/network-hubs/${hub.body.id}`, { hubLeadUserId: null });
      expect(noLead.status).toBe(200);
      expect(await row('network_hubs', hub.body.id)).toMatchObject({ hubLeadUserId: null, name: 'Thanet hub', region: 'East Kent' });
    });

    it('POST /networks/:id/members: refuses a null colleague rather than adding the person sending it', async () => {
      const id = await createNetwork();
      const [email] = await createPeople(testApp.dataSource, 'Oakfield Learning Trust', 'staff', 1, 'nulljoin');
      const person = await testApp.signIn(email);
      const head = await testApp.signIn('head@oakfield.test');
      const before = await count('network_members', `"networkId" = $1`, [id]);
      for (const client of [head, person]) {
        await expectEachNullRefused(
          (body) => client.post(`/api/networks/${id}/members`, body),
          {},
          { userId: 'Choose a colleague from your organisation' },
          async () => expect(await count('network_members', `"networkId" = $1`, [id])).toBe(before),
        );
      }
      // Leaving userId out still joins yourself.
      const joined = await person.post(`/api/networks/${id}/members`, {});
      expect(joined.status).toBe(201);
      expect(joined.body.userId).toBe(await ids.user(email));
    });
  });

  describe('meetings', () => {
    let network: string;

    beforeAll(async () => {
      network = await createNetwork();
    });

    async function createMeeting(): Promise<string> {
      const response = await lead.post(`/api/networks/${network}/meetings`, meetingBody());
      expect(response.status).toBe(201);
      return response.body.id;
    }

    it('POST /networks/:id/meetings: refuses null in each field and arranges no meeting', async () => {
      const before = await count('network_meetings');
      await expectEachNullRefused(
        (body) => lead.post(`/api/networks/${network}/meetings`, body),
        meetingBody(),
        { title: 'Enter a title', startsAt: `startsAt ${ISO_MESSAGE}`, endsAt: `endsAt ${ISO_MESSAGE}`, agenda: 'The agenda must be text' },
        async () => expect(await count('network_meetings')).toBe(before),
      );
    });

    it('PATCH /network-meetings/:id: refuses null in each NOT NULL field and changes nothing', async () => {
      const meeting = await createMeeting();
      const stored = await row('network_meetings', meeting);
      await expectEachNullRefused(
        (body) => lead.patch(`/api/network-meetings/${meeting}`, body),
        {},
        { title: 'Enter a title', startsAt: `startsAt ${ISO_MESSAGE}`, endsAt: `endsAt ${ISO_MESSAGE}`, agenda: 'The agenda must be text' },
        async () => expect(await row('network_meetings', meeting)).toEqual(stored),
      );
    });

    it('POST /network-meetings/:id/outcome: refuses null decisions and records nothing', async () => {
      const meeting = await createMeeting();
      await testApp.dataSource.query(`UPDATE network_meetings SET "startsAt" = now() - interval '2 hours', "endsAt" = now() - interval '1 hour' WHERE id = $1`, [meeting]);
      const stored = await row('network_meetings', meeting);
      await expectEachNullRefused(
        (body) => lead.post(`/api/network-meetings/${meeting}/outcome`, body),
        { notes: 'Good discussion.', decisions: ['Share risk assessments.'] },
        { notes: 'Enter the notes of the meeting', decisions: 'Decisions must be a list' },
        async () => expect(await row('network_meetings', meeting)).toEqual(stored),
      );
      const recorded = await lead.post(`/api/network-meetings/${meeting}/outcome`, { notes: 'Good discussion.' });
      expect(recorded.status).toBe(200);
      expect(await row('network_meetings', meeting)).toMatchObject({ notes: 'Good discussion.', decisions: [] });
    });
  });

  describe('library resources', () => {
    const resourceMessages = {
      title: 'Enter a title',
      summary: 'Enter a summary',
      kind: RESOURCE_KIND,
      subjectTags: 'Subject tags must be a list',
      phaseTags: 'Phase tags must be a list',
      keyStageTags: 'Key stage tags must be a list',
      body: 'The description must be text',
      whatWorked: '"What worked" must be text',
      whatDidNotWork: '"What didn’t work" must be text',
      links: 'links must be a list of labels and addresses',
      isPublic: 'isPublic must be true or false',
    };
    let author: TestClient;

    beforeAll(async () => {
      author = await testApp.signIn('ect@oakfield.test');
    });

    it('POST /library/resources: refuses null in each field and publishes nothing', async () => {
      const before = await count('library_resources');
      await expectEachNullRefused(
        (body) => author.post('/api/library/resources', body),
        resourceBody(),
        resourceMessages,
        async () => expect(await count('library_resources')).toBe(before),
      );
    });

    it('PATCH /library/resources/:id: refuses null in each NOT NULL field, changes nothing and makes no new version', async () => {
      const created = await author.post('/api/library/resources', resourceBody());
      expect(created.status).toBe(201);
      const id = created.body.id;
      const stored = await row('library_resources', id);
      const versions = await count('library_resource_versions', `"resourceId" = $1`, [id]);
      await expectEachNullRefused(
        (body) => author.patch(`/api/library/resources/${id}`, body),
        {},
        resourceMessages,
        async () => {
          expect(await row('library_resources', id)).toEqual(stored);
          expect(await count('library_resource_versions', `"resourceId" = $1`, [id])).toBe(versions);
        },
      );
      const edited = await author.patch(`/api/library/resources/${id}`, { links: [], whatWorked: '' });
      expect(edited.status).toBe(200);
      expect(await row('library_resources', id)).toMatchObject({ links: [], whatWorked: '', title: 'A resource' });
    });
  });
});
