import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AcceptInvitationDto, InvitationPreview, SessionUser } from '@alliance/contracts';
import type { Request, Response } from 'express';
import { SessionUsers } from '../auth/session-users.service';
import { startSession } from '../auth/sign-in';
import { Public } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { PersonInvitationsService } from './person-invitations.service';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

@ApiTags('organisations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: PersonInvitationsService,
    private readonly sessionUsers: SessionUsers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Delete('person-invitations/:id')
  @HttpCode(204)
  revoke(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.invitations.revoke(user, id);
  }

  @Public()
  @Get('invitations/:token')
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(checkToken(token));
  }

  @Public()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  async accept(
    @Param('token') token: string,
    @Body() dto: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const userId = await this.invitations.accept(checkToken(token), dto);
    const user = await this.sessionUsers.load(userId);
    if (!user) throw new NotFoundException();
    await startSession(request, response, user, this.config.secureCookies);
    return user;
  }
}

function checkToken(token: string): string {
  if (!TOKEN_PATTERN.test(token)) throw new NotFoundException('This invitation link is not valid or has expired.');
  return token;
}
