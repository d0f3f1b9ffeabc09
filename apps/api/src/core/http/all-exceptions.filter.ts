import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@alliance/contracts';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Errors raised by body-parser before Nest sees the request carry their HTTP status and a type. */
interface BodyParserError {
  status: number;
  type: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof (error as BodyParserError).status === 'number';
}

const POSTGRES_ERRORS: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'That already exists.' },
  '23503': { status: 409, message: 'That refers to something that does not exist or is still in use.' },
  '23502': { status: 400, message: 'A required value is missing.' },
  '22P02': { status: 400, message: 'A value is not in the expected format.' },
  '22001': { status: 400, message: 'A value is too long.' },
  '22003': { status: 400, message: 'A number is out of range.' },
  '22007': { status: 400, message: 'A date is not valid.' },
  '22008': { status: 400, message: 'A date is out of range.' },
};

export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? error.message);
    return { statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message };
  }
  if (isBodyParserError(error)) {
    const statusCode = error.status;
    const message =
      error.type === 'entity.too.large'
        ? 'The request is too large.'
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : 'The request body could not be read.';
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message };
  }
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string } | undefined)?.code;
    const known = code ? POSTGRES_ERRORS[code] : undefined;
    if (known) return { statusCode: known.status, error: REASONS[known.status], message: known.message };
  }
  return { statusCode: 500, error: REASONS[500], message: 'Something went wrong on our side. Try again later.' };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(error);
    if (body.statusCode >= 500) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }
}
