import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CopyFrameworkDto, FrameworkDetail, FrameworkListQueryDto, FrameworkSummary, SessionUser, UpdateFrameworkDto } from '@alliance/contracts';
import { Allow } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import { FrameworksService } from './frameworks.service';

/** Review frameworks as reference data: the platform's for everyone, an alliance's copies for its members. */
@ApiTags('reviews')
@Controller('reference/review-frameworks')
export class FrameworkReferenceController {
  constructor(private readonly frameworks: FrameworksService) {}

  /** Current versions only; `allianceId` narrows the alliance copies to one alliance. */
  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: FrameworkListQueryDto): Promise<FrameworkSummary[]> {
    return this.frameworks.list(user, query.allianceId);
  }

  /** Any version, with its areas, criteria and descriptors. */
  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<FrameworkDetail> {
    return this.frameworks.detail(user, id);
  }
}

/** The coordinator's copies of frameworks for their alliance. */
@ApiTags('reviews')
@Controller('review-frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Post()
  @Allow('coordinator')
  copy(@CurrentUser() user: SessionUser, @Body() dto: CopyFrameworkDto): Promise<FrameworkDetail> {
    return this.frameworks.copy(user, dto);
  }

  /** Replaces the content; when a review uses this version, the content becomes a new version instead. */
  @Put(':id')
  @Allow('coordinator')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateFrameworkDto): Promise<FrameworkDetail> {
    return this.frameworks.update(user, id, dto);
  }
}
