import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from './roles';

export class LoginDto {
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(200)
  password!: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  /** Alliances this person coordinates. */
  coordinatorOfAllianceIds: string[];
}
