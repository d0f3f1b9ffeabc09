import { ConflictException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { toErrorBody } from './all-exceptions.filter';

function postgresError(code: string): QueryFailedError {
  return new QueryFailedError('UPDATE x SET y = $1', [null], Object.assign(new Error('violates constraint'), { code }));
}

describe('the error body every failure is answered with', () => {
  it('keeps the status and message of an HTTP exception', () => {
    expect(toErrorBody(new ConflictException('That person is already on the panel.'))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'That person is already on the panel.',
    });
  });

  it('answers the database refusing bad input with a 4xx that names no table or column', () => {
    expect(toErrorBody(postgresError('23502'))).toEqual({ statusCode: 400, error: 'Bad Request', message: 'A required value is missing.' });
    expect(toErrorBody(postgresError('23505'))).toEqual({ statusCode: 409, error: 'Conflict', message: 'That already exists.' });
    expect(toErrorBody(postgresError('22007'))).toEqual({ statusCode: 400, error: 'Bad Request', message: 'A date is not valid.' });
  });

  it('explains a request body too large or not JSON', () => {
    expect(toErrorBody({ status: 413, type: 'entity.too.large' })).toMatchObject({ statusCode: 413, message: 'The request is too large.' });
    expect(toErrorBody({ status: 400, type: 'entity.parse.failed' })).toMatchObject({ statusCode: 400, message: 'The request body is not valid JSON.' });
  });

  it('gives nothing away about anything else', () => {
    expect(toErrorBody(postgresError('40P01'))).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side. Try again later.' });
    expect(toErrorBody(new TypeError("Cannot read properties of null (reading 'trim')"))).toMatchObject({ statusCode: 500 });
  });
});
