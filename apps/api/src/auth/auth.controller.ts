import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LoginDto, SessionUser } from '@alliance/contracts';
import type { Request, Response } from 'express';
import { Public } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { SESSION_COOKIE } from '../core/security/session.config';
import { LocalAuthGuard } from './local-auth.guard';
import { endSession, startSession } from './sign-in';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() _credentials: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const user = request.user as SessionUser;
    await startSession(request, response, user, this.config.secureCookies);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await endSession(request, response, SESSION_COOKIE);
  }

  @Get('me')
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }
}
