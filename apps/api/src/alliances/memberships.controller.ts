import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllianceSummary, SessionUser } from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { MembershipsService } from './memberships.service';

@ApiTags('alliances')
@Controller('memberships/:id')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Post('accept')
  @HttpCode(200)
  accept(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<AllianceSummary> {
    return this.memberships.accept(user, id);
  }

  @Post('leave')
  @HttpCode(204)
  leave(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.memberships.leave(user, id);
  }
}
