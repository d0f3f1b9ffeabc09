import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { AlliancePersonView } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  query,
  settle,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { PERSON_SEARCH_DELAY_MS } from '../shared/person-picker';
import { NetworkFormPage } from './network-form-page';
import { aNetwork } from './network-test-data';

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

describe('NetworkFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NetworkFormPage>;
  let router: Router;

  beforeEach(async () => {
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
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({
        organisationId: 'org-harbour',
        coordinatorOfAllianceIds: ['a1'],
      }),
    );
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

  /** Focuses the leads picker, answers its search of the alliance's people and chooses the person named. */
  async function addLead(
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
    await addLead('Jo Harbour', [JO, PRIYA, MARK]);
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
