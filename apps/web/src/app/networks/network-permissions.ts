import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session/session-store';

/** Alliance coordinators create networks; the API refuses anyone else. */
export function mayCreateNetworks(session: SessionStore): boolean {
  return session.coordinatedAllianceIds().length > 0;
}

export const networkCreatorGuard: CanActivateFn = () =>
  mayCreateNetworks(inject(SessionStore)) ||
  inject(Router).createUrlTree(['/networks']);
