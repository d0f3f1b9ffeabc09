import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddSessionMaterialDto,
  ApproveEnrolmentDto,
  BookingResult,
  ChangeMentorDto,
  CohortAttendanceView,
  CohortDetail,
  CohortListQueryDto,
  CohortMembersView,
  CohortSessionView,
  CohortSummary,
  CreateCohortDto,
  CreateCohortSessionDto,
  EnrolEctDto,
  EnrolmentView,
  MarkCohortAttendanceDto,
  MenteeView,
  MyInductionView,
  Page,
  ReflectionView,
  RegisterEntry,
  RequestToJoinDto,
  SessionMaterialView,
  SessionUser,
  TransferEnrolmentDto,
  UpdateCohortDto,
  WithdrawEnrolmentDto,
  WriteReflectionDto,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { UploadedFile } from '../files/uploaded-file.decorator';
import { UploadedDocument, UploadInterceptor } from '../files/upload.interceptor';
import { CohortProgressService } from './cohort-progress.service';
import { CohortSessionsService } from './cohort-sessions.service';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly sessions: CohortSessionsService,
    private readonly progress: CohortProgressService,
  ) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: CohortListQueryDto): Promise<Page<CohortSummary>> {
    return this.cohorts.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateCohortDto): Promise<CohortDetail> {
    return this.cohorts.create(user, dto);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortDetail> {
    return this.cohorts.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCohortDto): Promise<CohortDetail> {
    return this.cohorts.update(user, id, dto);
  }

  /** Names of the enrolled ECTs, grouped by trust, for the people taking part. */
  @Get(':id/members')
  members(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortMembersView> {
    return this.cohorts.members(user, id);
  }

  /** Enrolment history the reader may see: all for facilitators, their own organisation's for its leads, their own for an ECT. */
  @Get(':id/enrolments')
  enrolmentList(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentView[]> {
    return this.enrolments.list(user, id);
  }

  @Post(':id/enrolments')
  enrol(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EnrolEctDto): Promise<EnrolmentView> {
    return this.enrolments.enrol(user, id, dto);
  }

  /** An ECT asks to join; their CEO or headteacher approves. */
  @Post(':id/join-requests')
  requestToJoin(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RequestToJoinDto): Promise<EnrolmentView> {
    return this.enrolments.request(user, id, dto);
  }

  @Get(':id/sessions')
  sessionList(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortSessionView[]> {
    return this.sessions.list(user, id);
  }

  @Post(':id/sessions')
  addSession(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateCohortSessionDto): Promise<CohortSessionView> {
    return this.sessions.create(user, id, dto);
  }

  @Get(':id/attendance')
  attendance(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortAttendanceView> {
    return this.progress.attendance(user, id);
  }
}

@ApiTags('cohorts')
@Controller('cohort-enrolments/:id')
export class CohortEnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post('approve')
  @HttpCode(200)
  approve(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ApproveEnrolmentDto): Promise<EnrolmentView> {
    return this.enrolments.approve(user, id, dto);
  }

  @Post('withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WithdrawEnrolmentDto): Promise<EnrolmentView> {
    return this.enrolments.withdraw(user, id, dto);
  }

  /** Returns the new enrolment in the other cohort; the old one stays, marked transferred. */
  @Post('transfer')
  transfer(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: TransferEnrolmentDto): Promise<EnrolmentView> {
    return this.enrolments.transfer(user, id, dto);
  }

  /**
   * Names another mentor (a colleague of the ECT with the mentor role) on an active enrolment; the ECT's CEO,
   * headteacher or a mentor at their organisation only. The new mentor sees the ECT's attendance from now on, the old one no longer does.
   */
  @Put('mentor')
  changeMentor(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeMentorDto): Promise<EnrolmentView> {
    return this.enrolments.changeMentor(user, id, dto);
  }
}

@ApiTags('cohorts')
@Controller('cohort-sessions/:id')
export class CohortSessionsController {
  constructor(
    private readonly sessions: CohortSessionsService,
    private readonly progress: CohortProgressService,
  ) {}

  @Get()
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortSessionView> {
    return this.sessions.detail(user, id);
  }

  @Post('bookings')
  book(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<BookingResult> {
    return this.sessions.book(user, id);
  }

  @Post('materials')
  addMaterial(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddSessionMaterialDto): Promise<SessionMaterialView> {
    return this.sessions.addMaterial(user, id, dto);
  }

  /** Uploads a file for the session (multipart/form-data, field `file`); its title is the file's name. */
  @Post('materials/files')
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  addFileMaterial(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @UploadedFile() file: UploadedDocument): Promise<SessionMaterialView> {
    return this.sessions.addFileMaterial(user, id, file);
  }

  @Get('materials/:materialId/file')
  @ApiProduces('application/octet-stream')
  downloadMaterial(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @Res() response: Response,
  ): Promise<void> {
    return this.sessions.downloadMaterial(user, id, materialId, response);
  }

  /** Removes a link or an uploaded file, for the cohort's facilitators and managers; an uploaded file is deleted with it unless something else still uses it. */
  @Delete('materials/:materialId')
  @HttpCode(204)
  removeMaterial(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('materialId', ParseUUIDPipe) materialId: string): Promise<void> {
    return this.sessions.removeMaterial(user, id, materialId);
  }

  @Get('register')
  register(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<RegisterEntry[]> {
    return this.sessions.register(user, id);
  }

  @Put('attendance/:userId')
  markAttendance(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: MarkCohortAttendanceDto,
  ): Promise<RegisterEntry> {
    return this.sessions.markAttendance(user, id, userId, dto.attendance);
  }

  @Get('reflection')
  myReflection(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReflectionView> {
    return this.progress.myReflection(user, id);
  }

  @Put('reflection')
  writeReflection(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WriteReflectionDto): Promise<ReflectionView> {
    return this.progress.writeReflection(user, id, dto);
  }
}

@ApiTags('cohorts')
@Controller('me')
export class MyInductionController {
  constructor(private readonly progress: CohortProgressService) {}

  /** The mentor's dashboard. */
  @Get('mentees')
  mentees(@CurrentUser() user: SessionUser): Promise<MenteeView[]> {
    return this.progress.mentees(user);
  }

  /** Reflections the ECT chose to share with their mentor; 404 for anyone but that mentor. */
  @Get('mentees/:userId/reflections')
  menteeReflections(@CurrentUser() user: SessionUser, @Param('userId', ParseUUIDPipe) userId: string): Promise<ReflectionView[]> {
    return this.progress.menteeReflections(user, userId);
  }

  /** The ECT's "my induction sessions". */
  @Get('induction')
  induction(@CurrentUser() user: SessionUser): Promise<MyInductionView> {
    return this.progress.myInduction(user);
  }
}
