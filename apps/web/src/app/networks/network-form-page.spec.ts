import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import {
  aSessionUser,
  buttonNamed,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { NetworkFormPage } from './network-form-page';
import { aNetwork } from './network-test-data';

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
    http
      .expectOne(
        (request) => request.url === '/api/organisations/org-harbour/people',
      )
      .flush({
        items: [
          {
            id: 'lead-1',
            name: 'Jo Harbour',
            email: 'lead@harbour.test',
            roles: ['staff'],
            lastSignedInAt: null,
          },
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
    fixture.componentInstance['form'].controls.leadUserIds.setValue(['lead-1']);
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
      leadUserIds: ['lead-1'],
    });
    request.flush(aNetwork({ id: 'n9', name: 'Science network' }));
    await settle();
    expect(router.url).toBe('/networks/n9');
  });
});
