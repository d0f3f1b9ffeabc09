import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ExcellenceCandidateView, ExcellencePage, ExcellenceQueryDto, PublishExcellenceDto, ReviewExcellenceView, SessionUser } from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { ExcellenceService } from './excellence.service';

/** What a reviewed trust chooses to share from its review: confidential routes under the review, and the alliance's directory. */
@ApiTags('reviews')
@Controller()
export class ExcellenceController {
  constructor(private readonly excellence: ExcellenceService) {}

  /** The criteria the panel rated Established or Leading, with what is shared of each; 404 to all but the review's content readers. */
  @Get('reviews/:id/excellence')
  forReview(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewExcellenceView> {
    return this.excellence.forReview(user, id);
  }

  /** The reviewed trust's CEO shares (or rewords) one criterion as an area of excellence, in one line. */
  @Put('reviews/:id/excellence/:criterionId')
  publish(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('criterionId', ParseUUIDPipe) criterionId: string,
    @Body() dto: PublishExcellenceDto,
  ): Promise<ExcellenceCandidateView> {
    return this.excellence.publish(user, id, criterionId, dto);
  }

  @Delete('reviews/:id/excellence/:criterionId')
  @HttpCode(204)
  withdraw(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('criterionId', ParseUUIDPipe) criterionId: string): Promise<void> {
    return this.excellence.withdraw(user, id, criterionId);
  }

  /** Areas of excellence that the alliance's trusts have shared, newest first; any active member may search them. */
  @Get('alliances/:allianceId/excellence')
  directory(@CurrentUser() user: SessionUser, @Param('allianceId', ParseUUIDPipe) allianceId: string, @Query() query: ExcellenceQueryDto): Promise<ExcellencePage> {
    return this.excellence.directory(user, allianceId, query);
  }
}
