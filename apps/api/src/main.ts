import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { PasswordHasher } from './auth/password-hasher.service';
import { loadConfig } from './core/config/app-config';
import { configureApp } from './core/configure-app';
import { seedDemoDataIfEmpty } from './demo/demo-seed';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false });
  configureApp(app, config);
  if (config.seedDemoData) {
    const seeded = await seedDemoDataIfEmpty(app.get(DataSource), app.get(PasswordHasher));
    if (seeded) Logger.log('Added the demo alliances, trusts and people (password: alliance-demo)', 'Bootstrap');
  }
  const server = await app.listen(config.port);
  // Longer than the idle timeouts of clients and load balancers (commonly 60 s), so the server never closes
  // a kept-alive connection at the moment a client sends a request on it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  Logger.log(`Alliance is ready on ${config.publicUrl}`, 'Bootstrap');
}

void bootstrap();
