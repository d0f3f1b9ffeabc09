import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_MEGABYTES } from '@alliance/contracts';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';

/** The one file of a `multipart/form-data` request, read into memory (uploads are at most 10 MB). */
export interface UploadedDocument {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const readOneFile = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names as UTF-8 without saying so.
  defParamCharset: 'utf8',
  limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6 },
}).single('file');

/** Reads the `file` field, turning multer's errors into messages a person understands. */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { file?: UploadedDocument }>();
    if (!request.is('multipart/form-data')) throw new BadRequestException('Send the file as multipart/form-data in a field called "file".');
    await new Promise<void>((resolve, reject) => readOneFile(request, http.getResponse<Response>(), (error: unknown) => (error ? reject(toHttpError(error)) : resolve())));
    if (!request.file) throw new BadRequestException('Choose a file to upload.');
    return next.handle();
  }
}

function toHttpError(error: unknown): Error {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return new PayloadTooLargeException(`The file must be ${UPLOAD_MAX_MEGABYTES} MB or smaller.`);
    if (error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_UNEXPECTED_FILE') return new BadRequestException('Upload one file at a time, in a field called "file".');
    return new BadRequestException('The upload could not be read. Try again.');
  }
  return new BadRequestException('The upload could not be read. Try again.');
}
