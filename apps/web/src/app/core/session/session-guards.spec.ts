import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  Router,
  type RouterStateSnapshot,
  UrlTree,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { aSessionUser } from '../../../testing/test-helpers';
import {
  coordinatorGuard,
  roleGuard,
  signedInGuard,
  signedOutGuard,
} from './session-guards';
import { SessionStore } from './session-store';

describe('session guards', () => {
  let session: SessionStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    session = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
  });

  function run(
    guard: CanActivateFn,
    url = '/',
    params: Record<string, string> = {},
  ) {
    const route = {
      paramMap: convertToParamMap(params),
    } as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard(route, state));
  }

  function urlOf(result: unknown): string {
    expect(result).toBeInstanceOf(UrlTree);
    return router.serializeUrl(result as UrlTree);
  }

  describe('signedInGuard', () => {
    it('sends someone signed out to sign in, remembering where they were going', () => {
      expect(urlOf(run(signedInGuard, '/organisation?tab=people'))).toBe(
        '/sign-in?returnUrl=%2Forganisation%3Ftab%3Dpeople',
      );
    });

    it('lets a signed-in person through', () => {
      session.startSession(aSessionUser());
      expect(run(signedInGuard, '/organisation')).toBe(true);
    });
  });

  describe('signedOutGuard', () => {
    it('sends someone already signed in home instead of to the sign-in page', () => {
      session.startSession(aSessionUser());
      expect(urlOf(run(signedOutGuard, '/sign-in'))).toBe('/');
    });

    it('shows the sign-in page to someone signed out', () => {
      expect(run(signedOutGuard, '/sign-in')).toBe(true);
    });
  });

  describe('roleGuard', () => {
    it('lets an admin into admin pages and sends anyone else home', () => {
      session.startSession(aSessionUser({ roles: ['ceo'] }));
      expect(urlOf(run(roleGuard('admin')))).toBe('/');

      session.startSession(aSessionUser({ roles: ['staff', 'admin'] }));
      expect(run(roleGuard('admin'))).toBe(true);
    });
  });

  describe('coordinatorGuard', () => {
    it('opens an alliance page only to that alliance’s coordinators', () => {
      session.startSession(
        aSessionUser({
          roles: ['staff'],
          coordinatorOfAllianceIds: ['alliance-1'],
        }),
      );

      expect(
        run(coordinatorGuard, '/alliances/alliance-1/audit', {
          id: 'alliance-1',
        }),
      ).toBe(true);
      expect(
        urlOf(
          run(coordinatorGuard, '/alliances/alliance-2/audit', {
            id: 'alliance-2',
          }),
        ),
      ).toBe('/');
    });
  });
});
