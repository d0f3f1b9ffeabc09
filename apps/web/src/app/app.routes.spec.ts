import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSessionUser } from '../testing/test-helpers';
import { appRoutes } from './app.routes';
import { SessionStore } from './core/session/session-store';

describe('app routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let session: SessionStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
    harness = await RouterTestingHarness.create();
  });

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  it('sends a signed-out person from the home page to sign in', async () => {
    await harness.navigateByUrl('/');

    expect(router.url).toBe('/sign-in?returnUrl=%2F');
    expect(rendered().querySelector('h1')?.textContent).toBe(
      'Sign in to Alliance',
    );
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in – Alliance');
  });

  it('shows the alliance home inside the signed-in shell at /', async () => {
    session.startSession(aSessionUser());

    await harness.navigateByUrl('/');

    expect(router.url).toBe('/');
    expect(
      rendered().querySelector('app-shell app-alliance-home-page'),
    ).not.toBeNull();
    expect(
      rendered().querySelector('a[aria-current="page"]')?.textContent?.trim(),
    ).toBe('Home');
    TestBed.inject(HttpTestingController).expectOne(
      '/api/alliances?page=1&pageSize=100',
    );
  });

  it('shows the Admin and Audit log links only to those allowed', async () => {
    session.startSession(aSessionUser({ roles: ['ceo'] }));
    await harness.navigateByUrl('/events');
    const linkTexts = () =>
      Array.from(rendered().querySelectorAll('nav a')).map((a) =>
        a.textContent?.trim(),
      );
    expect(linkTexts()).not.toContain('Admin');
    expect(linkTexts()).not.toContain('Audit log');

    session.startSession(
      aSessionUser({
        roles: ['staff', 'admin'],
        coordinatorOfAllianceIds: ['a1'],
      }),
    );
    harness.fixture.detectChanges();
    expect(linkTexts()).toEqual(expect.arrayContaining(['Admin', 'Audit log']));
    expect(
      rendered().querySelector('a[href="/alliances/a1/audit"]'),
    ).not.toBeNull();
  });

  it('keeps people who are not coordinators out of the audit log', async () => {
    session.startSession(
      aSessionUser({ roles: ['ceo'], coordinatorOfAllianceIds: [] }),
    );

    await harness.navigateByUrl('/alliances/a1/audit');

    expect(router.url).toBe('/');
  });

  it('shows "Page not found" for unknown addresses', async () => {
    session.startSession(aSessionUser());

    await harness.navigateByUrl('/no-such-page');

    expect(rendered().querySelector('h1')?.textContent).toBe('Page not found');
  });
});
