import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  CreateNeedDto,
  ExpressInterestDto,
  InterestView,
  MoveNeedDto,
  NeedDetail,
  NeedInterests,
  NeedListQueryDto,
  NeedQuestionView,
  NeedSummary,
  Page,
  PinQuestionDto,
  SessionUser,
  UpdateNeedDto,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { NeedQuestionsService } from './need-questions.service';
import { ProcurementService } from './procurement.service';

@ApiTags('procurement')
@Controller('procurement/needs')
export class ProcurementNeedsController {
  constructor(
    private readonly needs: ProcurementService,
    private readonly questions: NeedQuestionsService,
  ) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: NeedListQueryDto): Promise<Page<NeedSummary>> {
    return this.needs.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateNeedDto): Promise<NeedDetail> {
    return this.needs.create(user, dto);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<NeedDetail> {
    return this.needs.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNeedDto): Promise<NeedDetail> {
    return this.needs.update(user, id, dto);
  }

  /** Moves the need forward: draft → open → closed → awarded | abandoned. */
  @Post(':id/status')
  @HttpCode(200)
  move(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MoveNeedDto): Promise<NeedDetail> {
    return this.needs.move(user, id, dto);
  }

  /** Creates or updates the signed-in person's organisation's interest. */
  @Post(':id/interests')
  expressInterest(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ExpressInterestDto): Promise<InterestView> {
    return this.needs.expressInterest(user, id, dto);
  }

  @Delete(':id/interests/mine')
  @HttpCode(204)
  withdrawInterest(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.needs.withdrawInterest(user, id);
  }

  @Get(':id/interests')
  interests(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<NeedInterests> {
    return this.needs.interests(user, id);
  }

  @Get(':id/questions')
  listQuestions(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<NeedQuestionView[]> {
    return this.questions.list(user, id);
  }

  @Post(':id/questions')
  ask(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AskQuestionDto): Promise<NeedQuestionView> {
    return this.questions.ask(user, id, dto);
  }
}

@ApiTags('procurement')
@Controller('procurement/questions')
export class NeedQuestionsController {
  constructor(private readonly questions: NeedQuestionsService) {}

  @Post(':id/answer')
  @HttpCode(200)
  answer(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerQuestionDto): Promise<NeedQuestionView> {
    return this.questions.answer(user, id, dto);
  }

  @Post(':id/pin')
  @HttpCode(200)
  pin(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PinQuestionDto): Promise<NeedQuestionView> {
    return this.questions.pin(user, id, dto);
  }
}
