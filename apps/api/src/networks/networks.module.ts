import { Module } from '@nestjs/common';
import { LibraryController, PublicLibraryController } from './library.controller';
import { LibraryService } from './library.service';
import { MeetingsService } from './meetings.service';
import { NetworkAccess } from './network-access.service';
import { NetworkHubsController, NetworkMeetingsController, NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';
import { ResourceFiles } from './resource-files';

@Module({
  controllers: [NetworksController, NetworkHubsController, NetworkMeetingsController, LibraryController, PublicLibraryController],
  providers: [NetworkAccess, NetworksService, MeetingsService, LibraryService, ResourceFiles],
  /** The events module's calendar feed lists the meetings people are going to. */
  exports: [MeetingsService],
})
export class NetworksModule {}
