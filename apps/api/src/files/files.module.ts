import { Global, Module } from '@nestjs/common';
import { FileStore } from './file-store.service';
import { UploadInterceptor } from './upload.interceptor';

/** Uploaded documents for every domain: each links to a stored file from its own table and checks access itself. */
@Global()
@Module({
  providers: [FileStore, UploadInterceptor],
  exports: [FileStore, UploadInterceptor],
})
export class FilesModule {}
