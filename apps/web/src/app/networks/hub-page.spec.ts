import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type {
  AlliancePersonView,
  HubView,
  NetworkDetail,
} from '@alliance/contracts';
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
import { HubPage } from './hub-page';
import {
  HUB_ID,
  NETWORK_ID,
  aDirectory,
  aMeeting,
  aNetwork,
} from './network-test-data';

const ANA: AlliancePersonView = {
  id: 'u2',
  name: 'Ana Diaz',
  roles: ['headteacher'],
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  organisationKind: 'trust',
};
const KIT: AlliancePersonView = {
  id: 'u3',
  name: 'Kit Moss',
  roles: ['ect'],
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  organisationKind: 'trust',
};

describe('HubPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HubPage>;

  /** Ana Diaz (u2) leads the Medway hub in the test data; Jo Harbour (lead-1) leads the network. */
  async function open(
    hubId = HUB_ID,
    network: NetworkDetail = aNetwork(),
    userId = 'lead-1',
  ) {
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
      aSessionUser({ id: userId, roles: ['headteacher'] }),
    );
    fixture = TestBed.createComponent(HubPage);
    fixture.componentRef.setInput('id', NETWORK_ID);
    fixture.componentRef.setInput('hubId', hubId);
    await settle();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(network);
    http.expectOne(`/api/networks/${NETWORK_ID}/members`).flush(aDirectory());
    http
      .expectOne(
        (request) => request.url === `/api/networks/${NETWORK_ID}/meetings`,
      )
      .flush({
        items: [
          aMeeting(),
          aMeeting({
            id: 'm2',
            kind: 'national',
            hubId: null,
            hubName: null,
            title: 'Spring key messages',
          }),
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  /** Focuses the hub lead picker and answers its search of the alliance's people. */
  async function searchPeople(found: AlliancePersonView[]): Promise<void> {
    query<HTMLInputElement>(fixture, '#hub-new-lead').focus();
    await settle();
    const search = http.expectOne(
      (request) => request.url === '/api/alliances/a1/people',
    );
    // Anyone in a member organisation can lead a hub, whatever their role.
    expect(search.request.params.has('roles')).toBe(false);
    search.flush({ items: found, total: found.length, page: 1, pageSize: 20 });
    await settle();
  }

  function offered(): string[] {
    return Array.from(
      document.querySelectorAll('mat-option .option-title'),
    ).map((option) => option.textContent ?? '');
  }

  function linkNamed(name: string): HTMLAnchorElement | undefined {
    return Array.from(document.querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === name,
    );
  }

  function hasButton(name: string): boolean {
    return Array.from(document.querySelectorAll('button')).some(
      (button) => button.textContent?.trim() === name,
    );
  }

  function problems(): string[] {
    return Array.from(document.querySelectorAll('.error-summary li')).map(
      (item) => item.textContent?.trim() ?? '',
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the hub’s lead, region, its own members and its own meetings', async () => {
    await open();

    const text = pageText();
    expect(query(fixture, 'h1').textContent).toContain('Medway hub');
    expect(text).toContain('Medway');
    expect(text).toContain('Ana Diaz (Riverside Academies Trust)');
    expect(text).toContain('Medway hub: bar models in Year 6');
    expect(text).not.toContain('Spring key messages');
    expect(text).toContain('Ana Diaz, Strood Riverside Academy');
    expect(text).not.toContain('Kit Moss');
    expect(TestBed.inject(Title).getTitle()).toBe('Medway hub – Alliance');
  });

  it('says so when the hub is not part of the network', async () => {
    await open('another-hub');

    expect(pageText()).toContain('This hub is not part of the Maths network.');
  });

  it('lets a lead of the network change the hub lead, and confirms it', async () => {
    await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

    await searchPeople([ANA, KIT]);
    // Ana leads the hub already.
    expect(offered()).toEqual(['Kit Moss, Riverside Academies Trust']);
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    buttonNamed('Save the hub lead').click();

    const request = http.expectOne(`/api/network-hubs/${HUB_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ hubLeadUserId: 'u3' });
    const hub: HubView = {
      ...aNetwork().hubs[0],
      hubLead: {
        userId: 'u3',
        name: 'Kit Moss',
        organisationName: 'Riverside Academies Trust',
      },
      memberCount: 3,
    };
    request.flush(hub);
    await settle();
    expect(pageText()).toContain('Kit Moss now leads the Medway hub.');

    // The new lead joins the hub: the hub and its members are shown afresh.
    http
      .expectOne(`/api/networks/${NETWORK_ID}`)
      .flush(aNetwork({ canManage: true, myRole: 'lead', hubs: [hub] }));
    http.expectOne(`/api/networks/${NETWORK_ID}/members`).flush(aDirectory());
    await settle();
    expect(pageText()).toContain('Kit Moss (Riverside Academies Trust)');
    expect(query<HTMLInputElement>(fixture, '#hub-new-lead').value).toBe('');
  });

  it('asks for someone chosen from the list before saving', async () => {
    await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

    buttonNamed('Save the hub lead').click();
    await settle();
    expect(problems()).toEqual(['Choose the new hub lead']);

    query<HTMLInputElement>(fixture, '#hub-new-lead').focus();
    typeInto(fixture, '#hub-new-lead', 'Kit');
    await settle();
    http
      .expectOne((request) => request.url === '/api/alliances/a1/people')
      .flush({ items: [KIT], total: 1, page: 1, pageSize: 20 });
    await settle();
    buttonNamed('Save the hub lead').click();
    await settle();
    expect(problems()).toEqual(['Choose the new hub lead from the list']);
    http.expectNone(`/api/network-hubs/${HUB_ID}`);
  });

  it('shows the API’s message when it refuses the change', async () => {
    await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

    await searchPeople([KIT]);
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    buttonNamed('Save the hub lead').click();
    http.expectOne(`/api/network-hubs/${HUB_ID}`).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message:
          'Choose the hub lead from the people of the alliance’s member organisations.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(problems()).toEqual([
      'Choose the hub lead from the people of the alliance’s member organisations.',
    ]);
  });

  it('offers members, and the hub’s own lead, no way to change or remove the hub lead', async () => {
    await open(HUB_ID, aNetwork({ myRole: 'member', myHubId: HUB_ID }), 'u2');

    expect(pageText()).not.toContain('Change the hub lead');
    expect(document.querySelector('#hub-new-lead')).toBeNull();
    expect(hasButton('Remove the hub lead')).toBe(false);
  });

  describe('removing the hub lead', () => {
    const withoutLead: HubView = { ...aNetwork().hubs[0], hubLead: null };

    it('asks first, sends no lead, confirms it and shows the hub without a lead', async () => {
      await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

      buttonNamed('Remove the hub lead').click();
      await settle();
      expect(pageText()).toContain('Remove Ana Diaz as the hub lead?');
      expect(pageText()).toContain(
        'The Medway hub will have no lead until you choose a new one.',
      );
      expect(pageText()).toContain('Ana Diaz will stay a member of the hub.');
      http.expectNone(`/api/network-hubs/${HUB_ID}`);

      buttonNamed('Yes, remove the hub lead').click();
      const request = http.expectOne(`/api/network-hubs/${HUB_ID}`);
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ hubLeadUserId: null });
      request.flush(withoutLead);
      await settle();
      expect(pageText()).toContain('Ana Diaz no longer leads the Medway hub.');
      expect(pageText()).not.toContain('Remove Ana Diaz as the hub lead?');

      // The hub is shown afresh, without a lead.
      http
        .expectOne(`/api/networks/${NETWORK_ID}`)
        .flush(
          aNetwork({ canManage: true, myRole: 'lead', hubs: [withoutLead] }),
        );
      await settle();
      expect(pageText()).toContain('Hub lead Nobody yet');
      expect(hasButton('Remove the hub lead')).toBe(false);
      expect(query(fixture, '#change-lead-heading').textContent?.trim()).toBe(
        'Choose a hub lead',
      );
    });

    it('keeps the lead when the person changes their mind', async () => {
      await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

      buttonNamed('Remove the hub lead').click();
      await settle();
      buttonNamed('Keep Ana Diaz as the hub lead').click();
      await settle();

      http.expectNone(`/api/network-hubs/${HUB_ID}`);
      expect(pageText()).not.toContain('Remove Ana Diaz as the hub lead?');
      expect(pageText()).toContain('Ana Diaz (Riverside Academies Trust)');
    });

    it('shows the API’s message in the dialog when it refuses', async () => {
      await open(HUB_ID, aNetwork({ canManage: true, myRole: 'lead' }));

      buttonNamed('Remove the hub lead').click();
      await settle();
      buttonNamed('Yes, remove the hub lead').click();
      http.expectOne(`/api/network-hubs/${HUB_ID}`).flush(
        {
          statusCode: 403,
          error: 'Forbidden',
          message:
            'Only the network’s leads and the alliance coordinator can do this.',
        },
        { status: 403, statusText: 'Forbidden' },
      );
      await settle();

      expect(problems()).toEqual([
        'Only the network’s leads and the alliance coordinator can do this.',
      ]);
      expect(pageText()).toContain('Remove Ana Diaz as the hub lead?');
      expect(pageText()).not.toContain('no longer leads');
    });

    it('is not offered when the hub has no lead', async () => {
      await open(
        HUB_ID,
        aNetwork({ canManage: true, myRole: 'lead', hubs: [withoutLead] }),
      );

      expect(pageText()).toContain('Choose a hub lead');
      expect(hasButton('Remove the hub lead')).toBe(false);
    });
  });

  describe('scheduling a hub meeting', () => {
    const scheduleHref = `/networks/${NETWORK_ID}/meetings/new?hub=${HUB_ID}`;

    it('is offered to the hub’s own lead, for this hub', async () => {
      await open(HUB_ID, aNetwork({ myRole: 'member', myHubId: HUB_ID }), 'u2');

      expect(linkNamed('Schedule a hub meeting')?.getAttribute('href')).toBe(
        scheduleHref,
      );
    });

    it('is offered to the network’s leads and the coordinator', async () => {
      await open(HUB_ID, aNetwork({ canManage: true }));

      expect(linkNamed('Schedule a hub meeting')?.getAttribute('href')).toBe(
        scheduleHref,
      );
    });

    it('is not offered to the hub’s members', async () => {
      await open(
        HUB_ID,
        aNetwork({ myRole: 'member', myHubId: HUB_ID }),
        'user-in-the-hub',
      );

      expect(linkNamed('Schedule a hub meeting')).toBeUndefined();
    });

    it('is not offered to the lead of another hub', async () => {
      const kitsHub: HubView = {
        ...aNetwork().hubs[0],
        id: 'hub-thanet',
        name: 'Thanet hub',
        hubLead: {
          userId: 'u3',
          name: 'Kit Moss',
          organisationName: 'Riverside Academies Trust',
        },
      };
      const network = aNetwork({ myRole: 'member', myHubId: 'hub-thanet' });
      await open(
        HUB_ID,
        { ...network, hubs: [...network.hubs, kitsHub] },
        'u3',
      );

      expect(linkNamed('Schedule a hub meeting')).toBeUndefined();
    });
  });
});
