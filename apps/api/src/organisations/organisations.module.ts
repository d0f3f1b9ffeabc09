import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationsController } from './invitations.controller';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PersonInvitationsService } from './person-invitations.service';

@Module({
  imports: [AuthModule],
  controllers: [OrganisationsController, InvitationsController],
  providers: [OrganisationsService, PersonInvitationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
