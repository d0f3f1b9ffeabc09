import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, validateSync, ValidatorOptions } from 'class-validator';
import { UpdateTrustContractDto } from './procurement.dto';
import { OptionalButNotNull } from './validation';

class Example {
  @OptionalButNotNull('Enter a name')
  @Matches(/\S/, { message: 'The name must not be blank' })
  @IsString({ message: 'The name must be text' })
  name?: string;

  @OptionalButNotNull('Enter a count')
  @IsInt({ message: 'The count must be a whole number' })
  count?: number;

  @IsOptional()
  @IsString({ message: 'Notes must be text' })
  notes?: string | null;
}

/** As the API's ValidationPipe validates. */
const API_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true };

function messages(body: object, options: ValidatorOptions = API_OPTIONS, type: new () => object = Example): string[] {
  return validateSync(plainToInstance(type, body), options).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('OptionalButNotNull', () => {
  it('lets a field be left out', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ name: undefined, count: undefined })).toEqual([]);
  });

  it('refuses null with its own message alone, whichever field', () => {
    expect(messages({ name: null })).toEqual(['Enter a name']);
    expect(messages({ count: null })).toEqual(['Enter a count']);
    expect(messages({ name: null, count: null })).toEqual(['Enter a name', 'Enter a count']);
  });

  it('still runs the field’s other checks on a value that is given', () => {
    expect(messages({ name: 'Kent Catering', count: 3 })).toEqual([]);
    expect(messages({ name: '   ' })).toEqual(['The name must not be blank']);
    expect(messages({ name: 42 })).toEqual(['The name must be text']);
    expect(messages({ count: 1.5 })).toEqual(['The count must be a whole number']);
  });

  it('refuses null even when validation does not stop at the first error, or skips missing properties', () => {
    expect(messages({ name: null }, { stopAtFirstError: false })).toContain('Enter a name');
    expect(messages({ name: null }, { skipMissingProperties: true })).toEqual(['Enter a name']);
  });

  it('leaves @IsOptional() fields taking null, for nullable columns', () => {
    expect(messages({ notes: null })).toEqual([]);
  });

  it('guards the trust contract update, field by field', () => {
    const cases: [string, string[]][] = [
      ['category', ['Choose a category']],
      ['supplier', ['Enter the supplier’s name']],
      ['annualValuePence', ['Enter the annual value in pence, a whole number']],
      ['endDate', ['Enter the contract end date, like 2027-08-31']],
      ['schoolIds', ['Choose schools from your organisation']],
      ['notes', []],
    ];
    for (const [field, expected] of cases) expect(messages({ [field]: null }, API_OPTIONS, UpdateTrustContractDto)).toEqual(expected);
  });
});
