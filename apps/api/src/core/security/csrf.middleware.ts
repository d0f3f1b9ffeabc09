import { ForbiddenException } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit cookie in Angular's convention: the browser app copies the readable XSRF-TOKEN cookie
 * into the X-XSRF-TOKEN header. Libraries such as csrf-csrf sign the cookie, so its value is not the
 * header value Angular sends; this is the small, plain version that matches Angular.
 */
export function csrfProtection(options: { secureCookies: boolean; exemptPaths: string[] }) {
  const exempt = new Set(options.exemptPaths);
  return (request: Request, response: Response, next: NextFunction) => {
    const cookieToken: unknown = request.cookies?.[XSRF_COOKIE];
    if (typeof cookieToken !== 'string' || cookieToken.length < 32) {
      issueXsrfToken(response, options.secureCookies);
    }
    if (SAFE_METHODS.has(request.method) || exempt.has(request.path)) return next();
    const headerToken = request.header(XSRF_HEADER);
    if (typeof cookieToken === 'string' && typeof headerToken === 'string' && tokensMatch(cookieToken, headerToken)) {
      return next();
    }
    next(new ForbiddenException('Your session could not be verified. Reload the page and try again.'));
  };
}

export function issueXsrfToken(response: Response, secure: boolean): string {
  const token = randomBytes(32).toString('base64url');
  response.cookie(XSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  return token;
}

function tokensMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
