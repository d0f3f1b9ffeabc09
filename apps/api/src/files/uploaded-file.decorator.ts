import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { UploadedDocument } from './upload.interceptor';

/** The file read by UploadInterceptor (which refuses the request when there is none). */
export const UploadedFile = createParamDecorator((_: unknown, context: ExecutionContext): UploadedDocument | undefined => {
  return context.switchToHttp().getRequest<{ file?: UploadedDocument }>().file;
});
