import type { HighlightSegment, ResourceSearchResult } from '@alliance/contracts';
import { DemoIds } from '../../test/demo-ids';
import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';

describe('the library: publishing, search, helpful marks, comments and public pages', () => {
  let testApp: TestApp;
  let ids: DemoIds;
  let betterTogether: string;
  let author: TestClient;
  let reader: TestClient;
  let moorland: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    ids = new DemoIds(testApp.dataSource);
    betterTogether = await ids.alliance('Better Together Alliance');
    author = await testApp.signIn('ect@oakfield.test');
    reader = await testApp.signIn('head@riverside.test');
    moorland = await testApp.signIn('ceo@moorland.test');
  });

  afterAll(() => testApp.close());

  async function networkId(name: string): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM networks WHERE name = $1`, [name]);
    return rows[0].id;
  }

  async function resourceId(title: string): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM library_resources WHERE title = $1`, [title]);
    return rows[0].id;
  }

  function resourceBody(overrides: Record<string, unknown> = {}) {
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
      ...overrides,
    };
  }

  async function publish(client: TestClient, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await client.post('/api/library/resources', resourceBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function search(client: TestClient, query: string): Promise<{ items: ResourceSearchResult[]; total: number }> {
    const response = await client.get(`/api/library/resources?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  const matched = (segments: HighlightSegment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);

  describe('search', () => {
    it('puts the best match first on the seeded library: a title match outranks a passing mention', async () => {
      const bar = await search(reader, 'q=bar%20model');
      expect(bar.items[0].title).toBe('Bar model progression from Year 1 to Year 6');
      const reintegration = await search(reader, `q=${encodeURIComponent('reintegration plan')}`);
      expect(reintegration.items[0].title).toBe('Reintegration plan template for pupils returning from alternative provision');
      const phonics = await search(reader, 'q=phonics');
      expect(phonics.items.map((item) => item.title)).toEqual(['Phonics catch-up assessment for Key Stage 2']);
    });

    it('ranks title over tags over summary over body, and highlights the matches as text segments', async () => {
      const inBody = await publish(author, { title: 'Speaking frames', summary: 'Sentence stems.', body: 'Structured talk builds oracy in every lesson.' });
      const inSummary = await publish(author, { title: 'Talk partners', summary: 'Oracy routines for paired talk.' });
      const inTags = await publish(author, { title: 'Debate club', summary: 'After-school debating.', subjectTags: ['oracy'] });
      const inTitle = await publish(author, { title: 'Oracy across the curriculum', summary: 'A whole-school approach.' });
      const result = await search(reader, 'q=oracy');
      expect(result.items.map((item) => item.id)).toEqual([inTitle, inTags, inSummary, inBody]);
      expect(result.total).toBe(4);
      const [first] = result.items;
      expect(first.rank).toBeGreaterThan(result.items[3].rank ?? 0);
      expect(matched(first.highlights?.title ?? [])).toEqual(['Oracy']);
      expect(first.highlights?.title.map((segment) => segment.text).join('')).toBe('Oracy across the curriculum');
      expect(matched(result.items[3].highlights?.extract ?? [])).toEqual(['oracy']);
      expect(result.items[3].highlights?.title).toEqual([{ text: 'Speaking frames', match: false }]);
    });

    it('never returns markup: what people wrote comes back as plain text segments', async () => {
      await publish(author, { title: 'Questioning <script>alert(1)</script> with hinge questions', summary: 'Hinge <b>questions</b> check understanding.' });
      const result = await search(reader, 'q=hinge');
      const segments = result.items[0].highlights?.title ?? [];
      expect(segments.map((segment) => segment.text).join('')).toBe('Questioning <script>alert(1)</script> with hinge questions');
      expect(matched(segments)).toEqual(['hinge']);
      expect(JSON.stringify(result)).not.toContain('<mark>');
      expect(JSON.stringify(result)).not.toMatch(/[\uE000\uE001]/);
    });

    it('understands web-search syntax and finds word forms', async () => {
      expect((await search(reader, `q=${encodeURIComponent('"times tables"')}`)).total).toBeGreaterThan(0);
      const stemmed = await search(reader, 'q=reintegrating');
      expect(stemmed.items[0].title).toContain('Reintegration');
      const excluded = await search(reader, `q=${encodeURIComponent('reading -phonics')}`);
      expect(excluded.items.map((item) => item.title)).not.toContain('Phonics catch-up assessment for Key Stage 2');
      expect((await search(reader, 'q=the')).total).toBe(0);
    });

    it('filters by kind, tag, network and organisation, and sorts by newest or most helpful', async () => {
      const maths = await networkId('Maths network');
      const byNetwork = await search(reader, `networkId=${maths}&pageSize=100`);
      expect(byNetwork.items.length).toBeGreaterThanOrEqual(5);
      expect(byNetwork.items.every((item) => item.networkId === maths && item.networkName === 'Maths network')).toBe(true);
      const policies = await search(reader, 'kind=policy');
      expect(policies.items.map((item) => item.title).sort()).toEqual(['Attendance policy for persistent absence', 'Reintegration plan template for pupils returning from alternative provision']);
      const eyfs = await search(reader, 'tag=EYFS');
      expect(eyfs.items.map((item) => item.title)).toEqual(['Early identification of speech and language needs in Reception']);
      const marshside = await ids.organisation('Marshside Schools Trust');
      const byOrganisation = await search(reader, `organisationId=${marshside}&pageSize=100`);
      expect(byOrganisation.items.every((item) => item.organisationName === 'Marshside Schools Trust')).toBe(true);
      const helpful = await search(reader, 'sort=helpful&pageSize=3');
      expect(helpful.items[0].title).toBe('Ten-minute daily fluency routine for Year 4 multiplication');
      expect(helpful.items.map((item) => item.helpfulCount)).toEqual([...helpful.items.map((item) => item.helpfulCount)].sort((a, b) => b - a));
      const newest = await search(reader, 'sort=newest&pageSize=100');
      const times = newest.items.map((item) => item.publishedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(newest.items[0].highlights).toBeNull();
      const paged = await search(reader, 'sort=newest&pageSize=2&page=2');
      expect(paged.items.map((item) => item.id)).toEqual(newest.items.slice(2, 4).map((item) => item.id));
      expect(paged.total).toBe(newest.total);
    });

    it('explains bad search parameters', async () => {
      const cases: [string, string[]][] = [
        ['kind=poster', ['kind must be one of case_study, scheme_of_work, assessment, cpd_material, policy, other']],
        ['sort=popular', ['sort must be relevance, newest or helpful']],
        [`q=${'a'.repeat(101)}`, ['The search must be 100 characters or fewer']],
        ['networkId=maths', ['networkId must be a network id']],
        ['pageSize=500', ['pageSize must be 100 or fewer']],
      ];
      for (const [query, message] of cases) {
        const response = await reader.get(`/api/library/resources?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });
  });

  describe('publishing and versions', () => {
    it('publishes to a network its members belong to, or to the whole alliance', async () => {
      const maths = await networkId('Maths network');
      const toNetwork = await author.post('/api/library/resources', resourceBody({ networkId: maths, title: 'Counting in Reception', links: [{ label: 'Slides', url: 'https://example.org/slides' }] }));
      expect(toNetwork.status).toBe(201);
      expect(toNetwork.body).toMatchObject({
        networkName: 'Maths network',
        organisationName: 'Oakfield Learning Trust',
        author: { name: 'Amy Lewis' },
        version: 1,
        canEdit: true,
        files: [],
        links: [{ label: 'Slides', url: 'https://example.org/slides' }],
      });
      const send = await networkId('SEND leadership group');
      const notMember = await author.post('/api/library/resources', resourceBody({ networkId: send }));
      expect(notMember.status).toBe(403);
      expect(notMember.body.message).toBe('Join the network to publish to it, or publish to the whole alliance.');
      const unknown = await author.post('/api/library/resources', resourceBody({ networkId: '5b0e5b4e-54d4-4c38-9a3c-4b8f3f0f2a11' }));
      expect(unknown.status).toBe(400);
      expect((await moorland.post('/api/library/resources', resourceBody())).status).toBe(404);
    });

    it('explains what is wrong with a resource that cannot be published', async () => {
      const cases: [Record<string, unknown>, string | string[]][] = [
        [{ title: '' }, ['Enter a title']],
        [{ title: '  ' }, 'Enter a title'],
        [{ summary: undefined }, ['Enter a summary']],
        [{ kind: 'poster' }, ['Choose a kind: case_study, scheme_of_work, assessment, cpd_material, policy or other']],
        [{ links: [{ label: 'Unsafe', url: 'javascript:alert(1)' }] }, ['links.0.Each link must be a web address starting https://']],
        [{ keyStageTags: 'ks2' }, ['Key stage tags must be a list']],
        [{ isPublic: 'yes' }, ['isPublic must be true or false']],
        [{ title: 'x'.repeat(201) }, ['The title must be 200 characters or fewer']],
      ];
      for (const [overrides, message] of cases) {
        const response = await author.post('/api/library/resources', resourceBody(overrides));
        expect(response.status).toBe(400);
        expect(response.body.message).toEqual(message);
      }
    });

    it('keeps the previous version when the content is replaced, but not for a change of tags', async () => {
      const id = await publish(author, { title: 'Fractions on a number line', body: 'First attempt.' });
      const retagged = await author.patch(`/api/library/resources/${id}`, { phaseTags: ['primary', 'secondary'] });
      expect(retagged.status).toBe(200);
      expect(retagged.body.version).toBe(1);
      const edited = await author.patch(`/api/library/resources/${id}`, { body: 'Second attempt, after the hub meeting.', links: [{ label: 'Worksheet', url: 'https://example.org/w' }] });
      expect(edited.body).toMatchObject({ version: 2, body: 'Second attempt, after the hub meeting.' });
      const versions = await reader.get(`/api/library/resources/${id}/versions`);
      expect(versions.status).toBe(200);
      expect(versions.body).toEqual([expect.objectContaining({ version: 1, body: 'First attempt.', links: [], replacedByName: 'Amy Lewis' })]);
      expect((await reader.patch(`/api/library/resources/${id}`, { title: 'Mine' })).status).toBe(403);
      expect((await (await testApp.signIn('coordinator@alliance.test')).patch(`/api/library/resources/${id}`, { title: 'Fractions on number lines' })).body.version).toBe(3);
      const found = await search(reader, 'q=second%20attempt');
      expect(found.items[0].id).toBe(id);
    });
  });

  describe('helpful marks and comments', () => {
    it('counts one "this helped me" per person, and takes it back', async () => {
      const id = await publish(author, { title: 'Helpful thing' });
      const first = await reader.post(`/api/library/resources/${id}/helpful`);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ markedHelpfulByMe: true, helpfulCount: 1 });
      expect((await reader.post(`/api/library/resources/${id}/helpful`)).body).toEqual({ markedHelpfulByMe: true, helpfulCount: 1 });
      expect((await author.post(`/api/library/resources/${id}/helpful`)).body.helpfulCount).toBe(2);
      expect((await reader.get(`/api/library/resources/${id}`)).body).toMatchObject({ helpfulCount: 2, markedHelpfulByMe: true });
      expect((await reader.delete(`/api/library/resources/${id}/helpful`)).body).toEqual({ markedHelpfulByMe: false, helpfulCount: 1 });
      expect((await reader.delete(`/api/library/resources/${id}/helpful`)).body).toEqual({ markedHelpfulByMe: false, helpfulCount: 1 });
    });

    it('takes comments from members, which their authors and the coordinator may remove', async () => {
      const id = await publish(author, { title: 'Commented thing' });
      const comment = await reader.post(`/api/library/resources/${id}/comments`, { body: 'We tried this in Year 5: it worked.' });
      expect(comment.status).toBe(201);
      expect(comment.body).toMatchObject({ authorName: 'Priya Shah', organisationName: 'Riverside Academies Trust', canDelete: true });
      const empty = await reader.post(`/api/library/resources/${id}/comments`, { body: '' });
      expect(empty.status).toBe(400);
      expect(empty.body.message).toEqual(['Write a comment']);
      const list = await author.get(`/api/library/resources/${id}/comments`);
      expect(list.body).toEqual([expect.objectContaining({ body: 'We tried this in Year 5: it worked.', canDelete: false })]);
      expect((await author.get(`/api/library/resources/${id}`)).body.commentCount).toBe(1);
      expect((await author.delete(`/api/library/comments/${comment.body.id}`)).status).toBe(403);
      expect((await reader.delete(`/api/library/comments/${comment.body.id}`)).status).toBe(204);
      expect((await author.get(`/api/library/resources/${id}`)).body.commentCount).toBe(0);
    });
  });

  describe('visibility', () => {
    it('shows a public resource to anyone signed out, without personal data', async () => {
      const id = await resourceId('Ten-minute daily fluency routine for Year 4 multiplication');
      const response = await testApp.client().get(`/api/public/library/resources/${id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ title: 'Ten-minute daily fluency routine for Year 4 multiplication', organisationName: 'Oakfield Learning Trust', networkName: 'Maths network' });
      expect(Object.keys(response.body).sort()).toEqual(
        [
          'body',
          'helpfulCount',
          'id',
          'keyStageTags',
          'kind',
          'links',
          'networkName',
          'organisationName',
          'phaseTags',
          'publishedAt',
          'subjectTags',
          'summary',
          'title',
          'updatedAt',
          'version',
          'whatDidNotWork',
          'whatWorked',
        ].sort(),
      );
      const text = JSON.stringify(response.body);
      expect(text).not.toContain('Amy Lewis');
      expect(text).not.toContain('@oakfield.test');
      expect((await moorland.get(`/api/public/library/resources/${id}`)).status).toBe(200);
    });

    it('answers 404 for a resource that is not public, signed out or from another alliance, and when it stops being public', async () => {
      const privateId = await resourceId('Bar model progression from Year 1 to Year 6');
      expect((await testApp.client().get(`/api/public/library/resources/${privateId}`)).status).toBe(404);
      expect((await testApp.client().get(`/api/library/resources/${privateId}`)).status).toBe(401);
      const id = await publish(author, { title: 'Briefly public', isPublic: true });
      expect((await testApp.client().get(`/api/public/library/resources/${id}`)).status).toBe(200);
      await author.patch(`/api/library/resources/${id}`, { isPublic: false });
      expect((await testApp.client().get(`/api/public/library/resources/${id}`)).status).toBe(404);
    });

    it('hides every library route from another alliance behind a 404', async () => {
      const id = await resourceId('Bar model progression from Year 1 to Year 6');
      const comment = await reader.post(`/api/library/resources/${id}/comments`, { body: 'Useful.' });
      const responses = [
        await moorland.get(`/api/library/resources/${id}`),
        await moorland.patch(`/api/library/resources/${id}`, { title: 'Ours' }),
        await moorland.delete(`/api/library/resources/${id}`),
        await moorland.get(`/api/library/resources/${id}/versions`),
        await moorland.post(`/api/library/resources/${id}/helpful`),
        await moorland.delete(`/api/library/resources/${id}/helpful`),
        await moorland.get(`/api/library/resources/${id}/comments`),
        await moorland.post(`/api/library/resources/${id}/comments`, { body: 'Hello' }),
        await moorland.delete(`/api/library/comments/${comment.body.id}`),
      ];
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 404));
      expect(JSON.stringify(responses.map((response) => response.body))).not.toContain('Bar model');
      const results = await search(moorland, 'q=bar%20model');
      expect(results).toMatchObject({ items: [], total: 0 });
      expect((await search(moorland, `allianceId=${betterTogether}`)).total).toBe(0);
    });

    it('lets the author remove a resource', async () => {
      const id = await publish(author, { title: 'Removed thing' });
      expect((await reader.delete(`/api/library/resources/${id}`)).status).toBe(403);
      expect((await author.delete(`/api/library/resources/${id}`)).status).toBe(204);
      expect((await author.get(`/api/library/resources/${id}`)).status).toBe(404);
    });
  });
});
