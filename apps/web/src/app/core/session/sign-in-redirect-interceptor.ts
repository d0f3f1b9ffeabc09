import {
  HttpErrorResponse,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session-store';

/** Calls whose 401 means something else than "your session has ended". */
const NOT_A_SESSION_END = ['/api/auth/me', '/api/auth/login'];

/**
 * When the session ends (expired, or signed out in another tab) any call answers 401:
 * send the person to sign in, and bring them back to where they were afterwards.
 */
export const signInRedirectInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !NOT_A_SESSION_END.includes(pathOf(request.url))
      ) {
        session.endSession();
        const navigation = router.currentNavigation();
        const returnUrl = navigation
          ? router.serializeUrl(navigation.extractedUrl)
          : router.url;
        if (!returnUrl.startsWith('/sign-in')) {
          void router.navigate(['/sign-in'], { queryParams: { returnUrl } });
        }
      }
      return throwError(() => error);
    }),
  );
};

function pathOf(url: string): string {
  return url.split('?')[0];
}
