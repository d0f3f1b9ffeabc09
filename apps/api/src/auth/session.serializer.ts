import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { SessionUser } from '@alliance/contracts';
import { SessionUsers } from './session-users.service';

/** Only the id is stored in the session; the person is reloaded on each request so role changes apply at once. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly sessionUsers: SessionUsers) {
    super();
  }

  serializeUser(user: SessionUser, done: (error: Error | null, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (error: Error | null, user?: SessionUser | false) => void): void {
    this.sessionUsers.load(id).then(
      (user) => done(null, user ?? false),
      (error: Error) => done(error),
    );
  }
}
