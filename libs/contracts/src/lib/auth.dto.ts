import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from './limits';

export class LoginDto {
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;

  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(1, { message: 'Enter your password' })
  @IsString({ message: 'Enter your password' })
  password!: string;
}
