import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type {
  AlliancePersonView,
  NetworkDetail,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { PERSON_SEARCH_DELAY_MS } from '../shared/person-picker';
import { NetworkFormPage } from './network-form-page';
import { NETWORK_ID, aNetwork } from './network-test-data';

const JO: AlliancePersonView = {
  id: 'lead-1',
  name: 'Jo Harbour',
  roles: ['staff'],
  organisationId: 'org-harbour',
  organisationName: 'Harbour Teaching School Hub',
  organisationKind: 'teaching_school_hub',
};
const PRIYA: AlliancePersonView = {
  id: 'lead-2',
  name: 'Priya Shah',
  roles: ['headteacher'],
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  organisationKind: 'trust',
};
const MARK: AlliancePersonView = {
  id: 'lead-3',
  name: 'Mark Thompson',
  roles: ['ceo'],
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  organisationKind: 'trust',
};

const COORDINATOR = aSessionUser({
  organisationId: 'org-harbour',
  coordinatorOfAllianceIds: ['a1'],
});

function configure(user: SessionUser): void {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'networks/:id', children: [] }]),
      {
        provide: MATERIAL_ANIMATIONS,
        useValue: { animationsDisabled: true },
      },
      { provide: PERSON_SEARCH_DELAY_MS, useValue: 0 },
    ],
  });
  TestBed.inject(SessionStore).startSession(user);
}

/** Focuses the leads picker, answers its search of the alliance's people and chooses the person named. */
async function addLead(
  http: HttpTestingController,
  fixture: ComponentFixture<NetworkFormPage>,
  name: string,
  found: AlliancePersonView[],
): Promise<void> {
  const field = query<HTMLInputElement>(fixture, '#network-leads');
  field.focus();
  await settle();
  const search = http.expectOne(
    (request) => request.url === '/api/alliances/a1/people',
  );
  // Any role in any member organisation can lead a network.
  expect(search.request.params.has('roles')).toBe(false);
  expect(search.request.params.has('organisationKind')).toBe(false);
  search.flush({ items: found, total: found.length, page: 1, pageSize: 20 });
  await settle();
  const option = Array.from(
    document.querySelectorAll<HTMLElement>('mat-option'),
  ).find((element) => element.textContent?.includes(name));
  if (!option) throw new Error(`${name} is not offered`);
  option.click();
  await settle();
  field.blur();
  await settle();
}

function offered(): string[] {
  return Array.from(document.querySelectorAll('mat-option')).map(
    (option) => option.querySelector('.option-title')?.textContent ?? '',
  );
}

function problems(fixture: ComponentFixture<NetworkFormPage>): string[] {
  return Array.from(
    (fixture.nativeElement as HTMLElement).querySelectorAll(
      '.error-summary li',
    ),
  ).map((item) => item.textContent?.trim() ?? '');
}

