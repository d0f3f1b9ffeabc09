import { readdirSync } from 'node:fs';
import { createTestApp, TestApp } from '../../test/test-app';
import { DemoIds } from '../../test/demo-ids';

describe('outgoing email through the outbox', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('delivers queued mail to the development mailbox once, even when two workers run at the same time', async () => {
    const ceo = await testApp.signIn('ceo@oakfield.test');
    const oakfield = await new DemoIds(testApp.dataSource).organisation('Oakfield Learning Trust');
    for (const name of ['one', 'two', 'three']) {
      expect((await ceo.post(`/api/organisations/${oakfield}/invitations`, { name, email: `${name}@oakfield.test`, roles: ['staff'] })).status).toBe(201);
    }
    const other = await testApp.secondProcess();
    try {
      const [first, second] = await Promise.all([testApp.deliverMail(), other.deliverMail()]);
      expect(first + second).toBe(3);
    } finally {
      await other.close();
    }
    expect(readdirSync(testApp.config.mailDir)).toHaveLength(3);
    const rows: { status: string; sentAt: Date | null }[] = await testApp.dataSource.query(`SELECT status, "sentAt" FROM outbox_messages`);
    expect(rows.every((row) => row.status === 'sent' && row.sentAt)).toBe(true);

    const mailbox = await testApp.client().get('/api/dev/mail');
    expect(mailbox.status).toBe(200);
    expect(mailbox.body).toHaveLength(3);
    expect(mailbox.body[0]).toMatchObject({ subject: 'Helen Carter has invited you to join Oakfield Learning Trust on Alliance' });
    expect(mailbox.body[0].text).toContain('/invitations/');
  });
});

describe('when the mail server is unreachable', () => {
  it('keeps the message and retries later with back-off, and never shows a development mailbox', async () => {
    const testApp = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      await testApp.dataSource.query(`INSERT INTO outbox_messages ("to", subject, text) VALUES ('a@b.test', 'Hello', 'Body')`);
      expect(await testApp.deliverMail()).toBe(1);
      const [message] = await testApp.dataSource.query(`SELECT status, attempts, "lastError", "nextAttemptAt" > now() AS later FROM outbox_messages`);
      expect(message).toMatchObject({ status: 'pending', attempts: 1, later: true });
      expect(message.lastError).toBeTruthy();
      expect(await testApp.deliverMail()).toBe(0);
      expect((await testApp.client().get('/api/dev/mail')).status).toBe(404);
    } finally {
      await testApp.close();
    }
  });
});
