import { createDatabase, databaseUrl, dropDatabase } from '@alliance/local-postgres';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import passport from 'passport';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { AppConfig, loadConfig } from '../src/core/config/app-config';
import { configureApp } from '../src/core/configure-app';
import { MailDelivery } from '../src/mail/mail-delivery.service';
import { TestClient } from './test-client';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** A client with no session yet. */
  client(): TestClient;
  /** A client signed in as a demo person (password alliance-demo). */
  signIn(email: string): Promise<TestClient>;
  deliverMail(): Promise<number>;
  /** Another API process on the same database, as when several serve one alliance. */
  secondProcess(): Promise<TestApp>;
  close(): Promise<void>;
}

/** Boots the real AppModule over HTTP against a private copy of the migrated, seeded template database. */
export async function createTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const adminUrl = process.env['ALLIANCE_TEST_ADMIN_URL'];
  const template = process.env['ALLIANCE_TEST_TEMPLATE_DB'];
  if (!adminUrl || !template) throw new Error('Run the API tests through Jest so that the global setup prepares PostgreSQL.');
  const database = `alliance_test_${randomBytes(6).toString('hex')}`;
  await createDatabase(adminUrl, database, { template });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(adminUrl, database),
    MAIL_WORKER: 'off',
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'alliance-mail-')),
    WEB_DIST_DIR: join(tmpdir(), 'alliance-no-web-app'),
    ...overrides,
  });
  return bootTestApp(config, async () => dropDatabase(adminUrl, database));
}

async function bootTestApp(config: AppConfig, afterClose: () => Promise<void>): Promise<TestApp> {
  const passportBefore = snapshotPassport();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    client: () => new TestClient(server),
    signIn: async (email) => {
      const client = new TestClient(server);
      await client.signIn(email);
      return client;
    },
    deliverMail: () => app.get(MailDelivery).deliverDue(),
    secondProcess: () => bootTestApp(config, async () => undefined),
    close: async () => {
      await app.close();
      restorePassport(passportBefore);
      await afterClose();
    },
  };
}

/**
 * Passport keeps strategies and serializers on a process-wide singleton, so an app booted in a test replaces
 * those of any app already running. Test apps close in the reverse order they were created, so closing one
 * puts back what was there before it. In production there is one app per process and none of this applies.
 */
interface PassportInternals {
  _strategies: Record<string, unknown>;
  _serializers: unknown[];
  _deserializers: unknown[];
}

function snapshotPassport(): PassportInternals {
  const internals = passport as unknown as PassportInternals;
  return { _strategies: { ...internals._strategies }, _serializers: [...internals._serializers], _deserializers: [...internals._deserializers] };
}

function restorePassport(snapshot: PassportInternals): void {
  Object.assign(passport as unknown as PassportInternals, snapshotCopy(snapshot));
}

function snapshotCopy(snapshot: PassportInternals): PassportInternals {
  return { _strategies: { ...snapshot._strategies }, _serializers: [...snapshot._serializers], _deserializers: [...snapshot._deserializers] };
}
