import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { SEARCH_MAX_LENGTH } from './limits';
import { OptionalButNotNull } from './validation';
import { PageQueryDto } from './pagination.dto';
import {
  CONTRACT_NOTES_MAX_LENGTH,
  MAX_PENCE,
  NEED_DESCRIPTION_MAX_LENGTH,
  NEED_MAX_SCHOOLS,
  NEED_NOTES_MAX_LENGTH,
  NEED_QUESTION_MAX_LENGTH,
  NEED_SAVING_METHOD_MAX_LENGTH,
  NEED_SORTS,
  NEED_STATUSES,
  NEED_SUPPLIER_MAX_LENGTH,
  NEED_TITLE_MAX_LENGTH,
  PROCUREMENT_CATEGORIES,
  ROUTES_TO_MARKET,
} from './procurement';
import type { NeedSort, NeedStatus, ProcurementCategory, RouteToMarket } from './procurement';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PENCE_TOO_BIG = `must be ${MAX_PENCE} pence (£1 billion) or less`;
const CHOOSE_SCHOOLS = 'Choose schools from your organisation';

export class CreateNeedDto {
  @IsUUID('4', { message: 'Choose the alliance the need is for' })
  allianceId!: string;

  @MaxLength(NEED_TITLE_MAX_LENGTH, { message: `The title must be ${NEED_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title!: string;

  @IsIn(PROCUREMENT_CATEGORIES, { message: 'Choose a category from the list' })
  category!: ProcurementCategory;

  @MaxLength(NEED_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${NEED_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a description' })
  @IsString({ message: 'Enter a description' })
  description!: string;

  @Max(MAX_PENCE, { message: `The estimated annual value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The estimated annual value must be 0 or more' })
  @IsInt({ message: 'Enter the estimated annual value as a whole number of pence' })
  estimatedAnnualValuePence!: number;

  /** Nullable: null (or leaving it out) means no end date. */
  @IsOptional()
  @Matches(DATE, { message: 'The contract end date must be a date like 2027-08-31' })
  @IsString({ message: 'The contract end date must be a date like 2027-08-31' })
  contractEndDate?: string | null;

  @Matches(DATE, { message: 'The closing date must be a date like 2027-03-31' })
  @IsString({ message: 'Enter the closing date, like 2027-03-31' })
  closingDate!: string;

  @OptionalButNotNull('Choose draft or open')
  @IsIn(['draft', 'open'], { message: 'Choose draft or open' })
  status?: 'draft' | 'open';

  /** Schools of the poster's own organisation that the need covers. */
  @OptionalButNotNull(CHOOSE_SCHOOLS)
  @IsUUID('4', { each: true, message: 'Choose schools from your organisation' })
  @ArrayUnique({ message: 'Choose each school once' })
  @ArrayMaxSize(NEED_MAX_SCHOOLS)
  @IsArray({ message: 'Choose schools from your organisation' })
  schoolIds?: string[];

  @OptionalButNotNull('Choose a route to market')
  @IsIn(ROUTES_TO_MARKET, { message: 'Choose a route to market from the list' })
  routeToMarket?: RouteToMarket;
}

export class UpdateNeedDto {
  @OptionalButNotNull('Enter a title')
  @MaxLength(NEED_TITLE_MAX_LENGTH, { message: `The title must be ${NEED_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title?: string;

  @OptionalButNotNull('Choose a category')
  @IsIn(PROCUREMENT_CATEGORIES, { message: 'Choose a category from the list' })
  category?: ProcurementCategory;

  @OptionalButNotNull('Enter a description')
  @MaxLength(NEED_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${NEED_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a description' })
  @IsString({ message: 'Enter a description' })
  description?: string;

  @OptionalButNotNull('Enter the estimated annual value in pence, a whole number')
  @Max(MAX_PENCE, { message: `The estimated annual value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The estimated annual value must be 0 or more' })
  @IsInt({ message: 'Enter the estimated annual value as a whole number of pence' })
  estimatedAnnualValuePence?: number;

  /** Nullable: null (or leaving it out) means no end date. */
  @IsOptional()
  @Matches(DATE, { message: 'The contract end date must be a date like 2027-08-31' })
  @IsString({ message: 'The contract end date must be a date like 2027-08-31' })
  contractEndDate?: string | null;

  @OptionalButNotNull('Enter the closing date, like 2027-03-31')
  @Matches(DATE, { message: 'The closing date must be a date like 2027-03-31' })
  @IsString({ message: 'The closing date must be a date like 2027-03-31' })
  closingDate?: string;

  @OptionalButNotNull(CHOOSE_SCHOOLS)
  @IsUUID('4', { each: true, message: 'Choose schools from your organisation' })
  @ArrayUnique({ message: 'Choose each school once' })
  @ArrayMaxSize(NEED_MAX_SCHOOLS)
  @IsArray({ message: 'Choose schools from your organisation' })
  schoolIds?: string[];

  @OptionalButNotNull('Choose a route to market')
  @IsIn(ROUTES_TO_MARKET, { message: 'Choose a route to market from the list' })
  routeToMarket?: RouteToMarket;
}

export class ExpressInterestDto {
  /** Schools of the interested organisation the interest covers. */
  @OptionalButNotNull(CHOOSE_SCHOOLS)
  @IsUUID('4', { each: true, message: 'Choose schools from your organisation' })
  @ArrayUnique({ message: 'Choose each school once' })
  @ArrayMaxSize(NEED_MAX_SCHOOLS)
  @IsArray({ message: 'Choose schools from your organisation' })
  schoolIds?: string[];

  /** Nullable: null clears the value. */
  @IsOptional()
  @Max(MAX_PENCE, { message: `The estimated value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The estimated value must be 0 or more' })
  @IsInt({ message: 'Enter the estimated value as a whole number of pence' })
  estimatedValuePence?: number | null;

  /** Nullable: null, like empty text, clears the notes. */
  @IsOptional()
  @MaxLength(NEED_NOTES_MAX_LENGTH, { message: `Notes must be ${NEED_NOTES_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Notes must be text' })
  notes?: string | null;
}

export class AskQuestionDto {
  @MaxLength(NEED_QUESTION_MAX_LENGTH, { message: `The question must be ${NEED_QUESTION_MAX_LENGTH} characters or fewer` })
  @Matches(/\S/, { message: 'Enter your question' })
  @IsString({ message: 'Enter your question' })
  question!: string;
}

export class AnswerQuestionDto {
  @MaxLength(NEED_QUESTION_MAX_LENGTH, { message: `The answer must be ${NEED_QUESTION_MAX_LENGTH} characters or fewer` })
  @Matches(/\S/, { message: 'Enter your answer' })
  @IsString({ message: 'Enter your answer' })
  answer!: string;
}

export class PinQuestionDto {
  /** Pinned questions are listed first; omit to pin. */
  @OptionalButNotNull('pinned must be true or false')
  @IsBoolean({ message: 'pinned must be true or false' })
  pinned?: boolean;
}

const isAwarded = (dto: MoveNeedDto) => dto.status === 'awarded';

export class MoveNeedDto {
  @IsIn(NEED_STATUSES, { message: 'Choose a status: open, closed, awarded or abandoned' })
  status!: NeedStatus;

  @ValidateIf(isAwarded)
  @MaxLength(NEED_SUPPLIER_MAX_LENGTH, { message: `The supplier must be ${NEED_SUPPLIER_MAX_LENGTH} characters or fewer` })
  @Matches(/\S/, { message: 'Enter the supplier the contract was awarded to' })
  @IsString({ message: 'Enter the supplier the contract was awarded to' })
  supplier?: string;

  @ValidateIf(isAwarded)
  @Matches(DATE, { message: 'Enter the contract start date, like 2027-09-01' })
  @IsString({ message: 'Enter the contract start date, like 2027-09-01' })
  contractStartDate?: string;

  @ValidateIf(isAwarded)
  @Max(240, { message: 'The contract length must be 240 months or fewer' })
  @Min(1, { message: 'The contract length must be at least 1 month' })
  @IsInt({ message: 'Enter the contract length as a whole number of months' })
  contractLengthMonths?: number;

  @ValidateIf(isAwarded)
  @Max(MAX_PENCE, { message: `The saving ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The saving must be 0 or more' })
  @IsInt({ message: 'Enter the saving as a whole number of pence' })
  savingPence?: number;

  @ValidateIf(isAwarded)
  @MaxLength(NEED_SAVING_METHOD_MAX_LENGTH, { message: `How the saving was worked out must be ${NEED_SAVING_METHOD_MAX_LENGTH} characters or fewer` })
  @Matches(/\S/, { message: 'Explain how the saving was worked out' })
  @IsString({ message: 'Explain how the saving was worked out' })
  savingMethod?: string;
}

export class NeedListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('4', { message: 'allianceId must be a UUID' })
  allianceId?: string;

  @IsOptional()
  @IsIn(PROCUREMENT_CATEGORIES, { message: 'Choose a category from the list' })
  category?: ProcurementCategory;

  @IsOptional()
  @IsIn(NEED_STATUSES, { message: 'Choose a status from the list' })
  status?: NeedStatus;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  closingSoon?: boolean;

  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH)
  @IsString()
  search?: string;

  /** Only needs whose estimated annual value is at least this many pence. */
  @IsOptional()
  @Max(MAX_PENCE, { message: `The minimum value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The minimum value must be 0 or more' })
  @IsInt({ message: 'Enter the minimum value as a whole number of pence' })
  @Type(() => Number)
  minValuePence?: number;

  @IsOptional()
  @IsIn(NEED_SORTS, { message: 'Sort by closing, value or newest' })
  sort?: NeedSort;
}

export class CreateTrustContractDto {
  @IsIn(PROCUREMENT_CATEGORIES, { message: 'Choose a category from the list' })
  category!: ProcurementCategory;

  @MaxLength(NEED_SUPPLIER_MAX_LENGTH, {
    message: `The supplier must be ${NEED_SUPPLIER_MAX_LENGTH} characters or fewer`,
  })
  @Matches(/\S/, { message: 'Enter the supplier' })
  @IsString({ message: 'Enter the supplier' })
  supplier!: string;

  @Max(MAX_PENCE, { message: `The annual value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The annual value must be 0 or more' })
  @IsInt({ message: 'Enter the annual value as a whole number of pence' })
  annualValuePence!: number;

  @Matches(DATE, { message: 'Enter the contract end date, like 2027-08-31' })
  @IsString({ message: 'Enter the contract end date, like 2027-08-31' })
  endDate!: string;

  /** Schools of the trust the contract covers. */
  @OptionalButNotNull(CHOOSE_SCHOOLS)
  @IsUUID('4', { each: true, message: 'Choose schools from your organisation' })
  @ArrayUnique({ message: 'Choose each school once' })
  @ArrayMaxSize(NEED_MAX_SCHOOLS)
  @IsArray({ message: 'Choose schools from your organisation' })
  schoolIds?: string[];

  /** Nullable: null, like empty text, clears the notes. */
  @IsOptional()
  @MaxLength(CONTRACT_NOTES_MAX_LENGTH, {
    message: `Notes must be ${CONTRACT_NOTES_MAX_LENGTH} characters or fewer`,
  })
  @IsString({ message: 'Notes must be text' })
  notes?: string | null;
}

export class UpdateTrustContractDto {
  @OptionalButNotNull('Choose a category')
  @IsIn(PROCUREMENT_CATEGORIES, { message: 'Choose a category from the list' })
  category?: ProcurementCategory;

  @OptionalButNotNull('Enter the supplier’s name')
  @MaxLength(NEED_SUPPLIER_MAX_LENGTH, {
    message: `The supplier must be ${NEED_SUPPLIER_MAX_LENGTH} characters or fewer`,
  })
  @Matches(/\S/, { message: 'Enter the supplier' })
  @IsString({ message: 'Enter the supplier' })
  supplier?: string;

  @OptionalButNotNull('Enter the annual value in pence, a whole number')
  @Max(MAX_PENCE, { message: `The annual value ${PENCE_TOO_BIG}` })
  @Min(0, { message: 'The annual value must be 0 or more' })
  @IsInt({ message: 'Enter the annual value as a whole number of pence' })
  annualValuePence?: number;

  @OptionalButNotNull('Enter the contract end date, like 2027-08-31')
  @Matches(DATE, { message: 'Enter the contract end date, like 2027-08-31' })
  @IsString({ message: 'Enter the contract end date, like 2027-08-31' })
  endDate?: string;

  @OptionalButNotNull(CHOOSE_SCHOOLS)
  @IsUUID('4', { each: true, message: 'Choose schools from your organisation' })
  @ArrayUnique({ message: 'Choose each school once' })
  @ArrayMaxSize(NEED_MAX_SCHOOLS)
  @IsArray({ message: 'Choose schools from your organisation' })
  schoolIds?: string[];

  /** Nullable: null, like empty text, clears the notes. */
  @IsOptional()
  @MaxLength(CONTRACT_NOTES_MAX_LENGTH, {
    message: `Notes must be ${CONTRACT_NOTES_MAX_LENGTH} characters or fewer`,
  })
  @IsString({ message: 'Notes must be text' })
  notes?: string | null;
}

/** The alliance a radar or savings summary is for. */
export class AllianceQueryDto {
  @IsUUID('4', { message: 'Choose an alliance' })
  allianceId!: string;
}

export class CategoryFollowsDto {
  @IsIn(PROCUREMENT_CATEGORIES, {
    each: true,
    message: 'Choose categories from the list',
  })
  @ArrayUnique({ message: 'Choose each category once' })
  @ArrayMaxSize(PROCUREMENT_CATEGORIES.length)
  @IsArray({ message: 'Choose categories from the list' })
  categories!: ProcurementCategory[];
}
