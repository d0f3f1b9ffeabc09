import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateReviewDto,
  InvitePanelMemberDto,
  MoveReviewDto,
  Page,
  PanelMemberView,
  RespondToInvitationDto,
  ReviewListItem,
  ReviewListQueryDto,
  ReviewView,
  SessionUser,
  UpdateReviewDto,
} from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { PanelService } from './panel.service';
import { ReviewStagesService } from './review-stages';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly panel: PanelService,
    private readonly stages: ReviewStagesService,
  ) {}

  /** Reviews the person may see: their own trust's, those they are invited to or sit on, and (as summaries) those they coordinate. */
  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: ReviewListQueryDto): Promise<Page<ReviewListItem>> {
    return this.reviews.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateReviewDto): Promise<ReviewView> {
    return this.reviews.create(user, dto);
  }

  /** ReviewDetail for the reviewed trust's CEO and governors and the accepted panel; ReviewInvitationDetail for an invited peer; ReviewSummary for the coordinator. */
  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewView> {
    return this.reviews.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReviewDto): Promise<ReviewView> {
    return this.reviews.update(user, id, dto);
  }

  /** Moves the review one stage on, or (the lead, with a reason) one stage back. */
  @Post(':id/stage')
  @HttpCode(200)
  move(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MoveReviewDto): Promise<ReviewView> {
    return this.stages.move(user, id, dto);
  }

  @Get(':id/panel')
  listPanel(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<PanelMemberView[]> {
    return this.panel.list(user, id);
  }

  @Post(':id/panel')
  invite(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: InvitePanelMemberDto): Promise<PanelMemberView[]> {
    return this.panel.invite(user, id, dto);
  }

  @Delete(':id/panel/:memberId')
  @HttpCode(204)
  removeFromPanel(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<void> {
    return this.panel.remove(user, id, memberId);
  }

  /** The invited person's answer. */
  @Post(':id/invitation')
  @HttpCode(200)
  respond(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RespondToInvitationDto): Promise<PanelMemberView> {
    return this.panel.respond(user, id, dto);
  }
}
