import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';

const PDF_V1 = Buffer.from('%PDF-1.7\n% scheme of work, first draft\n%%EOF\n');
const PDF_V2 = Buffer.from('%PDF-1.7\n% scheme of work, second draft\n%%EOF\n');

describe('the library: files on resources, kept across versions', () => {
  let testApp: TestApp;
  let author: TestClient;
  let reader: TestClient;
  let moorland: TestClient;
  let resourceId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    [author, reader, moorland] = await Promise.all(['ect@oakfield.test', 'head@riverside.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)));
    const created = await author.post('/api/library/resources', {
      allianceId: betterTogether,
      title: 'Year 4 fractions scheme of work',
      summary: 'Six weeks of fractions with a bar-model thread.',
      kind: 'scheme_of_work',
      subjectTags: ['maths'],
      phaseTags: ['primary'],
      keyStageTags: ['ks2'],
      body: 'Week by week plan.',
      whatWorked: 'Bar models.',
      whatDidNotWork: 'Too much in week 3.',
    });
    expect(created.status).toBe(201);
    resourceId = created.body.id;
  });

  afterAll(() => testApp.close());

  const download = (client: TestClient, fileId: string) => client.raw().get(`/api/library/resources/${resourceId}/files/${fileId}`).buffer(true);

  it('lets the publisher attach a file that members download, and keeps a replaced file in the history', async () => {
    const first = await author.upload(`/api/library/resources/${resourceId}/files`, PDF_V1, 'fractions.pdf');
    expect(first.status).toBe(201);
    expect(first.body.files).toEqual([expect.objectContaining({ fileName: 'fractions.pdf', sizeBytes: PDF_V1.length })]);
    const firstFileId: string = first.body.files[0].id;

    const fetched = await download(reader, firstFileId);
    expect(fetched.status).toBe(200);
    expect(Buffer.compare(fetched.body as Buffer, PDF_V1)).toBe(0);

    // Replacing: add the new file, take the old one off. The old one stays in the version written then.
    const second = await author.upload(`/api/library/resources/${resourceId}/files`, PDF_V2, 'fractions v2.pdf');
    const secondFileId: string = second.body.files.find((file: { fileName: string }) => file.fileName === 'fractions v2.pdf').id;
    const removed = await author.delete(`/api/library/resources/${resourceId}/files/${firstFileId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.files.map((file: { id: string }) => file.id)).toEqual([secondFileId]);
    expect(removed.body.version).toBe(2);

    const versions = await reader.get(`/api/library/resources/${resourceId}/versions`);
    expect(versions.body[0]).toMatchObject({ version: 1 });
    expect(versions.body[0].files.map((file: { fileName: string }) => file.fileName)).toEqual(['fractions.pdf', 'fractions v2.pdf']);
    const old = await download(reader, firstFileId);
    expect(old.status).toBe(200);
    expect(Buffer.compare(old.body as Buffer, PDF_V1)).toBe(0);
  });

  it('is 404 to another alliance and for files of other resources, and 403 for changes by others', async () => {
    const [{ fileId }]: { fileId: string }[] = await testApp.dataSource.query(`SELECT "fileId" FROM library_resource_files WHERE "resourceId" = $1 LIMIT 1`, [resourceId]);
    expect((await moorland.get(`/api/library/resources/${resourceId}/files/${fileId}`)).status).toBe(404);
    expect((await moorland.upload(`/api/library/resources/${resourceId}/files`, PDF_V1, 'x.pdf')).status).toBe(404);
    const [other]: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM library_resources WHERE id <> $1 LIMIT 1`, [resourceId]);
    expect((await reader.get(`/api/library/resources/${other.id}/files/${fileId}`)).status).toBe(404);
    expect((await reader.upload(`/api/library/resources/${resourceId}/files`, PDF_V1, 'mine.pdf')).status).toBe(403);
    expect((await reader.delete(`/api/library/resources/${resourceId}/files/${fileId}`)).status).toBe(403);
    const wrong = await author.upload(`/api/library/resources/${resourceId}/files`, Buffer.from('MZ\x90\x00'), 'tool.exe');
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/must be a PDF/);
  });
});
