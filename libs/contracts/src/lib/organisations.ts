import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from './pagination';
import { ORGANISATION_ROLES, OrganisationRole, Role } from './roles';

export const ORGANISATION_KINDS = ['trust', 'teaching_school_hub', 'school'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SCHOOL_PHASES = ['primary', 'secondary', 'all_through', 'special', 'alternative_provision', 'nursery', 'sixteen_plus', 'not_applicable'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  dfeReference: string | null;
  region: string | null;
}

export interface SchoolView {
  id: string;
  urn: string;
  name: string;
  phase: SchoolPhase;
  localAuthority: string | null;
  region: string | null;
  postcode: string | null;
  status: 'open' | 'closed';
}

export interface OrganisationDetail extends OrganisationSummary {
  schools: SchoolView[];
}

export interface PersonView {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  lastSignedInAt: string | null;
}

export class InvitePersonDto {
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1, { message: 'Enter the person’s full name' })
  @MaxLength(120)
  name!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one role' })
  @ArrayUnique()
  @IsIn(ORGANISATION_ROLES, { each: true, message: 'Choose a role from the list' })
  roles!: OrganisationRole[];
}

export interface PersonInvitationView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

/** What someone following an invitation link sees before they set a password. */
export interface InvitationPreview {
  email: string;
  name: string;
  organisationName: string;
  expiresAt: string;
}

export const PASSWORD_MIN_LENGTH = 12;

export class AcceptInvitationDto {
  @IsString()
  @MinLength(1, { message: 'Enter your full name' })
  @MaxLength(120)
  name!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200, { message: 'Your password must be 200 characters or fewer' })
  password!: string;
}

export class OrganisationSearchQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search for 100 characters or fewer' })
  search?: string;
}
