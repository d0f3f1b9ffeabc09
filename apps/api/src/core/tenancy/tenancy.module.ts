import { Global, Module } from '@nestjs/common';
import { AllianceAccess } from './alliance-access.service';

@Global()
@Module({ providers: [AllianceAccess], exports: [AllianceAccess] })
export class TenancyModule {}
