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
import { procurementRoutes } from './procurement.routes';

// chart.js needs a real canvas, which jsdom lacks; the savings page itself is tested in savings-page.spec.ts.
jest.mock('chart.js', () => {
  const Chart = Object.assign(jest.fn(), { register: jest.fn() });
  return {
    Chart,
    BarController: {},
    BarElement: {},
    CategoryScale: {},
    LinearScale: {},
    Legend: {},
    Tooltip: {},
  };
});

describe('procurement routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  async function signInAs(user: SessionUser) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement', children: procurementRoutes }],
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

  it('shows the list, the radar, the savings summary and a need', async () => {
    await signInAs(aSessionUser({ roles: ['governor'] }));

    await harness.navigateByUrl('/procurement');
    expect(heading()).toBe('Shared procurement');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Shared procurement – Alliance',
    );

    await harness.navigateByUrl('/procurement/radar');
    expect(heading()).toBe('Contract renewal radar');

    await harness.navigateByUrl('/procurement/savings');
    expect(heading()).toBe('Savings summary');

    await harness.navigateByUrl('/procurement/need-1');
    TestBed.inject(HttpTestingController).expectOne(
      '/api/procurement/needs/need-1',
    );
  });

  it('keeps people who may not act for their organisation away from the form and the contracts', async () => {
    await signInAs(aSessionUser({ roles: ['headteacher', 'governor'] }));

    await harness.navigateByUrl('/procurement/new');
    expect(router.url).toBe('/procurement');

    await harness.navigateByUrl('/procurement/contracts');
    expect(router.url).toBe('/procurement');

    await harness.navigateByUrl('/procurement/need-1/edit');
    expect(router.url).toBe('/procurement');
  });

  it('opens the form and the contracts for business managers', async () => {
    await signInAs(aSessionUser({ roles: ['business_manager'] }));

    await harness.navigateByUrl('/procurement/new');
    expect(router.url).toBe('/procurement/new');
    expect(heading()).toBe('Post a need');

    await harness.navigateByUrl('/procurement/contracts');
    expect(heading()).toBe('Your trust’s contracts');
  });
});
