import { NEED_MAX_ATTACHMENTS, UPLOAD_MAX_BYTES } from '@alliance/contracts';
import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';
import { TestClient } from '../../test/test-client';
import { todayInLondon } from '../core/calendar-dates';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('procurement: specification documents', () => {
  let testApp: TestApp;
  let betterTogether: string;
  let oakfieldBm: TestClient;
  let riversideBm: TestClient;
  let moorland: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    betterTogether = await new DemoIds(testApp.dataSource).alliance('Better Together Alliance');
    [oakfieldBm, riversideBm, moorland] = await Promise.all(['bm@oakfield.test', 'bm@riverside.test', 'ceo@moorland.test'].map((email) => testApp.signIn(email)));
  });

  afterAll(() => testApp.close());

  async function postNeed(status: 'draft' | 'open' = 'open'): Promise<string> {
    const [year, month, day] = todayInLondon().split('-').map(Number);
    const response = await oakfieldBm.post('/api/procurement/needs', {
      allianceId: betterTogether,
      title: 'MIS replacement',
      category: 'mis',
      description: 'A cloud MIS for all schools.',
      estimatedAnnualValuePence: 3000000,
      closingDate: new Date(Date.UTC(year, month - 1, day + 20)).toISOString().slice(0, 10),
      status,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('lets the posting trust add a document that every member can download, byte for byte, as a download', async () => {
    const needId = await postNeed();
    const upload = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'Spécification v2.pdf');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ fileName: 'Spécification v2.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });

    const detail = await riversideBm.get(`/api/procurement/needs/${needId}`);
    expect(detail.body.attachments).toEqual([upload.body]);

    const download = await riversideBm.raw().get(`/api/procurement/needs/${needId}/attachments/${upload.body.id}`).buffer(true);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Sp_cification v2.pdf"; filename*=UTF-8''Sp%C3%A9cification%20v2.pdf`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');

    const audit: { action: string }[] = await testApp.dataSource.query(`SELECT action FROM audit_entries WHERE "entityId" = $1 AND action LIKE 'procurement_attachment.%'`, [needId]);
    expect(audit.map((entry) => entry.action)).toEqual(['procurement_attachment.added']);
  });

  it('is 404 to another alliance and to members while the need is a draft, and 403 for changes by other trusts', async () => {
    const needId = await postNeed();
    const { body: attachment } = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PNG, 'site-plan.png');
    expect((await moorland.get(`/api/procurement/needs/${needId}/attachments/${attachment.id}`)).status).toBe(404);
    expect((await moorland.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'x.pdf')).status).toBe(404);
    const notOwner = await riversideBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'x.pdf');
    expect(notOwner.status).toBe(403);
    expect((await riversideBm.delete(`/api/procurement/needs/${needId}/attachments/${attachment.id}`)).status).toBe(403);

    const draftId = await postNeed('draft');
    const { body: draftAttachment } = await oakfieldBm.upload(`/api/procurement/needs/${draftId}/attachments`, PDF, 'draft.pdf');
    expect((await riversideBm.get(`/api/procurement/needs/${draftId}/attachments/${draftAttachment.id}`)).status).toBe(404);
    // An attachment id only works under its own need.
    expect((await riversideBm.get(`/api/procurement/needs/${needId}/attachments/${draftAttachment.id}`)).status).toBe(404);
  });

  it('refuses files that are too big, of the wrong kind, or pretending to be another kind, and stores nothing', async () => {
    const needId = await postNeed();
    const count = () => testApp.dataSource.query(`SELECT count(*)::int AS n FROM stored_files`);
    const before = await count();
    const cases: [Buffer, string, number, RegExp][] = [
      [Buffer.concat([PDF, Buffer.alloc(UPLOAD_MAX_BYTES)]), 'huge.pdf', 413, /10 MB or smaller/],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), 'setup.exe', 400, /must be a PDF, Word, Excel/],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'invoice.pdf', 400, /do not match a \.pdf file/],
      [PDF, 'spec.txt', 400, /do not match a \.txt file/],
      [Buffer.alloc(0), 'empty.pdf', 400, /empty/],
    ];
    for (const [content, name, status, message] of cases) {
      const response = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, content, name);
      expect(response.status).toBe(status);
      expect(response.body.message).toMatch(message);
    }
    const wrongField = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'spec.pdf', 'document');
    expect(wrongField.status).toBe(400);
    const json = await oakfieldBm.post(`/api/procurement/needs/${needId}/attachments`, { file: 'spec.pdf' });
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/multipart\/form-data/);
    expect(await count()).toEqual(before);
    const csv = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, Buffer.from('school,meals\nOakfield,420\n'), 'volumes.csv');
    expect(csv.status).toBe(201);
    expect(csv.body.contentType).toBe('text/csv');
  });

  it('limits the number of documents, removes them for good, and freezes them once the need is closed', async () => {
    const needId = await postNeed();
    const uploads = [];
    for (let index = 0; index < NEED_MAX_ATTACHMENTS; index++) uploads.push(await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, `part-${index}.pdf`));
    expect(uploads.every((response) => response.status === 201)).toBe(true);
    const eleventh = await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'one-too-many.pdf');
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.message).toMatch(/up to 10 documents/);

    const removed = uploads[0].body.id;
    expect((await oakfieldBm.delete(`/api/procurement/needs/${needId}/attachments/${removed}`)).status).toBe(204);
    expect((await riversideBm.get(`/api/procurement/needs/${needId}/attachments/${removed}`)).status).toBe(404);
    const files = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM need_attachments a JOIN stored_files f ON f.id = a."fileId" WHERE a."needId" = $1`, [needId]);
    expect(files).toEqual([{ n: NEED_MAX_ATTACHMENTS - 1 }]);

    expect((await oakfieldBm.post(`/api/procurement/needs/${needId}/status`, { status: 'closed' })).status).toBe(200);
    expect((await oakfieldBm.upload(`/api/procurement/needs/${needId}/attachments`, PDF, 'late.pdf')).status).toBe(409);
    expect((await oakfieldBm.delete(`/api/procurement/needs/${needId}/attachments/${uploads[1].body.id}`)).status).toBe(409);
    expect((await riversideBm.get(`/api/procurement/needs/${needId}/attachments/${uploads[1].body.id}`)).status).toBe(200);
  });
});
