import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { User } from '../organisations/entities/user.entity';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionUsers } from './session-users.service';

export const WRONG_CREDENTIALS = 'Your email address or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessionUsers: SessionUsers,
  ) {}

  async verifyCredentials(email: string, password: string, address: string): Promise<SessionUser> {
    const normalisedEmail = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalisedEmail, address);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalisedEmail })
      .getOne();
    const valid = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyAgainstNothing(password);
    if (!user || !valid) {
      await this.throttle.recordFailure(normalisedEmail, address);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(normalisedEmail);
    await this.dataSource.getRepository(User).update(user.id, { lastSignedInAt: new Date() });
    const sessionUser = await this.sessionUsers.load(user.id);
    if (!sessionUser) throw new UnauthorizedException(WRONG_CREDENTIALS);
    return sessionUser;
  }
}
