import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { NetworkDetail } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { PERSON_SEARCH_DELAY_MS } from '../shared/person-picker';
import { NetworkPage } from './network-page';
import { HUB_ID, NETWORK_ID, aDirectory, aNetwork } from './network-test-data';

describe('NetworkPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NetworkPage>;

  /** Jo Harbour (lead-1) leads the network; Ana Diaz (u2) leads the Medway hub in the test data. */
  async function open(network: NetworkDetail, userId = 'lead-1') {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: PERSON_SEARCH_DELAY_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ id: userId, roles: ['staff'] }),
    );
    fixture = TestBed.createComponent(NetworkPage);
    fixture.componentRef.setInput('id', network.id);
    await settle();
    http.expectOne(`/api/networks/${network.id}`).flush(network);
    http.expectOne(`/api/networks/${network.id}/members`).flush(aDirectory());
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the purpose, leads, hubs by region, meetings and decisions', async () => {
    await open(aNetwork());

    const text = pageText();
    expect(query(fixture, 'h1').textContent).toContain('Maths network');
    expect(text).toContain('Improving maths teaching across the alliance.');
    expect(text).toContain('Jo Harbour (Harbour Teaching School Hub)');
    expect(text).toContain('Medway hub (Medway): 2 members, led by Ana Diaz');
    expect(text).toContain('Medway hub: bar models in Year 6');
    expect(text).toContain('Every hub trials the fluency routine.');
    const rows = Array.from(document.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Medway', '1', '2'],
      ['Not in a hub', '–', '4'],
    ]);
    expect(TestBed.inject(Title).getTitle()).toBe('Maths network – Alliance');
  });

  it('lists members by organisation and school', async () => {
    await open(aNetwork());

    const text = pageText();
    expect(text).toContain('Riverside Academies Trust (2 members)');
    expect(text).toContain('Strood Riverside Academy');
    expect(text).toContain('Ana Diaz · Medway hub');
    expect(text).not.toContain('Remove');
  });

  it('lets a person join the network', async () => {
    await open(aNetwork());

    buttonNamed('Join this network').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/members`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush({});
    await settle();

    http
      .expectOne(`/api/networks/${NETWORK_ID}`)
      .flush(aNetwork({ myRole: 'member' }));
    http.expectOne(`/api/networks/${NETWORK_ID}/members`).flush(aDirectory());
    await settle();
    expect(pageText()).toContain('You are a member');
  });

  it('lets a lead remove a member after asking', async () => {
    await open(aNetwork({ canManage: true, myRole: 'lead' }));

    buttonNamed(/^Remove Kit Moss/).click();
    await settle();
    expect(pageText()).toContain('Remove Kit Moss from the network?');
    buttonNamed('Yes, remove them').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/members/u3`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(aNetwork());
    http.expectOne(`/api/networks/${NETWORK_ID}/members`).flush([]);
    await settle();
  });

  it('lets a lead add a hub, checking the answers first', async () => {
    await open(aNetwork({ canManage: true, myRole: 'lead' }));

    buttonNamed('Add the hub').click();
    await settle();
    expect(pageText()).toContain('Enter a name for the hub');
    expect(pageText()).toContain('Enter the region the hub serves');

    typeInto(fixture, '#hub-name', 'Thanet hub');
    typeInto(fixture, '#hub-region', 'East Kent');
    buttonNamed('Add the hub').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/hubs`);
    expect(request.request.body).toEqual({
      name: 'Thanet hub',
      region: 'East Kent',
    });
    request.flush({ id: 'h2', name: 'Thanet hub' });
    await settle();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(aNetwork());
    await settle();
  });

  it('names a hub lead from any member organisation of the alliance', async () => {
    await open(aNetwork({ canManage: true, myRole: 'lead' }));
    typeInto(fixture, '#hub-name', 'Thanet hub');
    typeInto(fixture, '#hub-region', 'East Kent');

    const lead = query<HTMLInputElement>(fixture, '#hub-lead');
    lead.focus();
    typeInto(fixture, '#hub-lead', 'Ana');
    await settle();
    const search = http.expectOne(
      (request) =>
        request.url === `/api/alliances/${aNetwork().allianceId}/people`,
    );
    expect(search.request.params.get('search')).toBe('Ana');
    expect(search.request.params.has('roles')).toBe(false);
    search.flush({
      items: [
        {
          id: 'user-ana',
          name: 'Ana Diaz',
          roles: ['headteacher'],
          organisationId: 'org-riverside',
          organisationName: 'Riverside Academies Trust',
          organisationKind: 'trust',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    await settle();

    // Typed, but nobody chosen yet.
    buttonNamed('Add the hub').click();
    await settle();
    expect(query(fixture, '.error-summary').textContent).toContain(
      'Choose the hub lead from the list',
    );
    http.expectNone(`/api/networks/${NETWORK_ID}/hubs`);

    lead.blur();
    lead.focus();
    await settle();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    expect(lead.value).toBe('Ana Diaz, Riverside Academies Trust');
    buttonNamed('Add the hub').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/hubs`);
    expect(request.request.body).toEqual({
      name: 'Thanet hub',
      region: 'East Kent',
      hubLeadUserId: 'user-ana',
    });
    request.flush({ id: 'h2', name: 'Thanet hub' });
    await settle();
    expect(lead.value).toBe('');
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(aNetwork());
    await settle();
  });

  it('offers leads a way to schedule a meeting', async () => {
    await open(aNetwork({ canManage: true, myRole: 'lead' }));

    expect(linkNamed('Schedule a meeting')?.getAttribute('href')).toBe(
      `/networks/${NETWORK_ID}/meetings/new`,
    );
    expect(linkNamed('Schedule a hub meeting')).toBeUndefined();
  });

  it('offers a hub’s lead a way to schedule a meeting of their hub', async () => {
    await open(aNetwork({ myRole: 'member', myHubId: HUB_ID }), 'u2');

    expect(linkNamed('Schedule a hub meeting')?.getAttribute('href')).toBe(
      `/networks/${NETWORK_ID}/meetings/new?hub=${HUB_ID}`,
    );
    expect(linkNamed('Schedule a meeting')).toBeUndefined();
    expect(linkNamed('Change the network’s details')).toBeUndefined();
  });

  it('lets someone who leads two hubs choose between them on the form', async () => {
    const network = aNetwork({ myRole: 'member', myHubId: HUB_ID });
    await open(
      {
        ...network,
        hubs: [
          ...network.hubs,
          { ...network.hubs[0], id: 'hub-thanet', name: 'Thanet hub' },
        ],
      },
      'u2',
    );

    expect(linkNamed('Schedule a hub meeting')?.getAttribute('href')).toBe(
      `/networks/${NETWORK_ID}/meetings/new`,
    );
  });

  it('offers leads and the coordinator a link to change the network’s details', async () => {
    await open(aNetwork({ canManage: true, myRole: 'lead' }));

    expect(
      linkNamed('Change the network’s details')?.getAttribute('href'),
    ).toBe(`/networks/${NETWORK_ID}/edit`);
  });

  it('offers members no link to change the network', async () => {
    await open(aNetwork({ myRole: 'member' }));

    expect(linkNamed('Change the network’s details')).toBeUndefined();
    expect(linkNamed('Schedule a meeting')).toBeUndefined();
    expect(linkNamed('Schedule a hub meeting')).toBeUndefined();
  });

  function linkNamed(name: string): HTMLAnchorElement | undefined {
    return Array.from(document.querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === name,
    );
  }
});
