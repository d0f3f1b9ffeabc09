import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import type { Request } from 'express';

/** The signed-in person, from the session only. Throws 401 when there is none, so a handler can never run unscoped. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser => {
  const request = context.switchToHttp().getRequest<Request>();
  const user = request.user as SessionUser | undefined;
  if (!user) throw new UnauthorizedException('Sign in to continue.');
  return user;
});
