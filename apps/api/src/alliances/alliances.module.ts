import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AlliancePeopleService } from './alliance-people.service';
import { AlliancesController } from './alliances.controller';
import { AlliancesService } from './alliances.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { TermsService } from './terms.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [AlliancesController, MembershipsController],
  providers: [AlliancesService, TermsService, MembershipsService, AlliancePeopleService],
})
export class AlliancesModule {}
