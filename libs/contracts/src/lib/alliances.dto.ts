import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { TERMS_MAX_LENGTH, TERMS_MIN_LENGTH, VISION_MAX_LENGTH } from './limits';

export class UpdateAllianceDto {
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter the alliance’s vision statement' })
  @MaxLength(VISION_MAX_LENGTH)
  vision?: string;
}

export class PublishTermsDto {
  @IsString()
  @MinLength(TERMS_MIN_LENGTH, { message: `The terms of reference must be at least ${TERMS_MIN_LENGTH} characters` })
  @MaxLength(TERMS_MAX_LENGTH)
  body!: string;
}

export class InviteOrganisationDto {
  @IsUUID('4', { message: 'Choose an organisation from the register' })
  organisationId!: string;
}
