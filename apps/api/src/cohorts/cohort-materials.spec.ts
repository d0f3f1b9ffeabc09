import { createTestApp, TestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { STORED_FILE_FOREIGN_KEYS } from '../files/stored-file-references';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('ECT cohorts: session materials as files', () => {
  let testApp: TestApp;
  let facilitator: TestClient;
  let enrolledEct: TestClient;
  let unconnected: TestClient;
  let otherAlliance: TestClient;
  let coordinator: TestClient;
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    [facilitator, enrolledEct, unconnected, otherAlliance, coordinator] = await Promise.all(
      ['lead@harbour.test', 'ect@riverside.test', 'bm@oakfield.test', 'ceo@moorland.test', 'coordinator@alliance.test'].map((email) => testApp.signIn(email)),
    );
    const sessions: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM events WHERE "cohortId" IS NOT NULL ORDER BY "startsAt" LIMIT 2`);
    [sessionId, otherSessionId] = sessions.map((session) => session.id);
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

  describe('removing materials', () => {
    const materialIds = async (client: TestClient, session = sessionId): Promise<string[]> =>
      ((await client.get(`/api/cohort-sessions/${session}`)).body.materials as { id: string }[]).map((material) => material.id);
    const fileExists = async (fileId: string): Promise<boolean> => (await testApp.dataSource.query(`SELECT 1 FROM stored_files WHERE id = $1`, [fileId])).length > 0;
    const storedFileOf = async (materialId: string): Promise<string> =>
      (await testApp.dataSource.query(`SELECT "storedFileId" FROM cohort_session_materials WHERE id = $1`, [materialId]))[0].storedFileId;
    const removals = (materialId: string): Promise<{ actorUserId: string; changes: Record<string, unknown> }[]> =>
      testApp.dataSource.query(`SELECT "actorUserId", changes FROM audit_entries WHERE action = 'cohort_session.material_removed' AND changes->>'materialId' = $1`, [materialId]);

    async function uploaded(fileName = 'Handout.pdf'): Promise<{ id: string; url: string; fileId: string }> {
      const upload = await facilitator.upload(`/api/cohort-sessions/${sessionId}/materials/files`, PDF, fileName);
      expect(upload.status).toBe(201);
      return { id: upload.body.id, url: upload.body.url, fileId: await storedFileOf(upload.body.id) };
    }

    it('lets a facilitator remove an uploaded file: the material, its stored file and its download go, in one audited change', async () => {
      const material = await uploaded();
      const removed = await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/${material.id}`);
      expect(removed.status).toBe(204);
      expect(await materialIds(enrolledEct)).not.toContain(material.id);
      expect(await fileExists(material.fileId)).toBe(false);
      expect((await enrolledEct.get(material.url)).status).toBe(404);
      const [lead] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = 'lead@harbour.test'`);
      expect(await removals(material.id)).toEqual([
        { actorUserId: lead.id, changes: { materialId: material.id, title: 'Handout.pdf', url: null, storedFileId: material.fileId, fileRemoved: true } },
      ]);
      expect((await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/${material.id}`)).status).toBe(404);
    });

    it('lets a cohort manager remove a link', async () => {
      const link = await facilitator.post(`/api/cohort-sessions/${sessionId}/materials`, { title: 'Reading list', url: 'https://resources.example.org/reading' });
      const removed = await coordinator.delete(`/api/cohort-sessions/${sessionId}/materials/${link.body.id}`);
      expect(removed.status).toBe(204);
      expect(await materialIds(facilitator)).not.toContain(link.body.id);
      expect((await removals(link.body.id))[0].changes).toEqual({ materialId: link.body.id, title: 'Reading list', url: 'https://resources.example.org/reading' });
    });

    it('keeps a stored file that something else still uses, and deletes it with the last material', async () => {
      const material = await uploaded('Shared slides.pdf');
      const [copy]: { id: string }[] = await testApp.dataSource.query(
        `INSERT INTO cohort_session_materials ("sessionId", title, "storedFileId", "addedByUserId")
         SELECT $1, title, "storedFileId", "addedByUserId" FROM cohort_session_materials WHERE id = $2 RETURNING id`,
        [otherSessionId, material.id],
      );
      expect((await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/${material.id}`)).status).toBe(204);
      expect(await fileExists(material.fileId)).toBe(true);
      expect((await removals(material.id))[0].changes).toMatchObject({ storedFileId: material.fileId, fileRemoved: false });
      const stillThere = await enrolledEct.raw().get(`/api/cohort-sessions/${otherSessionId}/materials/${copy.id}/file`).buffer(true);
      expect(stillThere.status).toBe(200);
      expect(Buffer.compare(stillThere.body as Buffer, PDF)).toBe(0);

      expect((await facilitator.delete(`/api/cohort-sessions/${otherSessionId}/materials/${copy.id}`)).status).toBe(204);
      expect(await fileExists(material.fileId)).toBe(false);
    });

    it('keeps a stored file that a library resource names', async () => {
      const material = await uploaded('Also in the library.pdf');
      const [resource]: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM library_resources LIMIT 1`);
      await testApp.dataSource.query(`INSERT INTO library_resource_files ("resourceId", "fileId") VALUES ($1, $2)`, [resource.id, material.fileId]);
      expect((await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/${material.id}`)).status).toBe(204);
      expect(await fileExists(material.fileId)).toBe(true);
    });

    it('refuses people who may not add materials (403), hides the session from those outside it (404), and changes nothing', async () => {
      const material = await uploaded('Keep me.pdf');
      const route = `/api/cohort-sessions/${sessionId}/materials/${material.id}`;
      const byEct = await enrolledEct.delete(route);
      expect(byEct.status).toBe(403);
      expect(byEct.body.message).toBe('Only the cohort’s facilitators can remove materials.');
      expect((await (await testApp.signIn('ceo@riverside.test')).delete(route)).status).toBe(403);
      expect((await unconnected.delete(route)).status).toBe(404);
      expect((await otherAlliance.delete(route)).status).toBe(404);
      expect((await facilitator.delete(`/api/cohort-sessions/${otherSessionId}/materials/${material.id}`)).status).toBe(404);
      expect((await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
      expect((await facilitator.delete(`/api/cohort-sessions/${sessionId}/materials/not-an-id`)).status).toBe(400);
      expect(await materialIds(enrolledEct)).toContain(material.id);
      expect(await fileExists(material.fileId)).toBe(true);
      expect(await removals(material.id)).toEqual([]);
    });

    it('knows every foreign key that names a stored file', async () => {
      const keys: { table: string; column: string }[] = await testApp.dataSource.query(
        `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.contype = 'f' AND c.confrelid = 'stored_files'::regclass AND c.conrelid <> 'stored_files'::regclass`,
      );
      const names = (list: readonly { table: string; column: string }[]) => list.map(({ table, column }) => `${table}.${column}`).sort();
      expect(names(keys)).toEqual(names(STORED_FILE_FOREIGN_KEYS));
    });
  });
});
