import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import passport from 'passport';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from './config/app-config';
import { AllExceptionsFilter, toErrorBody } from './http/all-exceptions.filter';
import { csrfProtection } from './security/csrf.middleware';
import { createSessionMiddleware } from './security/session.config';

/** Everything main.ts and the integration tests share, so tests exercise the app exactly as it runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.setGlobalPrefix('api');
  app.set('trust proxy', process.env['TRUST_PROXY'] ?? 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material and the CDK add style elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.secureCookies ? [] : null,
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  app.use(cookieParser());
  const pool = (app.get(DataSource).driver as PostgresDriver).master;
  const sessions = createSessionMiddleware(pool, config);
  app.use('/api', sessions.handler, sessions.absoluteTimeout, passport.initialize(), passport.session());
  app.use('/api', csrfProtection({ secureCookies: config.secureCookies, exemptPaths: ['/auth/login'] }));
  // Errors raised by the middleware above (body too large, bad JSON, CSRF) never reach Nest's filters.
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    const body = toErrorBody(error);
    response.status(body.statusCode).json(body);
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Alliance API')
      .setDescription('School trusts working together: alliances, peer reviews, procurement, ECT cohorts, training events and networks.')
      .setVersion('1.0')
      .addCookieAuth('alliance.sid')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  app.enableShutdownHooks();
  const httpServer = app.getHttpServer();
  httpServer.on('close', () => sessions.close());
}
