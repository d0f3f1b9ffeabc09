import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { OutboxMessage } from './entities/outbox-message.entity';
import { createMailTransport, MailTransport } from './mail-transport';

const MAX_ATTEMPTS = 8;
const BATCH_SIZE = 20;
const POLL_MS = 2000;

@Injectable()
export class MailDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDelivery.name);
  private readonly transport: MailTransport;
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = createMailTransport(config);
  }

  onApplicationBootstrap(): void {
    if (!this.config.mailWorkerEnabled) return;
    this.timer = setInterval(() => void this.tick(), POLL_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.deliverDue();
    } catch (error) {
      this.logger.error(`Mail delivery failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  /**
   * Claims due messages with SKIP LOCKED so that several API processes never send one message twice,
   * and sends each inside its claim. Failures back off exponentially; after MAX_ATTEMPTS a message is failed.
   */
  async deliverDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(OutboxMessage, 'message')
        .where(`message.status = 'pending' AND message."nextAttemptAt" <= now()`)
        .orderBy('message."nextAttemptAt"')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const message of due) {
        try {
          await this.transport.send({ id: message.id, from: this.config.mailFrom, to: message.to, subject: message.subject, text: message.text });
          await manager.update(OutboxMessage, message.id, { status: 'sent', sentAt: new Date(), attempts: message.attempts + 1, lastError: null });
        } catch (error) {
          const attempts = message.attempts + 1;
          const delaySeconds = Math.min(3600, 30 * 2 ** (attempts - 1));
          await manager.update(OutboxMessage, message.id, {
            attempts,
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            nextAttemptAt: new Date(Date.now() + delaySeconds * 1000),
            lastError: (error as Error).message.slice(0, 1000),
          });
          this.logger.warn(`Could not send mail ${message.id} (attempt ${attempts}): ${(error as Error).message}`);
        }
      }
      return due.length;
    });
  }
}
