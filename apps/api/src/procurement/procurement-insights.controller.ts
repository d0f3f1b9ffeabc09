import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllianceQueryDto, CategoryFollows, CategoryFollowsDto, ContractRadar, SavingsSummary, SessionUser } from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { CategoryFollowsService } from './category-follows.service';
import { ProcurementInsightsService } from './procurement-insights.service';

@ApiTags('procurement')
@Controller('procurement')
export class ProcurementInsightsController {
  constructor(
    private readonly insights: ProcurementInsightsService,
    private readonly follows: CategoryFollowsService,
  ) {}

  /** Anonymous totals of members' contracts ending in the next four quarters, by category; a figure needs three trusts. */
  @Get('radar')
  radar(@CurrentUser() user: SessionUser, @Query() query: AllianceQueryDto): Promise<ContractRadar> {
    return this.insights.radar(user, query.allianceId);
  }

  /** Savings recorded on awarded needs; the alliance coordinator only. */
  @Get('savings')
  savings(@CurrentUser() user: SessionUser, @Query() query: AllianceQueryDto): Promise<SavingsSummary> {
    return this.insights.savings(user, query.allianceId);
  }

  @Get('follows')
  followedCategories(@CurrentUser() user: SessionUser): Promise<CategoryFollows> {
    return this.follows.get(user);
  }

  @Put('follows')
  followCategories(@CurrentUser() user: SessionUser, @Body() dto: CategoryFollowsDto): Promise<CategoryFollows> {
    return this.follows.replace(user, dto);
  }
}
