import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { FrameworkSummary, SessionUser } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  textOf,
} from '../../../testing/test-helpers';
import { SessionStore } from '../../core/session/session-store';
import { aFramework } from '../review-test-data';
import { FrameworksPage } from './frameworks-page';

const COORDINATOR = aSessionUser({
  id: 'user-coordinator',
  email: 'coordinator@alliance.test',
  organisationId: 'org-harbour',
  organisationName: 'Harbour Teaching School Hub',
  roles: ['staff'],
  coordinatorOfAllianceIds: ['alliance-1'],
});

const PROVIDED: FrameworkSummary = {
  id: 'framework-1',
  familyId: 'framework-1',
  version: 1,
  allianceId: null,
  name: 'Trust quality peer review',
  description: 'Five areas of a trust’s work.',
  isCurrent: true,
  inUse: true,
  createdAt: '2027-01-01T10:00:00Z',
};
const OWN_COPY: FrameworkSummary = {
  id: 'framework-2',
  familyId: 'framework-2',
  version: 3,
  allianceId: 'alliance-1',
  name: 'Better Together peer review',
  description: '',
  isCurrent: true,
  inUse: false,
  createdAt: '2027-02-01T10:00:00Z',
};

describe('FrameworksPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FrameworksPage>;

  async function open(user: SessionUser, frameworks: FrameworkSummary[]) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(FrameworksPage);
    await settle();
    http
      .expectOne(
        (request) => request.url === '/api/reference/review-frameworks',
      )
      .flush(frameworks);
    await settle();
  }

  function type(selector: string, value: string) {
    const input = document.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`Nothing matches ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function linkNames(): string[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('a'),
    ).map((link) => (link.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists the frameworks provided by Alliance and the alliance’s own, with their version and use, for anyone to view', async () => {
    await open(aSessionUser(), [PROVIDED, OWN_COPY]);

    const text = textOf(fixture);
    expect(text).toContain('Provided by Alliance');
    expect(text).toContain('Trust quality peer review');
    expect(text).toContain('Five areas of a trust’s work.');
    expect(text).toContain('Your alliance’s own copy');
    expect(text).toContain('Better Together peer review');
    expect(text).toMatch(/Version\s*3/);
    expect(text).toMatch(/Used by reviews\s*Yes/);
    expect(text).toMatch(/Used by reviews\s*Not yet/);
    expect(linkNames()).toEqual(
      expect.arrayContaining([
        'View Trust quality peer review',
        'View Better Together peer review',
      ]),
    );
    // A chief executive reads them; only the coordinator copies and edits.
    expect(text).not.toContain('Make a copy');
    expect(linkNames().some((name) => name.startsWith('Edit'))).toBe(false);
  });

  it('offers the coordinator a copy of any framework, and editing of the alliance’s own only', async () => {
    await open(COORDINATOR, [
      PROVIDED,
      OWN_COPY,
      {
        ...OWN_COPY,
        id: 'framework-3',
        allianceId: 'alliance-other',
        name: 'Another alliance’s copy',
      },
    ]);

    expect(
      buttonNamed('Make a copy of Trust quality peer review'),
    ).toBeTruthy();
    expect(
      buttonNamed('Make a copy of Better Together peer review'),
    ).toBeTruthy();
    const edits = linkNames().filter((name) => name.startsWith('Edit'));
    expect(edits).toEqual(['Edit Better Together peer review']);
  });

  it('tells a coordinator how to get a framework of their own when there is none', async () => {
    await open(COORDINATOR, [PROVIDED]);

    expect(textOf(fixture)).toContain(
      'Your alliance has no frameworks of its own yet. Make a copy of one provided by Alliance',
    );
  });

  it('copies a framework under the name given and opens the copy’s editor', async () => {
    await open(COORDINATOR, [PROVIDED]);
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);

    buttonNamed('Make a copy of Trust quality peer review').click();
    await settle();
    const name = document.querySelector<HTMLInputElement>('#copy-name');
    expect(name?.value).toBe('Trust quality peer review (copy)');

    type('#copy-name', '  Better Together peer review ');
    await settle();
    buttonNamed('Make the copy').click();
    await settle();

    const request = http.expectOne('/api/review-frameworks');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      allianceId: 'alliance-1',
      sourceFrameworkId: 'framework-1',
      name: 'Better Together peer review',
    });
    request.flush({
      ...aFramework(),
      id: 'framework-9',
      familyId: 'framework-9',
      allianceId: 'alliance-1',
      name: 'Better Together peer review',
      inUse: false,
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith([
      '/reviews/frameworks',
      'framework-9',
      'edit',
    ]);
  });

  it('asks for a name for the copy before sending anything, and shows the API’s reason when it refuses', async () => {
    await open(COORDINATOR, [PROVIDED]);

    buttonNamed('Make a copy of Trust quality peer review').click();
    await settle();
    type('#copy-name', '   ');
    await settle();
    buttonNamed('Make the copy').click();
    await settle();
    expect(pageText()).toContain('Enter a name for the copy');
    expect(
      document.querySelector('.error-summary a[href="#copy-name"]'),
    ).not.toBeNull();

    type('#copy-name', 'Our framework');
    await settle();
    buttonNamed('Make the copy').click();
    await settle();
    http.expectOne('/api/review-frameworks').flush(
      {
        statusCode: 403,
        message: 'Only the alliance’s coordinator can do this',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(pageText()).toContain('Only the alliance’s coordinator can do this');
  });

  it('says when the frameworks cannot be loaded, with a way to try again', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(aSessionUser());
    fixture = TestBed.createComponent(FrameworksPage);
    await settle();
    http
      .expectOne(
        (request) => request.url === '/api/reference/review-frameworks',
      )
      .flush(null, { status: 500, statusText: 'Server Error' });
    await settle();

    expect(textOf(fixture)).toContain(
      'Sorry, we could not load the review frameworks',
    );
    buttonNamed('Try again').click();
    await settle();
    http
      .expectOne(
        (request) => request.url === '/api/reference/review-frameworks',
      )
      .flush([PROVIDED]);
    await settle();
    expect(textOf(fixture)).toContain('Trust quality peer review');
  });
});
