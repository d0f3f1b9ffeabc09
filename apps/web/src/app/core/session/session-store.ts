import { Injectable, computed, inject, signal } from '@angular/core';
import {
  type Observable,
  catchError,
  firstValueFrom,
  map,
  of,
  tap,
} from 'rxjs';
import type { LoginDto, Role, SessionUser } from '@alliance/contracts';
import { ApiClient } from '../api/api-client';

/** Who is signed in. Loaded once at start-up from GET /api/auth/me; a 401 there means nobody is. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(ApiClient);
  private readonly currentUser = signal<SessionUser | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly isAdmin = computed(() => this.hasRole('admin'));
  readonly coordinatedAllianceIds = computed(
    () => this.currentUser()?.coordinatorOfAllianceIds ?? [],
  );

  /** Never rejects: if the session cannot be read, the person is treated as signed out and asked to sign in. */
  async load(): Promise<void> {
    try {
      this.currentUser.set(await firstValueFrom(this.api.currentUser()));
    } catch {
      this.currentUser.set(null);
    }
  }

  signIn(credentials: LoginDto): Observable<SessionUser> {
    return this.api
      .signIn(credentials)
      .pipe(tap((user) => this.currentUser.set(user)));
  }

  /**
   * Never fails: the person asked to leave, so the session ends here even when the API cannot be reached.
   * The user is cleared before the observable emits, so a navigation started on emit sees them signed out.
   */
  signOut(): Observable<void> {
    return this.api.signOut().pipe(
      catchError(() => of(undefined)),
      map(() => this.currentUser.set(null)),
    );
  }

  /** After a call that signs the person in by other means (accepting an invitation). */
  startSession(user: SessionUser): void {
    this.currentUser.set(user);
  }

  /** The API said the session is over (401). */
  endSession(): void {
    this.currentUser.set(null);
  }

  hasRole(...roles: Role[]): boolean {
    const held = this.currentUser()?.roles ?? [];
    return roles.some((role) => held.includes(role));
  }

  coordinates(allianceId: string): boolean {
    return this.coordinatedAllianceIds().includes(allianceId);
  }
}
