import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PERSON_NAME_MAX_LENGTH, SEARCH_MAX_LENGTH } from './limits';
import { PageQueryDto } from './pagination.dto';
import { ORGANISATION_ROLES, OrganisationRole } from './roles';

export class InvitePersonDto {
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @MinLength(1, { message: 'Enter the person’s full name' })
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one role' })
  @ArrayUnique()
  @IsIn(ORGANISATION_ROLES, { each: true, message: 'Choose a role from the list' })
  roles!: OrganisationRole[];
}

export class AcceptInvitationDto {
  @IsString()
  @MinLength(1, { message: 'Enter your full name' })
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: 'Your password must be 200 characters or fewer' })
  password!: string;
}

export class OrganisationSearchQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH, { message: 'Search for 100 characters or fewer' })
  search?: string;
}
