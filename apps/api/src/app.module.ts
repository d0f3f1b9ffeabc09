import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AlliancesModule } from './alliances/alliances.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { SignedInGuard } from './core/access/allow.decorator';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { dataSourceOptions } from './core/database/data-source-options';
import { migrate } from './core/database/prepare-database';
import { HealthController } from './core/health/health.controller';
import { TenancyModule } from './core/tenancy/tenancy.module';
import { EventsModule } from './events/events.module';
import { FilesModule } from './files/files.module';
import { GiasModule } from './gias/gias.module';
import { MailModule } from './mail/mail.module';
import { NetworksModule } from './networks/networks.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ProcurementModule } from './procurement/procurement.module';
import { ReferenceModule } from './reference/reference.module';
import { ReviewsModule } from './reviews/reviews.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webApp = existsSync(config.webDistDir)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDistDir, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.databaseUrl),
          dataSourceFactory: async (options) => migrate(new DataSource(options!)),
        }),
        TenancyModule,
        AuditModule,
        MailModule,
        FilesModule,
        AuthModule,
        OrganisationsModule,
        AlliancesModule,
        ReferenceModule,
        EventsModule,
        GiasModule,
        ProcurementModule,
        ReviewsModule,
        CohortsModule,
        NetworksModule,
        ...webApp,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: SignedInGuard }],
    };
  }
}
