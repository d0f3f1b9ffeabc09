import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

@Injectable()
export class Outbox {
  /** Written in the caller's transaction: the email exists exactly when the change that caused it does. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    await manager.insert(OutboxMessage, { to: mail.to, subject: mail.subject, text: mail.text });
  }
}
