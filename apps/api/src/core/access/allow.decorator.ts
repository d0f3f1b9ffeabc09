import { applyDecorators, CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role, SessionUser } from '@alliance/contracts';
import type { Request } from 'express';

const PUBLIC_KEY = 'alliance:public';
const ROLES_KEY = 'alliance:roles';

/** A route anyone may call, signed in or not. Every other route needs a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The route needs a session and one of these roles in the person's organisation (or platform role). */
export const Allow = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(RolesGuard));

/** Registered globally: nothing is reachable without a session unless marked @Public(). */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!context.switchToHttp().getRequest<Request>().user) throw new UnauthorizedException('Sign in to continue.');
    return true;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const user = context.switchToHttp().getRequest<Request>().user as SessionUser | undefined;
    if (!user) throw new UnauthorizedException('Sign in to continue.');
    if (roles.length && !roles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException('Your role does not allow this.');
    }
    return true;
  }
}
