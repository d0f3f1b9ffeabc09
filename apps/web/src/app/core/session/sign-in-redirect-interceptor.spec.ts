import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aSessionUser } from '../../../testing/test-helpers';
import { SessionStore } from './session-store';
import { signInRedirectInterceptor } from './sign-in-redirect-interceptor';

describe('signInRedirectInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([signInRedirectInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
    session.startSession(aSessionUser());
  });

  const unauthorised = { status: 401, statusText: 'Unauthorized' };

  it('ends the session and asks to sign in again when a call answers 401', () => {
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const failed = jest.fn();

    client.get('/api/organisations/org-1').subscribe({ error: failed });
    http
      .expectOne('/api/organisations/org-1')
      .flush({ statusCode: 401, message: 'Sign in' }, unauthorised);

    expect(session.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { returnUrl: '/' },
    });
    expect(failed).toHaveBeenCalled();
  });

  it('does not redirect for /api/auth/me, where 401 just means "signed out"', () => {
    const navigate = jest.spyOn(router, 'navigate');

    client.get('/api/auth/me').subscribe({ error: () => undefined });
    http.expectOne('/api/auth/me').flush({}, unauthorised);

    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not redirect for a wrong password at sign-in', () => {
    const navigate = jest.spyOn(router, 'navigate');

    client.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    http.expectOne('/api/auth/login').flush({}, unauthorised);

    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves other errors alone', () => {
    const navigate = jest.spyOn(router, 'navigate');

    client.get('/api/alliances/a').subscribe({ error: () => undefined });
    http
      .expectOne('/api/alliances/a')
      .flush({}, { status: 403, statusText: 'Forbidden' });

    expect(navigate).not.toHaveBeenCalled();
    expect(session.isSignedIn()).toBe(true);
  });
});
