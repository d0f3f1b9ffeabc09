import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { TERMS_MAX_LENGTH, TERMS_MIN_LENGTH, VISION_MAX_LENGTH } from './limits';

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
