import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { NEED_POSTER_ROLES } from '@alliance/contracts';
import { SessionStore } from '../core/session/session-store';

/** Business managers and chief executives act for their organisation: post needs, express interest, record contracts. */
export function mayActForOrganisation(session: SessionStore): boolean {
  return session.hasRole(...NEED_POSTER_ROLES);
}

/** The post-a-need and contracts pages: anyone else goes back to the list of needs (the API has the last word). */
export const needPosterGuard: CanActivateFn = () =>
  mayActForOrganisation(inject(SessionStore)) ||
  inject(Router).createUrlTree(['/procurement']);
