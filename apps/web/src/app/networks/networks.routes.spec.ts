import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSessionUser, settle } from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { HUB_ID, NETWORK_ID, aMeeting, aNetwork } from './network-test-data';
import { networkRoutes } from './networks.routes';

describe('network routes', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'networks', children: networkRoutes }],
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
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ coordinatorOfAllianceIds: ['a1'] }),
    );
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  function heading(): string | undefined {
    return (harness.fixture.nativeElement as HTMLElement)
      .querySelector('h1')
      ?.textContent?.trim();
  }

  it('opens the form to change a network, filled in from the network of the address', async () => {
    await harness.navigateByUrl(`/networks/${NETWORK_ID}/edit`);
    http
      .expectOne(`/api/networks/${NETWORK_ID}`)
      .flush(aNetwork({ canManage: true }));
    await settle();

    expect(heading()).toBe('Change the network’s details');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Change the network’s details – Alliance',
    );
  });

  it('opens the form to schedule a meeting for the hub named in the address, for that hub’s lead', async () => {
    // Ana Diaz (u2) leads the Medway hub in the test data, but not the network.
    TestBed.inject(SessionStore).startSession(aSessionUser({ id: 'u2' }));
    await harness.navigateByUrl(
      `/networks/${NETWORK_ID}/meetings/new?hub=${HUB_ID}`,
    );
    http
      .expectOne(`/api/networks/${NETWORK_ID}`)
      .flush(aNetwork({ myRole: 'member', myHubId: HUB_ID }));
    await settle();

    const page = harness.fixture.nativeElement as HTMLElement;
    expect(heading()).toBe('Schedule a meeting');
    expect(page.textContent).toContain('Hub meeting, in person');
    expect(page.querySelector('#meeting-kind-national-input')).toBeNull();
    expect(
      Array.from(page.querySelectorAll('a'))
        .find((link) => link.textContent?.trim() === 'Cancel')
        ?.getAttribute('href'),
    ).toBe(`/networks/${NETWORK_ID}/hubs/${HUB_ID}`);
  });

  it('opens the form to change a meeting, not the page of a network called "meetings"', async () => {
    await harness.navigateByUrl('/networks/meetings/m1/edit');
    http
      .expectOne('/api/network-meetings/m1')
      .flush(aMeeting({ canManage: true }));
    await settle();

    expect(heading()).toBe('Change the meeting details');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Change the meeting details – Alliance',
    );
  });
});
