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
import type { SessionUser } from '@alliance/contracts';
import { aSessionUser } from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { eventRoutes } from './events.routes';

describe('event routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  async function signInAs(user: SessionUser) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'events', children: eventRoutes }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    TestBed.inject(SessionStore).startSession(user);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  }

  function heading(): string | null | undefined {
    return (harness.fixture.nativeElement as HTMLElement).querySelector('h1')
      ?.textContent;
  }

  it('shows the list of training events, my bookings and an event', async () => {
    await signInAs(aSessionUser({ roles: ['governor'] }));

    await harness.navigateByUrl('/events');
    expect(heading()).toBe('Training events');
    expect(TestBed.inject(Title).getTitle()).toBe('Training events – Alliance');

    await harness.navigateByUrl('/events/mine');
    expect(heading()).toBe('My bookings');

    await harness.navigateByUrl('/events/e1');
    TestBed.inject(HttpTestingController).expectOne('/api/events/e1');
  });

  it('keeps people who may not host events away from the form', async () => {
    await signInAs(aSessionUser({ roles: ['governor', 'ect'] }));

    await harness.navigateByUrl('/events/new');

    expect(router.url).toBe('/events');
  });

  it('opens the form for those who may host', async () => {
    await signInAs(aSessionUser({ roles: ['business_manager'] }));

    await harness.navigateByUrl('/events/new');

    expect(router.url).toBe('/events/new');
    expect(heading()).toBe('Create an event');
  });
});
