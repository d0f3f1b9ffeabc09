import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ATTENDANCE_VALUES, EVENT_DESCRIPTION_MAX_LENGTH, EVENT_FORMATS, EVENT_MAX_CAPACITY, EVENT_MAX_SERIES_DATES, EVENT_TITLE_MAX_LENGTH } from './events';
import type { Attendance, EventFormat } from './events';
import { SEARCH_MAX_LENGTH } from './limits';
import { PageQueryDto } from './pagination.dto';
import { OptionalButNotNull } from './validation';
import { ROLES } from './roles';
import type { Role } from './roles';

const ISO = { strict: true, strictSeparator: true };
const ISO_MESSAGE = 'must be a date and time like 2027-03-04T09:30:00Z';

export class EventDatesDto {
  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt!: string;

  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt!: string;
}

export class CreateEventDto {
  @IsUUID('4', { message: 'Choose the alliance the event is for' })
  allianceId!: string;

  @MaxLength(EVENT_TITLE_MAX_LENGTH, { message: `The title must be ${EVENT_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title!: string;

  @MaxLength(EVENT_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${EVENT_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter a description' })
  description!: string;

  @IsIn(ROLES, { each: true, message: 'Choose the audience from the list of roles' })
  @ArrayUnique()
  @ArrayMinSize(1, { message: 'Choose who the event is for' })
  @IsArray()
  audience!: Role[];

  @IsIn(EVENT_FORMATS, { message: 'Choose in person or online' })
  format!: EventFormat;

  @ValidateIf((event: CreateEventDto) => event.format === 'in_person' || event.venue !== undefined)
  @MaxLength(200)
  @MinLength(1, { message: 'Enter the venue' })
  @IsString({ message: 'Enter the venue' })
  venue?: string;

  @IsOptional()
  @MaxLength(500)
  @IsString()
  address?: string;

  @ValidateIf((event: CreateEventDto) => event.format === 'online' || event.onlineUrl !== undefined)
  @MaxLength(500)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter the joining link, starting https://' })
  onlineUrl?: string;

  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt!: string;

  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt!: string;

  @Type(() => Number)
  @Max(EVENT_MAX_CAPACITY, { message: `Capacity must be ${EVENT_MAX_CAPACITY} or fewer` })
  @Min(1, { message: 'Capacity must be at least 1' })
  @IsInt({ message: 'Capacity must be a whole number' })
  capacity!: number;

  @IsOptional()
  @IsISO8601(ISO, { message: `bookingDeadline ${ISO_MESSAGE}` })
  bookingDeadline?: string;

  /** Further dates of the same course: each becomes an event of its own, linked as a series. */
  @IsOptional()
  @Type(() => EventDatesDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(EVENT_MAX_SERIES_DATES, { message: `A series can have at most ${EVENT_MAX_SERIES_DATES} further dates` })
  @IsArray()
  seriesDates?: EventDatesDto[];
}

export class UpdateEventDto {
  @OptionalButNotNull('Enter a title')
  @MaxLength(EVENT_TITLE_MAX_LENGTH, { message: `The title must be ${EVENT_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title?: string;

  @OptionalButNotNull('Enter a description')
  @MaxLength(EVENT_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${EVENT_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter a description' })
  description?: string;

  @OptionalButNotNull('Choose who the event is for')
  @IsIn(ROLES, { each: true, message: 'Choose the audience from the list of roles' })
  @ArrayUnique()
  @ArrayMinSize(1, { message: 'Choose who the event is for' })
  @IsArray()
  audience?: Role[];

  @IsOptional()
  @MaxLength(200)
  @IsString()
  venue?: string;

  @IsOptional()
  @MaxLength(500)
  @IsString()
  address?: string;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter the joining link, starting https://' })
  onlineUrl?: string;

  @OptionalButNotNull(`startsAt ${ISO_MESSAGE}`)
  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt?: string;

  @OptionalButNotNull(`endsAt ${ISO_MESSAGE}`)
  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt?: string;

  @OptionalButNotNull('Capacity must be a whole number')
  @Type(() => Number)
  @Max(EVENT_MAX_CAPACITY, { message: `Capacity must be ${EVENT_MAX_CAPACITY} or fewer` })
  @Min(1, { message: 'Capacity must be at least 1' })
  @IsInt({ message: 'Capacity must be a whole number' })
  capacity?: number;

  @IsOptional()
  @IsISO8601(ISO, { message: `bookingDeadline ${ISO_MESSAGE}` })
  bookingDeadline?: string;
}

export class BookEventDto {
  /** Book a colleague of your own organisation instead of yourself (chief executives and headteachers). Leave it out, not null, to book yourself. */
  @OptionalButNotNull('Choose a colleague from your organisation')
  @IsUUID('4', { message: 'Choose a colleague from your organisation' })
  userId?: string;
}

export class MarkAttendanceDto {
  @IsIn(ATTENDANCE_VALUES, { message: 'Choose attended or absent' })
  attendance!: Attendance;
}

export class EventListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('4')
  allianceId?: string;

  @IsOptional()
  @IsIn(ROLES, { message: 'Choose an audience from the list of roles' })
  audience?: Role;

  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2027-03' })
  month?: string;

  @IsOptional()
  @IsUUID('4')
  hostOrganisationId?: string;

  @IsOptional()
  @IsIn(EVENT_FORMATS)
  format?: EventFormat;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  hasPlaces?: boolean;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includePast?: boolean;

  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH)
  @IsString()
  search?: string;
}