describe('NetworkFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NetworkFormPage>;
  let router: Router;

  beforeEach(async () => {
    configure(COORDINATOR);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(NetworkFormPage);
    await settle();
    http
      .expectOne((request) => request.url === '/api/alliances')
      .flush({
        items: [
          { id: 'a1', name: 'Better Together Alliance', isCoordinator: true },
        ],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists what is missing', async () => {
    buttonNamed('Create the network').click();
    await settle();

    const summary = query(fixture, '.error-summary').textContent ?? '';
    expect(summary).toContain('Enter a name');
    expect(summary).toContain('Choose subject network or leadership group');
    expect(summary).toContain('Enter the purpose of the network');
    expect(summary).toContain('Choose at least one lead');
  });

  it('creates the network with its tags and leads, and opens it', async () => {
    typeInto(fixture, '#network-name', 'Science network');
    query<HTMLInputElement>(fixture, '#network-kind-subject-input').click();
    typeInto(fixture, '#network-subject-tags', 'Science, Physics');
    typeInto(fixture, '#network-phase-tags', 'secondary');
    typeInto(fixture, '#network-purpose', 'Better practicals.');
    await settle();
    await addLead(http, fixture, 'Jo Harbour', [JO, PRIYA, MARK]);
    // The list of people is already loaded: Jo is not offered twice.
    const field = query<HTMLInputElement>(fixture, '#network-leads');
    expect(field.value).toBe('');
    field.focus();
    await settle();
    expect(offered()).toEqual([
      'Priya Shah, Riverside Academies Trust',
      'Mark Thompson, Riverside Academies Trust',
    ]);
    (document.querySelectorAll('mat-option')[0] as HTMLElement).click();
    await settle();
    // Choosing leaves the focus in the field; a person clicks in it again for the list.
    field.click();
    await settle();
    (document.querySelectorAll('mat-option')[0] as HTMLElement).click();
    await settle();
    expect(textOf(fixture)).toContain(
      'Jo Harbour, Harbour Teaching School Hub',
    );
    buttonNamed('Remove Priya Shah').click();
    await settle();
    expect(textOf(fixture)).not.toContain('Priya Shah');

    buttonNamed('Create the network').click();

    const request = http.expectOne('/api/networks');
    expect(request.request.body).toEqual({
      allianceId: 'a1',
      name: 'Science network',
      kind: 'subject',
      subjectTags: ['science', 'physics'],
      phaseTags: ['secondary'],
      purpose: 'Better practicals.',
      expectations: '',
      leadUserIds: ['lead-1', 'lead-3'],
    });
    request.flush(aNetwork({ id: 'n9', name: 'Science network' }));
    await settle();
    expect(router.url).toBe('/networks/n9');
  });
});

describe('NetworkFormPage, changing a network', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NetworkFormPage>;
  let router: Router;

  async function open(user: SessionUser, network: NetworkDetail) {
    configure(user);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(NetworkFormPage);
    fixture.componentRef.setInput('id', network.id);
    await settle();
    http.expectOne(`/api/networks/${network.id}`).flush(network);
    await settle();
  }

  function valueOf(selector: string): string {
    return query<HTMLInputElement | HTMLTextAreaElement>(fixture, selector)
      .value;
  }

  afterEach(() => {
    // Nothing else is asked for: in particular not the coordinator's alliances, which only creating needs.
    http.verify();
    document.body.innerHTML = '';
  });

  it('fills in the network as it is', async () => {
    await open(COORDINATOR, aNetwork({ canManage: true }));

    expect(query(fixture, 'h1').textContent).toContain(
      'Change the network’s details',
    );
    expect(valueOf('#network-name')).toBe('Maths network');
    expect(
      query<HTMLInputElement>(fixture, '#network-kind-subject-input').checked,
    ).toBe(true);
    expect(valueOf('#network-subject-tags')).toBe('maths');
    expect(valueOf('#network-phase-tags')).toBe('primary, secondary');
    expect(valueOf('#network-purpose')).toBe(
      'Improving maths teaching across the alliance.',
    );
    expect(valueOf('#network-expectations')).toBe(
      'Come to the termly meeting.',
    );
    expect(textOf(fixture)).toContain(
      'Jo Harbour, Harbour Teaching School Hub',
    );
    // The alliance of a network cannot change.
    expect(document.querySelector('#network-alliance')).toBeNull();
  });

  it('lets the coordinator change the name and the leads, sending only what changed', async () => {
    await open(COORDINATOR, aNetwork({ canManage: true }));

    typeInto(fixture, '#network-name', 'Maths and numeracy network');
    await addLead(http, fixture, 'Priya Shah', [JO, PRIYA]);
    // Jo already leads the network, so is not offered again.
    query<HTMLInputElement>(fixture, '#network-leads').focus();
    await settle();
    expect(offered()).toEqual([]);
    buttonNamed('Remove Jo Harbour').click();
    await settle();
    buttonNamed('Save changes').click();

    const request = http.expectOne(`/api/networks/${NETWORK_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      name: 'Maths and numeracy network',
      leadUserIds: ['lead-2'],
    });
    request.flush(aNetwork({ name: 'Maths and numeracy network' }));
    await settle();

    expect(router.url).toBe(`/networks/${NETWORK_ID}`);
    expect(pageText()).toContain(
      'Your changes to the Maths and numeracy network have been saved.',
    );
  });

  it('lets a lead change the details but not who leads the network', async () => {
    await open(
      aSessionUser({ id: 'lead-1', roles: ['staff'] }),
      aNetwork({ canManage: true, myRole: 'lead' }),
    );

    expect(textOf(fixture)).toContain(
      'Only the alliance coordinator can change who leads the network.',
    );
    expect(textOf(fixture)).toContain(
      'Jo Harbour, Harbour Teaching School Hub',
    );
    expect(document.querySelector('#network-leads')).toBeNull();
    expect(textOf(fixture)).not.toContain('Remove');

    typeInto(fixture, '#network-subject-tags', 'Maths, Reasoning');
    typeInto(fixture, '#network-expectations', '  ');
    buttonNamed('Save changes').click();

    const request = http.expectOne(`/api/networks/${NETWORK_ID}`);
    expect(request.request.body).toEqual({
      subjectTags: ['maths', 'reasoning'],
      expectations: '',
    });
    request.flush(aNetwork());
    await settle();
    expect(router.url).toBe(`/networks/${NETWORK_ID}`);
  });

  it('lists what is missing before saving', async () => {
    await open(COORDINATOR, aNetwork({ canManage: true }));

    typeInto(fixture, '#network-name', ' ');
    typeInto(fixture, '#network-purpose', '');
    buttonNamed('Remove Jo Harbour').click();
    await settle();
    buttonNamed('Save changes').click();
    await settle();

    expect(problems(fixture)).toEqual([
      'Enter a name',
      'Enter the purpose of the network',
      'Choose at least one lead',
    ]);
    http.expectNone(`/api/networks/${NETWORK_ID}`);
  });

  it('says so when nothing was changed, without asking the API', async () => {
    await open(COORDINATOR, aNetwork({ canManage: true }));

    buttonNamed('Save changes').click();
    await settle();

    http.expectNone(`/api/networks/${NETWORK_ID}`);
    expect(router.url).toBe(`/networks/${NETWORK_ID}`);
    expect(pageText()).toContain('You did not change anything.');
  });

  it('shows the API’s message when it refuses the change', async () => {
    await open(COORDINATOR, aNetwork({ canManage: true }));

    typeInto(fixture, '#network-name', 'English network');
    buttonNamed('Save changes').click();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(
      {
        statusCode: 403,
        error: 'Forbidden',
        message:
          'Only the network’s leads and the alliance coordinator can do this.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();

    expect(problems(fixture)).toEqual([
      'Only the network’s leads and the alliance coordinator can do this.',
    ]);
    expect(router.url).toBe('/');
  });

  it('tells a member who does not lead the network that they cannot change it', async () => {
    await open(
      aSessionUser({ roles: ['staff'] }),
      aNetwork({ myRole: 'member' }),
    );

    expect(pageText()).toContain(
      'Only the network’s leads and the alliance coordinator can change it',
    );
    expect(document.querySelector('form')).toBeNull();
  });
});
