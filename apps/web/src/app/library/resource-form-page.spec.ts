import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { AllianceSummary } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { ALLIANCE_ID, NETWORK_ID, aResource } from './library-test-data';
import { ResourceFormPage } from './resource-form-page';

const alliance: AllianceSummary = {
  id: ALLIANCE_ID,
  name: 'Better Together Alliance',
  isCoordinator: false,
} as AllianceSummary;

describe('ResourceFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ResourceFormPage>;
  let router: Router;

  async function open(id?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'library/:id', children: [] }]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(aSessionUser());
    fixture = TestBed.createComponent(ResourceFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    await settle();
  }

  async function answerChoices() {
    http
      .expectOne((request) => request.url === '/api/alliances')
      .flush({ items: [alliance], total: 1, page: 1, pageSize: 100 });
    http
      .expectOne((request) => request.url === '/api/networks')
      .flush({
        items: [
          {
            id: NETWORK_ID,
            allianceId: ALLIANCE_ID,
            name: 'Maths network',
            myRole: 'member',
          },
          { id: 'n2', allianceId: ALLIANCE_ID, name: 'Art', myRole: null },
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists what is missing before sharing anything', async () => {
    await open();
    await answerChoices();

    buttonNamed('Share the resource').click();
    await settle();

    const summary = query(fixture, '.error-summary').textContent ?? '';
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Enter a summary');
    expect(summary).toContain('Choose what kind of resource it is');
  });

  it('checks that links are web addresses starting https://', async () => {
    await open();
    await answerChoices();

    buttonNamed('Add a link').click();
    await settle();
    typeInto(fixture, '#resource-link-label-0', 'Sheets');
    typeInto(fixture, '#resource-link-url-0', 'http://example.org');
    buttonNamed('Share the resource').click();
    await settle();

    expect(pageText()).toContain(
      'Enter link 1 as a web address starting https://',
    );
  });

  it('shares a resource with the whole alliance, tags as typed, and opens it', async () => {
    await open();
    await answerChoices();
    expect(pageText()).toContain(
      'You are sharing with Better Together Alliance.',
    );

    typeInto(fixture, '#resource-title', 'Fluency routine');
    typeInto(fixture, '#resource-summary', 'Daily practice.');
    typeInto(fixture, '#resource-subject-tags', 'Maths, multiplication, ');
    fixture.componentInstance['form'].controls.kind.setValue('case_study');
    query<HTMLInputElement>(fixture, '#resource-public-input').click();
    buttonNamed('Share the resource').click();

    const request = http.expectOne('/api/library/resources');
    expect(request.request.body).toEqual({
      allianceId: ALLIANCE_ID,
      title: 'Fluency routine',
      summary: 'Daily practice.',
      kind: 'case_study',
      subjectTags: ['maths', 'multiplication'],
      phaseTags: [],
      keyStageTags: [],
      body: '',
      whatWorked: '',
      whatDidNotWork: '',
      links: [],
      isPublic: true,
    });
    request.flush(aResource({ id: 'r9' }));
    await settle();

    expect(router.url).toBe('/library/r9');
  });

  it('sends only what changed when changing a resource', async () => {
    await open('r1');
    http
      .expectOne('/api/library/resources/r1')
      .flush(aResource({ canEdit: true }));
    await settle();

    typeInto(fixture, '#resource-what-worked', 'Short sessions, every day.');
    buttonNamed('Save changes').click();
    const request = http.expectOne('/api/library/resources/r1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      whatWorked: 'Short sessions, every day.',
    });
    request.flush(aResource());
    await settle();
  });

  it('lists the files and offers the upload control when changing a resource, and explains when they can be added', async () => {
    await open('r1');
    http.expectOne('/api/library/resources/r1').flush(
      aResource({
        canEdit: true,
        files: [
          {
            id: 'f1',
            fileName: 'scheme.pdf',
            contentType: 'application/pdf',
            sizeBytes: 2048,
            uploadedAt: '2026-10-01T10:00:00Z',
          },
        ],
      }),
    );
    await settle();

    expect(
      document.querySelector('a[href="/api/library/resources/r1/files/f1"]')
        ?.textContent,
    ).toContain('scheme.pdf');
    expect(document.querySelector('#attachment-file')).not.toBeNull();
  });

  it('explains that only the person who shared it may change it', async () => {
    await open('r1');
    http.expectOne('/api/library/resources/r1').flush(aResource());
    await settle();

    expect(pageText()).toContain(
      'Only the person who shared it can change this resource',
    );
  });
});
