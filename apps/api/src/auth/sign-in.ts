import type { SessionUser } from '@alliance/contracts';
import type { Request, Response } from 'express';
import { issueXsrfToken } from '../core/security/csrf.middleware';

declare module 'express-session' {
  interface SessionData {
    signedInAt?: number;
  }
}

/** Starts a fresh session for the person (passport regenerates the id) and a fresh CSRF token. */
export async function startSession(request: Request, response: Response, user: SessionUser, secureCookies: boolean): Promise<void> {
  if (request.user !== user) {
    await new Promise<void>((resolve, reject) => request.logIn(user, (error) => (error ? reject(error) : resolve())));
  }
  request.session.signedInAt = Date.now();
  issueXsrfToken(response, secureCookies);
}

export async function endSession(request: Request, response: Response, cookieName: string): Promise<void> {
  await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
  response.clearCookie(cookieName, { path: '/' });
}
