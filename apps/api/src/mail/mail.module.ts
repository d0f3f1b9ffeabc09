import { Global, Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';
import { MailDelivery } from './mail-delivery.service';
import { Outbox } from './outbox.service';

@Global()
@Module({ controllers: [DevMailController], providers: [Outbox, MailDelivery], exports: [Outbox, MailDelivery] })
export class MailModule {}
