import { BadRequestException, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { LoginDto } from '@alliance/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';

/**
 * Guards run before pipes, so the body is validated here: a malformed request is a 400, not passport's 401.
 * On success passport's logIn regenerates the session, which rotates its id.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const errors = await validate(plainToInstance(LoginDto, request.body ?? {}), { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
    if (errors.length) {
      throw new BadRequestException(errors.flatMap((error) => Object.values(error.constraints ?? {})));
    }
    const result = (await super.canActivate(context)) as boolean;
    await super.logIn(request);
    return result;
  }
}
