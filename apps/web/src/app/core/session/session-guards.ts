import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@alliance/contracts';
import { SessionStore } from './session-store';

/** Pages of the signed-in shell: anyone else is asked to sign in and then brought back. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).isSignedIn()) return true;
  return inject(Router).createUrlTree(['/sign-in'], {
    queryParams: { returnUrl: state.url },
  });
};

/** The sign-in page: someone already signed in goes home instead. */
export const signedOutGuard: CanActivateFn = () => {
  if (!inject(SessionStore).isSignedIn()) return true;
  return inject(Router).createUrlTree(['/']);
};

/** A page for people holding one of these roles; others go home (the API refuses them anyway). */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () =>
    inject(SessionStore).hasRole(...roles) ||
    inject(Router).createUrlTree(['/']);
}

/** A page about one alliance (route parameter `id`) for its coordinators only. */
export const coordinatorGuard: CanActivateFn = (route) => {
  const allianceId = route.paramMap.get('id') ?? '';
  return (
    inject(SessionStore).coordinates(allianceId) ||
    inject(Router).createUrlTree(['/'])
  );
};
