import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AlliancesController } from './alliances.controller';
import { AlliancesService } from './alliances.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { TermsService } from './terms.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [AlliancesController, MembershipsController],
  providers: [AlliancesService, TermsService, MembershipsService],
})
export class AlliancesModule {}
