import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { AppConfig } from '../core/config/app-config';
import type { OutgoingMail } from './outbox.service';

export interface MailTransport {
  send(mail: OutgoingMail & { id: string; from: string }): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise each message is written as JSON to MAIL_DIR for the development mailbox. */
export function createMailTransport(config: AppConfig): MailTransport {
  if (config.smtpUrl) {
    const smtp = createTransport(config.smtpUrl);
    return { send: async (mail) => void (await smtp.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text })) };
  }
  const folder = config.mailDir;
  const toJson = createTransport({ jsonTransport: true });
  return {
    async send(mail) {
      const info = await toJson.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text });
      mkdirSync(folder, { recursive: true });
      const saved = { id: mail.id, sentAt: new Date().toISOString(), message: JSON.parse(String(info.message)) };
      writeFileSync(join(folder, `${Date.now()}-${mail.id}.json`), JSON.stringify(saved, null, 2));
    },
  };
}
