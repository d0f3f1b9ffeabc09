import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('ECT cohorts: session materials as files', () => {
  let testApp: TestApp;
  let facilitator: TestClient;
  let enrolledEct: TestClient;
  let unconnected: TestClient;
  let otherAlliance: TestClient;
  let sessionId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    [facilitator, enrolledEct, unconnected, otherAlliance] = await Promise.all(
      ['lead@harbour.test', 'ect@riverside.test', 'bm@oakfield.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)),
    );
    const [session]: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM events WHERE "cohortId" IS NOT NULL ORDER BY "startsAt" LIMIT 1`);
    sessionId = session.id;
  });

  afterAll(() => testApp.close());

  it('lets a facilitator upload a file that people in the cohort download, and nobody else', async () => {
    const upload = await facilitator.upload(`/api/cohort-sessions/${sessionId}/materials/files`, PDF, 'Behaviour routines – slides.pdf');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ title: 'Behaviour routines – slides.pdf', fileName: 'Behaviour routines – slides.pdf', sizeBytes: PDF.length });
    expect(upload.body.url).toBe(`/api/cohort-sessions/${sessionId}/materials/${upload.body.id}/file`);

    const session = await enrolledEct.get(`/api/cohort-sessions/${sessionId}`);
    expect(session.body.materials).toEqual(expect.arrayContaining([upload.body]));
    const download = await enrolledEct.raw().get(upload.body.url).buffer(true);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);

    expect((await unconnected.get(upload.body.url)).status).toBe(404);
    expect((await otherAlliance.get(upload.body.url)).status).toBe(404);
    expect((await otherAlliance.upload(`/api/cohort-sessions/${sessionId}/materials/files`, PDF, 'x.pdf')).status).toBe(404);
  });

  it('refuses uploads by people who do not run the session, and files of the wrong kind', async () => {
    const before = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM cohort_session_materials`);
    const byEct = await enrolledEct.upload(`/api/cohort-sessions/${sessionId}/materials/files`, PDF, 'mine.pdf');
    expect(byEct.status).toBe(403);
    const wrongKind = await facilitator.upload(`/api/cohort-sessions/${sessionId}/materials/files`, Buffer.from('<script>alert(1)</script>'), 'slides.pdf');
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.message).toMatch(/do not match a \.pdf file/);
    expect(await testApp.dataSource.query(`SELECT count(*)::int AS n FROM cohort_session_materials`)).toEqual(before);
  });
});
