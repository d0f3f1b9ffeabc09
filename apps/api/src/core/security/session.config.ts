import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'alliance.sid';

export interface SessionMiddleware {
  handler: RequestHandler;
  absoluteTimeout: RequestHandler;
  close(): void;
}

/**
 * Sessions live in PostgreSQL so any API process can serve any person. The cookie rolls with activity
 * (idle timeout); signedInAt caps a session's whole life (absolute timeout).
 */
export function createSessionMiddleware(pool: Pool, config: AppConfig): SessionMiddleware {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool,
    tableName: 'user_sessions',
    createTableIfMissing: false,
    pruneSessionInterval: config.mailWorkerEnabled ? 15 * 60 : false,
  });
  const handler = session({
    name: SESSION_COOKIE,
    store,
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: config.sessionIdleMinutes * 60 * 1000, path: '/' },
  });
  const absoluteLimitMs = config.sessionAbsoluteHours * 60 * 60 * 1000;
  const absoluteTimeout = (request: Request, _response: Response, next: NextFunction) => {
    const signedInAt = request.session?.signedInAt;
    if (signedInAt && Date.now() - signedInAt > absoluteLimitMs) {
      request.session.regenerate((error) => next(error));
      return;
    }
    next();
  };
  return { handler, absoluteTimeout, close: () => store.close() };
}
