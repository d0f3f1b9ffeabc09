import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DevMailMessageView } from '@alliance/contracts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Public } from '../core/access/allow.decorator';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';

interface SavedMail {
  id: string;
  sentAt: string;
  message: { to?: { address: string }[]; subject?: string; text?: string };
}

/** Development only: lets people follow invitation links without a mail server. */
@ApiTags('development')
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  async list(): Promise<DevMailMessageView[]> {
    if (this.config.production || this.config.smtpUrl) throw new NotFoundException();
    const files = await readdir(this.config.mailDir).catch(() => [] as string[]);
    const newest = files.filter((file) => file.endsWith('.json')).sort().reverse().slice(0, 100);
    const messages = await Promise.all(newest.map((file) => readFile(join(this.config.mailDir, file), 'utf8')));
    return messages.map((raw) => {
      const saved = JSON.parse(raw) as SavedMail;
      return {
        id: saved.id,
        sentAt: saved.sentAt,
        to: (saved.message.to ?? []).map((to) => to.address).join(', '),
        subject: saved.message.subject ?? '',
        text: saved.message.text ?? '',
      };
    });
  }
}
