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
  throttleTouches(store, Math.min(60_000, (config.sessionIdleMinutes * 60_000) / 10));
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

const REMEMBERED_SESSIONS = 10_000;

/**
 * A rolling session is "touched" (its expiry moved on in PostgreSQL) on every request. Doing that at most
 * once a minute per session (or a tenth of the idle timeout, if shorter) keeps the idle timeout right to
 * within that and saves a write on almost every request.
 */
function throttleTouches(store: session.Store, atMostEveryMs: number): void {
  const lastTouched = new Map<string, number>();
  const touch = store.touch?.bind(store);
  if (!touch) return;
  store.touch = (sid, data, callback) => {
    const now = Date.now();
    if (now - (lastTouched.get(sid) ?? 0) < atMostEveryMs) return callback?.();
    lastTouched.delete(sid);
    lastTouched.set(sid, now);
    if (lastTouched.size > REMEMBERED_SESSIONS) lastTouched.delete(lastTouched.keys().next().value as string);
    touch(sid, data, callback);
  };
}
