import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  aSessionUser,
  query,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', children: [] },
          { path: 'organisation', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  async function render(returnUrl?: string) {
    const fixture = TestBed.createComponent(SignInPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    return fixture;
  }

  async function signIn(
    fixture: Awaited<ReturnType<typeof render>>,
    email: string,
    password: string,
  ) {
    typeInto(fixture, '#email', email);
    typeInto(fixture, '#password', password);
    query<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  /** The summary's title and each of its problems. */
  function errorSummary(fixture: Awaited<ReturnType<typeof render>>): string[] {
    const summary = query(fixture, '.error-summary');
    return [
      summary.querySelector('h2'),
      ...Array.from(summary.querySelectorAll('li')),
    ].map((element) => element?.textContent?.trim() ?? '');
  }

  it('lists each missing answer under "There is a problem", linked to its field, without calling the API', async () => {
    const fixture = await render();

    await signIn(fixture, '', '');

    expect(errorSummary(fixture)).toEqual([
      'There is a problem',
      'Enter your email address',
      'Enter your password',
    ]);
    const links = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll(
        '.error-summary a',
      ),
    ).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#email', '#password']);
    expect(textOf(fixture)).toContain('Enter your email address');
    http.expectNone('/api/auth/login');
  });

  it('asks for an email address in the right format', async () => {
    const fixture = await render();

    await signIn(fixture, 'not-an-email', 'secret');

    expect(errorSummary(fixture)).toContain(
      'Enter an email address in the correct format, like name@example.org',
    );
  });

  it('shows the API’s message when the email address or password is wrong', async () => {
    const fixture = await render();

    await signIn(fixture, 'ceo@oakfield.test', 'wrong password');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({
      email: 'ceo@oakfield.test',
      password: 'wrong password',
    });
    request.flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Your email address or password is incorrect',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();

    expect(errorSummary(fixture)).toEqual([
      'There is a problem',
      'Your email address or password is incorrect',
    ]);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(router.url).toBe('/');
  });

  it('tells the person to wait after too many attempts', async () => {
    const fixture = await render();

    await signIn(fixture, 'ceo@oakfield.test', 'guess');
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, error: 'Too Many Requests' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();

    expect(errorSummary(fixture)).toContain(
      'Too many attempts. Wait 15 minutes and try again.',
    );
  });

  it('signs in and returns to the page the person was trying to open', async () => {
    const fixture = await render('/organisation');

    await signIn(fixture, ' ceo@oakfield.test ', 'alliance-demo');
    http.expectOne('/api/auth/login').flush(aSessionUser());
    await fixture.whenStable();

    expect(TestBed.inject(SessionStore).user()?.name).toBe('Amara Okafor');
    expect(router.url).toBe('/organisation');
  });

  it('goes home rather than to another site', async () => {
    const fixture = await render('//evil.example/phish');
    const navigate = jest.spyOn(router, 'navigateByUrl');

    await signIn(fixture, 'ceo@oakfield.test', 'alliance-demo');
    http.expectOne('/api/auth/login').flush(aSessionUser());
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/');
  });
});
