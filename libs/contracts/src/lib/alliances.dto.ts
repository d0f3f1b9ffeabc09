import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SEARCH_MAX_LENGTH, TERMS_MAX_LENGTH, TERMS_MIN_LENGTH, VISION_MAX_LENGTH } from './limits';
import { ORGANISATION_KINDS, OrganisationKind } from './organisations';
import { PageQueryDto } from './pagination.dto';
import { ORGANISATION_ROLES, OrganisationRole } from './roles';

export class UpdateAllianceDto {
  @IsOptional()
  @MaxLength(VISION_MAX_LENGTH)
  @MinLength(1, { message: 'Enter the alliance’s vision statement' })
  @IsString()
  vision?: string;
}

export class PublishTermsDto {
  @MaxLength(TERMS_MAX_LENGTH)
  @MinLength(TERMS_MIN_LENGTH, { message: `The terms of reference must be at least ${TERMS_MIN_LENGTH} characters` })
  @IsString()
  body!: string;
}

export class InviteOrganisationDto {
  @IsUUID('4', { message: 'Choose an organisation from the register' })
  organisationId!: string;
}

/** `roles` may be repeated (`roles=ceo&roles=governor`) or comma-separated (`roles=ceo,governor`). */
export class AlliancePeopleQueryDto extends PageQueryDto {
  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH, { message: `Search for ${SEARCH_MAX_LENGTH} characters or fewer` })
  @IsString()
  search?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter((role) => role !== '') : value))
  @IsIn(ORGANISATION_ROLES, { each: true, message: 'Choose roles from the list' })
  @ArrayMaxSize(ORGANISATION_ROLES.length)
  @IsArray()
  roles?: OrganisationRole[];

  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: 'Choose a kind of organisation from the list' })
  organisationKind?: OrganisationKind;

  @IsOptional()
  @IsUUID('4', { message: 'Choose an organisation from the list' })
  organisationId?: string;
}
