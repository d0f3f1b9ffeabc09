import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NetworkSummary, Page, SessionUser } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { NETWORK_ID, aNetworkSummary } from './network-test-data';
import { NetworksListPage } from './networks-list-page';

function page<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('NetworksListPage', () => {
  let http: HttpTestingController;

  async function open(url: string, user: SessionUser = aSessionUser()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'networks', component: NetworksListPage },
            { path: 'networks/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
  }

  function listRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/networks');
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows each network with its kind, tags, leads, members and the person’s part', async () => {
    await open('/networks');
    listRequest().flush(
      page<NetworkSummary>([
        aNetworkSummary({ myRole: 'lead' }),
        aNetworkSummary({
          id: 'n2',
          name: 'SEND leadership group',
          kind: 'leadership_group',
          hubCount: 0,
        }),
      ]),
    );
    await settle();

    const text = pageText();
    expect(text).toContain('Subject network · 6 members · 1 hub');
    expect(text).toContain('maths');
    expect(text).toContain('primary, secondary');
    expect(text).toContain('Jo Harbour (Harbour Teaching School Hub)');
    expect(text).toContain('You lead this network');
    expect(text).toContain('Leadership group · 6 members');
    expect(text).toContain('2 networks');
  });

  it('passes the filters in the address to the API', async () => {
    await open('/networks?kind=leadership_group&search=send&page=2');

    const request = listRequest();
    expect(request.request.params.get('kind')).toBe('leadership_group');
    expect(request.request.params.get('search')).toBe('send');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page([]));
  });

  it('joins a network and reloads the list', async () => {
    await open('/networks');
    listRequest().flush(page([aNetworkSummary()]));
    await settle();

    buttonNamed(/^Join/).click();
    const join = http.expectOne(`/api/networks/${NETWORK_ID}/members`);
    expect(join.request.body).toEqual({});
    join.flush({});
    await settle();

    listRequest().flush(page([aNetworkSummary({ myRole: 'member' })]));
    await settle();
    expect(pageText()).toContain('You are a member');
  });

  it('asks before leaving a network', async () => {
    await open('/networks', aSessionUser({ id: 'me' }));
    listRequest().flush(page([aNetworkSummary({ myRole: 'member' })]));
    await settle();

    buttonNamed(/^Leave/).click();
    await settle();
    buttonNamed('Yes, leave the network').click();
    const leave = http.expectOne(`/api/networks/${NETWORK_ID}/members/me`);
    expect(leave.request.method).toBe('DELETE');
    leave.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    listRequest().flush(page([aNetworkSummary()]));
  });

  it('offers "Create a network" to coordinators only', async () => {
    await open('/networks', aSessionUser({ coordinatorOfAllianceIds: ['a1'] }));
    listRequest().flush(page([]));
    await settle();

    expect(pageText()).toContain('Create a network');
    expect(pageText()).toContain('Your alliance has no networks yet.');
  });

  it('does not offer "Create a network" to members', async () => {
    await open('/networks');
    listRequest().flush(page([]));
    await settle();

    expect(pageText()).not.toContain('Create a network');
  });
});
