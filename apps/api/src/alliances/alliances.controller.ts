import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AllianceDetail,
  AllianceMemberView,
  AlliancePeopleQueryDto,
  AlliancePersonView,
  AllianceSummary,
  InviteOrganisationDto,
  Page,
  PageQueryDto,
  PublishTermsDto,
  SessionUser,
  TermsOfReferenceView,
  UpdateAllianceDto,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { AlliancePeopleService } from './alliance-people.service';
import { AlliancesService } from './alliances.service';
import { MembershipsService } from './memberships.service';
import { TermsService } from './terms.service';

@ApiTags('alliances')
@Controller('alliances')
export class AlliancesController {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly terms: TermsService,
    private readonly memberships: MembershipsService,
    private readonly people: AlliancePeopleService,
  ) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: PageQueryDto): Promise<Page<AllianceSummary>> {
    return this.alliances.list(user, query.page, query.pageSize);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<AllianceDetail> {
    return this.alliances.detail(user, id);
  }

  /** People of the active member organisations (name, roles, organisation; never an email), for pickers across the alliance. */
  @Get(':id/people')
  searchPeople(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: AlliancePeopleQueryDto): Promise<Page<AlliancePersonView>> {
    return this.people.search(user, id, query);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAllianceDto): Promise<AllianceDetail> {
    return this.alliances.update(user, id, dto);
  }

  @Post(':id/terms')
  publishTerms(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PublishTermsDto): Promise<TermsOfReferenceView> {
    return this.terms.publish(user, id, dto.body);
  }

  @Post(':id/terms/:termsId/signatures')
  signTerms(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('termsId', ParseUUIDPipe) termsId: string,
  ): Promise<TermsOfReferenceView> {
    return this.terms.sign(user, id, termsId);
  }

  @Post(':id/memberships')
  inviteOrganisation(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteOrganisationDto,
  ): Promise<AllianceMemberView> {
    return this.memberships.inviteOrganisation(user, id, dto.organisationId);
  }
}
