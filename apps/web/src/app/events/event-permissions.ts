import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { EVENT_HOST_ROLES } from '@alliance/contracts';
import { SessionStore } from '../core/session/session-store';

/** Who may create events: an alliance's coordinator, or a leader in EVENT_HOST_ROLES (the API has the last word). */
export function mayCreateEvents(session: SessionStore): boolean {
  return (
    session.coordinatedAllianceIds().length > 0 ||
    session.hasRole(...EVENT_HOST_ROLES)
  );
}

/** The "Create an event" page: anyone else goes back to the list of events. */
export const eventHostGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  return mayCreateEvents(session) || inject(Router).createUrlTree(['/events']);
};
