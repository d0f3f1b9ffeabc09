import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateHubDto,
  CreateMeetingDto,
  CreateNetworkDto,
  HubView,
  JoinNetworkDto,
  MarkMeetingAttendanceDto,
  MeetingAttendeeView,
  MeetingDetail,
  MeetingListQueryDto,
  MeetingSummary,
  MemberDirectoryOrganisation,
  NetworkDetail,
  NetworkListQueryDto,
  NetworkMembership,
  NetworkSummary,
  Page,
  RecordMeetingOutcomeDto,
  RsvpDto,
  SessionUser,
  UpdateHubDto,
  UpdateMeetingDto,
  UpdateMembershipDto,
  UpdateNetworkDto,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { MeetingsService } from './meetings.service';
import { NetworksService } from './networks.service';

@ApiTags('networks')
@Controller('networks')
export class NetworksController {
  constructor(
    private readonly networks: NetworksService,
    private readonly meetings: MeetingsService,
  ) {}

  /** The networks of the person's alliances, their own first. */
  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: NetworkListQueryDto): Promise<Page<NetworkSummary>> {
    return this.networks.list(user, query);
  }

  /** The alliance coordinator creates a network and names its leads. */
  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateNetworkDto): Promise<NetworkDetail> {
    return this.networks.create(user, dto);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<NetworkDetail> {
    return this.networks.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNetworkDto): Promise<NetworkDetail> {
    return this.networks.update(user, id, dto);
  }

  @Get(':id/hubs')
  hubs(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<HubView[]> {
    return this.networks.hubs(user, id);
  }

  @Post(':id/hubs')
  createHub(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateHubDto): Promise<HubView> {
    return this.networks.createHub(user, id, dto);
  }

  /** The member directory, grouped by organisation and school. */
  @Get(':id/members')
  members(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<MemberDirectoryOrganisation[]> {
    return this.networks.directory(user, id);
  }

  /** `{}` joins yourself; `{"userId"}` adds a colleague (chief executives and headteachers). */
  @Post(':id/members')
  join(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: JoinNetworkDto): Promise<NetworkMembership> {
    return this.networks.join(user, id, dto);
  }

  @Patch(':id/members/:userId')
  updateMembership(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: UpdateMembershipDto,
  ): Promise<NetworkMembership> {
    return this.networks.updateMembership(user, id, userId, dto);
  }

  /** Leave (your own id), or remove a member (leads and the coordinator). */
  @Delete(':id/members/:userId')
  @HttpCode(204)
  removeMember(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.networks.removeMember(user, id, userId);
  }

  @Get(':id/meetings')
  meetingList(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: MeetingListQueryDto): Promise<Page<MeetingSummary>> {
    return this.meetings.list(user, id, query);
  }

  @Post(':id/meetings')
  createMeeting(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateMeetingDto): Promise<MeetingDetail> {
    return this.meetings.create(user, id, dto);
  }
}

@ApiTags('networks')
@Controller('network-hubs')
export class NetworkHubsController {
  constructor(private readonly networks: NetworksService) {}

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateHubDto): Promise<HubView> {
    return this.networks.updateHub(user, id, dto);
  }
}

@ApiTags('networks')
@Controller('network-meetings')
export class NetworkMeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<MeetingDetail> {
    return this.meetings.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMeetingDto): Promise<MeetingDetail> {
    return this.meetings.update(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<MeetingDetail> {
    return this.meetings.cancel(user, id);
  }

  /** Notes and decisions, recorded by a lead once the meeting has started. */
  @Post(':id/outcome')
  @HttpCode(200)
  recordOutcome(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordMeetingOutcomeDto): Promise<MeetingDetail> {
    return this.meetings.recordOutcome(user, id, dto);
  }

  /** going | not_going | maybe; answering again replaces the answer. */
  @Post(':id/rsvp')
  @HttpCode(200)
  rsvp(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RsvpDto): Promise<MeetingDetail> {
    return this.meetings.rsvp(user, id, dto);
  }

  @Get(':id/attendees')
  attendees(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<MeetingAttendeeView[]> {
    return this.meetings.attendees(user, id);
  }

  @Post(':id/attendance')
  @HttpCode(200)
  markAttendance(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MarkMeetingAttendanceDto): Promise<MeetingAttendeeView[]> {
    return this.meetings.markAttendance(user, id, dto);
  }
}
