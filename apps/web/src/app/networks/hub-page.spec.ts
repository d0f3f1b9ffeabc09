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
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
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

  async function open(hubId = HUB_ID, network: NetworkDetail = aNetwork()) {
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

  it('offers members, and the hub’s own lead, no way to change the hub lead', async () => {
    await open(HUB_ID, aNetwork({ myRole: 'member', myHubId: HUB_ID }));

    expect(pageText()).not.toContain('Change the hub lead');
    expect(document.querySelector('#hub-new-lead')).toBeNull();
  });
});
