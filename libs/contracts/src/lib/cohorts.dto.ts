import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';
import {
  COHORT_ATTENDANCE_VALUES,
  COHORT_MAX_CAPACITY,
  COHORT_MAX_FACILITATORS,
  COHORT_NAME_MAX_LENGTH,
  COHORT_REGION_MAX_LENGTH,
  ENROLMENT_REASON_MAX_LENGTH,
  INDUCTION_YEARS,
  isAcademicYear,
  MATERIAL_TITLE_MAX_LENGTH,
  REFLECTION_MAX_LENGTH,
  SESSION_BOOKING_MODES,
  SESSION_DESCRIPTION_MAX_LENGTH,
  SESSION_TOPIC_MAX_LENGTH,
} from './cohorts';
import type { CohortAttendance, InductionYear, SessionBookingMode } from './cohorts';
import { EVENT_FORMATS, EVENT_MAX_CAPACITY } from './events';
import type { EventFormat } from './events';
import { PageQueryDto } from './pagination.dto';

const ISO = { strict: true, strictSeparator: true };
const ISO_MESSAGE = 'must be a date and time like 2027-03-04T09:30:00Z';
const ACADEMIC_YEAR_MESSAGE = 'The academic year must look like 2026/27 (two consecutive years)';

function IsAcademicYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isAcademicYear', validator: { validate: (value) => isAcademicYear(value) } }, options);
}

export class CreateCohortDto {
  @IsUUID('4', { message: 'Choose the alliance the cohort is for' })
  allianceId!: string;

