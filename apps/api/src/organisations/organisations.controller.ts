import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AllianceInvitationView,
  InvitePersonDto,
  OrganisationDetail,
  Page,
  PageQueryDto,
  PersonInvitationView,
  PersonView,
  SessionUser,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { OrganisationsService } from './organisations.service';
import { PersonInvitationsService } from './person-invitations.service';

@ApiTags('organisations')
@Controller('organisations/:organisationId')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly invitations: PersonInvitationsService,
  ) {}

  @Get()
  detail(@CurrentUser() user: SessionUser, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<OrganisationDetail> {
    return this.organisations.detail(user, organisationId);
  }

  @Get('people')
  people(
    @CurrentUser() user: SessionUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<PersonView>> {
    return this.organisations.people(user, organisationId, query.page, query.pageSize);
  }

  @Get('invitations')
  pendingInvitations(@CurrentUser() user: SessionUser, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<PersonInvitationView[]> {
    return this.invitations.pending(user, organisationId);
  }

  @Post('invitations')
  invite(
    @CurrentUser() user: SessionUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() dto: InvitePersonDto,
  ): Promise<PersonInvitationView> {
    return this.invitations.invite(user, organisationId, dto);
  }

  @Get('alliance-invitations')
  allianceInvitations(@CurrentUser() user: SessionUser, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<AllianceInvitationView[]> {
    return this.organisations.allianceInvitations(user, organisationId);
  }
}
