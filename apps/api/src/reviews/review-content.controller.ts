import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AddActionNoteDto,
  CreateActionDto,
  EvidenceFileView,
  FindingsView,
  FindingView,
  ReviewActionView,
  SaveFindingDto,
  SaveFindingsSummaryDto,
  SaveSelfAssessmentDto,
  SelfAssessmentEntryView,
  SelfAssessmentView,
  SessionUser,
  UpdateActionDto,
} from '@alliance/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../core/access/current-user.decorator';
import { UploadedFile } from '../files/uploaded-file.decorator';
import { UploadedDocument, UploadInterceptor } from '../files/upload.interceptor';
import { ActionsService } from './actions.service';
import { FindingsService } from './findings.service';
import { SelfAssessmentService } from './self-assessment.service';

/** A review's confidential content: 404 to everyone but the reviewed trust's CEO and governors and the accepted panel. */
@ApiTags('reviews')
@Controller('reviews/:id')
export class ReviewContentController {
  constructor(
    private readonly selfAssessment: SelfAssessmentService,
    private readonly findings: FindingsService,
    private readonly actions: ActionsService,
  ) {}

  @Get('self-assessment')
  getSelfAssessment(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<SelfAssessmentView> {
    return this.selfAssessment.get(user, id);
  }

  /** Saves one criterion (autosave): fields left out keep their value; the same body twice changes nothing. */
  @Put('self-assessment/:criterionId')
  saveSelfAssessment(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('criterionId', ParseUUIDPipe) criterionId: string,
    @Body() dto: SaveSelfAssessmentDto,
  ): Promise<SelfAssessmentEntryView> {
    return this.selfAssessment.save(user, id, criterionId, dto);
  }

  /** Adds an evidence document to a criterion (multipart/form-data, field `file`). */
  @Post('self-assessment/:criterionId/evidence')
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  uploadEvidence(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('criterionId', ParseUUIDPipe) criterionId: string,
    @UploadedFile() file: UploadedDocument,
  ): Promise<EvidenceFileView> {
    return this.selfAssessment.uploadEvidence(user, id, criterionId, file);
  }

  @Get('evidence/:evidenceId')
  @ApiProduces('application/octet-stream')
  downloadEvidence(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @Res() response: Response,
  ): Promise<void> {
    return this.selfAssessment.downloadEvidence(user, id, evidenceId, response);
  }

  @Delete('evidence/:evidenceId')
  @HttpCode(204)
  removeEvidence(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('evidenceId', ParseUUIDPipe) evidenceId: string): Promise<void> {
    return this.selfAssessment.removeEvidence(user, id, evidenceId);
  }

  @Get('findings')
  getFindings(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<FindingsView> {
    return this.findings.get(user, id);
  }

  @Put('findings/:criterionId')
  saveFinding(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('criterionId', ParseUUIDPipe) criterionId: string,
    @Body() dto: SaveFindingDto,
  ): Promise<FindingView> {
    return this.findings.save(user, id, criterionId, dto);
  }

  @Put('findings-summary')
  saveFindingsSummary(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SaveFindingsSummaryDto): Promise<FindingsView> {
    return this.findings.saveSummary(user, id, dto);
  }

  @Get('actions')
  listActions(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewActionView[]> {
    return this.actions.list(user, id);
  }

  @Post('actions')
  createAction(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateActionDto): Promise<ReviewActionView> {
    return this.actions.create(user, id, dto);
  }

  @Patch('actions/:actionId')
  updateAction(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() dto: UpdateActionDto,
  ): Promise<ReviewActionView> {
    return this.actions.update(user, id, actionId, dto);
  }

  @Post('actions/:actionId/notes')
  addActionNote(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() dto: AddActionNoteDto,
  ): Promise<ReviewActionView> {
    return this.actions.addNote(user, id, actionId, dto);
  }
}
