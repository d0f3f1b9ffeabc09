import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PERSON_NAME_MAX_LENGTH, SEARCH_MAX_LENGTH } from './limits';
import { PageQueryDto } from './pagination.dto';
import { ORGANISATION_ROLES, OrganisationRole } from './roles';

export class InvitePersonDto {
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;

  @MaxLength(PERSON_NAME_MAX_LENGTH)
  @MinLength(1, { message: 'Enter the person’s full name' })
  @IsString({ message: 'Enter the person’s full name' })
  name!: string;

  @IsIn(ORGANISATION_ROLES, { each: true, message: 'Choose a role from the list' })
  @ArrayUnique()
  @ArrayMinSize(1, { message: 'Choose at least one role' })
  @IsArray()
  roles!: OrganisationRole[];
}

export class AcceptInvitationDto {
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  @MinLength(1, { message: 'Enter your full name' })
  @IsString({ message: 'Enter your full name' })
  name!: string;

  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString({ message: 'Enter a password' })
  password!: string;
}

export class OrganisationSearchQueryDto extends PageQueryDto {
  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH, { message: 'Search for 100 characters or fewer' })
  @IsString()
  search?: string;
}