  @MaxLength(COHORT_NAME_MAX_LENGTH, { message: `The name must be ${COHORT_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name for the cohort' })
  @IsString({ message: 'Enter a name for the cohort' })
  name!: string;

  @IsAcademicYear({ message: ACADEMIC_YEAR_MESSAGE })
  @IsString({ message: ACADEMIC_YEAR_MESSAGE })
  academicYear!: string;

  @IsIn(INDUCTION_YEARS, { message: 'The induction year must be 1 or 2' })
  inductionYear!: InductionYear;

  @MaxLength(COHORT_REGION_MAX_LENGTH, { message: `The region must be ${COHORT_REGION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the region' })
  @IsString({ message: 'Enter the region' })
  region!: string;

  @IsUUID('4', { message: 'Choose the facilitating organisation' })
  facilitatingOrganisationId!: string;

  @IsUUID('4', { each: true, message: 'Choose facilitators from the list of people' })
  @ArrayUnique({ message: 'Name each facilitator once' })
  @ArrayMaxSize(COHORT_MAX_FACILITATORS, { message: `A cohort can have at most ${COHORT_MAX_FACILITATORS} facilitators` })
  @IsArray({ message: 'Choose the facilitators' })
  facilitatorUserIds!: string[];

  @Max(COHORT_MAX_CAPACITY, { message: `Capacity must be ${COHORT_MAX_CAPACITY} or fewer` })
  @Min(1, { message: 'Capacity must be at least 1' })
  @IsInt({ message: 'Capacity must be a whole number' })
  capacity!: number;

  @IsIn(SESSION_BOOKING_MODES, { message: 'Choose whether sessions are booked automatically (auto) or by sign-up (sign_up)' })
  sessionBooking!: SessionBookingMode;
}

export class UpdateCohortDto {
  @IsOptional()
  @MaxLength(COHORT_NAME_MAX_LENGTH, { message: `The name must be ${COHORT_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name for the cohort' })
  @IsString({ message: 'Enter a name for the cohort' })
  name?: string;

  @IsOptional()
  @MaxLength(COHORT_REGION_MAX_LENGTH, { message: `The region must be ${COHORT_REGION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the region' })
  @IsString({ message: 'Enter the region' })
  region?: string;

  @IsOptional()
  @IsUUID('4', { each: true, message: 'Choose facilitators from the list of people' })
  @ArrayUnique({ message: 'Name each facilitator once' })
  @ArrayMaxSize(COHORT_MAX_FACILITATORS, { message: `A cohort can have at most ${COHORT_MAX_FACILITATORS} facilitators` })
  @IsArray({ message: 'Choose the facilitators' })
  facilitatorUserIds?: string[];

  @IsOptional()
  @Max(COHORT_MAX_CAPACITY, { message: `Capacity must be ${COHORT_MAX_CAPACITY} or fewer` })
  @Min(1, { message: 'Capacity must be at least 1' })
  @IsInt({ message: 'Capacity must be a whole number' })
  capacity?: number;

  @IsOptional()
  @IsIn(SESSION_BOOKING_MODES, { message: 'Choose whether sessions are booked automatically (auto) or by sign-up (sign_up)' })
  sessionBooking?: SessionBookingMode;
}

export class CohortListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('4', { message: 'allianceId must be an alliance id' })
  allianceId?: string;

  @IsOptional()
  @IsAcademicYear({ message: ACADEMIC_YEAR_MESSAGE })
  @IsString({ message: ACADEMIC_YEAR_MESSAGE })
  academicYear?: string;
}

export class EnrolEctDto {
  @IsUUID('4', { message: 'Choose the early-career teacher to enrol' })
  ectUserId!: string;

  @IsUUID('4', { message: 'Choose the early-career teacher’s mentor' })
  mentorUserId!: string;
}

export class RequestToJoinDto {
  @IsOptional()
  @MaxLength(ENROLMENT_REASON_MAX_LENGTH, { message: `The note must be ${ENROLMENT_REASON_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The note must be text' })
  note?: string;
}

export class ApproveEnrolmentDto {
  @IsUUID('4', { message: 'Choose the early-career teacher’s mentor' })
  mentorUserId!: string;
}

/** Hands an active enrolment to another mentor of the ECT's organisation. */
export class ChangeMentorDto {
  /** A colleague of the ECT, in the same organisation, with the mentor role. */
  @IsUUID('4', { message: 'Choose the early-career teacher’s new mentor' })
  mentorUserId!: string;
}

export class WithdrawEnrolmentDto {
  @MaxLength(ENROLMENT_REASON_MAX_LENGTH, { message: `The reason must be ${ENROLMENT_REASON_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Give a reason for the withdrawal' })
  @IsString({ message: 'Give a reason for the withdrawal' })
  reason!: string;
}

export class TransferEnrolmentDto {
  @IsUUID('4', { message: 'Choose the cohort to transfer to' })
  cohortId!: string;

  @MaxLength(ENROLMENT_REASON_MAX_LENGTH, { message: `The reason must be ${ENROLMENT_REASON_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Give a reason for the transfer' })
  @IsString({ message: 'Give a reason for the transfer' })
  reason!: string;

  /** Keeps the current mentor when left out. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose the early-career teacher’s mentor' })
  mentorUserId?: string;
}

export class CreateCohortSessionDto {
  @MaxLength(SESSION_TOPIC_MAX_LENGTH, { message: `The topic must be ${SESSION_TOPIC_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the topic' })
  @IsString({ message: 'Enter the topic' })
  topic!: string;

  @IsOptional()
  @MaxLength(SESSION_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${SESSION_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The description must be text' })
  description?: string;

  @IsIn(EVENT_FORMATS, { message: 'Choose in person or online' })
  format!: EventFormat;

  @ValidateIf((session: CreateCohortSessionDto) => session.format === 'in_person' || session.venue !== undefined)
  @MaxLength(200, { message: 'The venue must be 200 characters or fewer' })
  @MinLength(1, { message: 'Enter the venue' })
  @IsString({ message: 'Enter the venue' })
  venue?: string;

  @IsOptional()
  @MaxLength(500, { message: 'The address must be 500 characters or fewer' })
  @IsString({ message: 'The address must be text' })
  address?: string;

  @ValidateIf((session: CreateCohortSessionDto) => session.format === 'online' || session.onlineUrl !== undefined)
  @MaxLength(500, { message: 'The joining link must be 500 characters or fewer' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter the joining link, starting https://' })
  onlineUrl?: string;

  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt!: string;

  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt!: string;

  /** Defaults to the cohort's capacity. */
  @IsOptional()
  @Type(() => Number)
  @Max(EVENT_MAX_CAPACITY, { message: `Capacity must be ${EVENT_MAX_CAPACITY} or fewer` })
  @Min(1, { message: 'Capacity must be at least 1' })
  @IsInt({ message: 'Capacity must be a whole number' })
  capacity?: number;

  /** One of the cohort's facilitators. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose the facilitator from the cohort’s facilitators' })
  facilitatorUserId?: string;
}

export class AddSessionMaterialDto {
  @MaxLength(MATERIAL_TITLE_MAX_LENGTH, { message: `The title must be ${MATERIAL_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title for the material' })
  @IsString({ message: 'Enter a title for the material' })
  title!: string;

  @MaxLength(1000, { message: 'The link must be 1000 characters or fewer' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter the link, starting https://' })
  url!: string;
}

export class MarkCohortAttendanceDto {
  @IsIn(COHORT_ATTENDANCE_VALUES, { message: 'Choose attended, absent or apologies' })
  attendance!: CohortAttendance;
}

export class WriteReflectionDto {
  @MaxLength(REFLECTION_MAX_LENGTH, { message: `A reflection must be ${REFLECTION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Write your reflection' })
  @IsString({ message: 'Write your reflection' })
  text!: string;

  @IsOptional()
  @IsBoolean({ message: 'sharedWithMentor must be true or false' })
  sharedWithMentor?: boolean;
}
