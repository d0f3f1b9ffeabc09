import { join } from 'node:path';

export interface AppConfig {
  production: boolean;
  port: number;
  databaseUrl: string;
  publicUrl: string;
  webDistDir: string;
  mailDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  mailWorkerEnabled: boolean;
  seedDemoData: boolean;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  bodyLimit: string;
  sessionSecret: string;
}

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) {
    throw new Error('DATABASE_URL is not set. Start the portal with `npm start`, which provides a database.');
  }
  const production = env['NODE_ENV'] === 'production';
  const port = numberFrom(env['PORT'], 3000);
  const sessionSecret = env['SESSION_SECRET'];
  if (production && (!sessionSecret || sessionSecret.length < 32)) {
    throw new Error('SESSION_SECRET must be set to at least 32 random characters in production.');
  }
  const publicUrl = (env['PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    production,
    port,
    databaseUrl,
    publicUrl,
    webDistDir: env['WEB_DIST_DIR'] ?? join(process.cwd(), 'dist/apps/web/browser'),
    mailDir: env['MAIL_DIR'] ?? join(process.cwd(), '.data/mail'),
    smtpUrl: env['SMTP_URL'] || null,
    mailFrom: env['MAIL_FROM'] ?? 'Alliance <no-reply@alliance.test>',
    mailWorkerEnabled: env['MAIL_WORKER'] !== 'off',
    seedDemoData: !production && env['SEED_DEMO_DATA'] !== 'false',
    secureCookies: env['SECURE_COOKIES'] ? env['SECURE_COOKIES'] === 'true' : publicUrl.startsWith('https://'),
    sessionIdleMinutes: numberFrom(env['SESSION_IDLE_MINUTES'], 120),
    sessionAbsoluteHours: numberFrom(env['SESSION_ABSOLUTE_HOURS'], 12),
    bodyLimit: env['BODY_LIMIT'] ?? '1mb',
    // Every API process must sign cookies with the same secret; outside production a fixed one is enough.
    sessionSecret: sessionSecret ?? 'alliance-development-session-secret-not-for-production',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
