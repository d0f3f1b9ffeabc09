import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  AllianceDetail,
  AllianceSummary,
  Page,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { AllianceHomePage } from './alliance-home-page';

const summary: AllianceSummary = {
  id: 'a1',
  name: 'Better Together Alliance',
  vision: 'Better together.',
  memberCount: 3,
  isCoordinator: false,
};

function aDetail(overrides: Partial<AllianceDetail> = {}): AllianceDetail {
  return {
    id: 'a1',
    name: 'Better Together Alliance',
    vision:
      'Every child in our region attends a great school.\n\nWe share what works.',
    isCoordinator: false,
    members: [
      {
        membershipId: 'm1',
        organisationId: 'org-oakfield',
        name: 'Oakfield Learning Trust',
        kind: 'trust',
        region: 'North West',
        status: 'active',
        joinedAt: '2026-01-10T10:00:00Z',
        signedCurrentTerms: false,
        schools: [
          {
            id: 's1',
            urn: '100001',
            name: 'Oakfield Primary',
            phase: 'primary',
            localAuthority: 'Lancashire',
            region: 'North West',
            postcode: null,
            status: 'open',
          },
        ],
      },
      {
        membershipId: 'm2',
        organisationId: 'org-riverside',
        name: 'Riverside Academies Trust',
        kind: 'trust',
        region: 'North West',
        status: 'active',
        joinedAt: '2026-01-10T10:00:00Z',
        signedCurrentTerms: true,
        schools: [],
      },
      {
        membershipId: 'm3',
        organisationId: 'org-marshside',
        name: 'Marshside Schools Trust',
        kind: 'trust',
        region: null,
        status: 'invited',
        joinedAt: null,
        signedCurrentTerms: false,
        schools: [],
      },
    ],
    currentTerms: {
      id: 't2',
      version: 2,
      body: 'We meet each half term.\n\nWe share data safely.',
      publishedAt: '2026-09-01T08:00:00Z',
      publishedByName: 'Chris Coordinator',
      signatures: [
        {
          organisationId: 'org-riverside',
          organisationName: 'Riverside Academies Trust',
          signedByName: 'Rita Patel',
          signedAt: '2026-09-02T10:00:00Z',
        },
      ],
    },
    ...overrides,
  };
}

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

describe('AllianceHomePage', () => {
  let http: HttpTestingController;

  function setUp(user: SessionUser) {
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
  }

  async function render(): Promise<ComponentFixture<AllianceHomePage>> {
    const fixture = TestBed.createComponent(AllianceHomePage);
    await settle();
    return fixture;
  }

  async function respond(url: string, body: unknown) {
    http.expectOne((request) => request.url === url).flush(body);
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('says so when the organisation is not part of any alliance', async () => {
    setUp(aSessionUser());
    const fixture = await render();
    expect(textOf(fixture)).toContain('Loading your alliances');

    await respond('/api/alliances', page([]));

    expect(textOf(fixture)).toContain(
      'Your organisation is not part of an alliance yet',
    );
  });

  it('offers to try again when the alliances cannot be loaded', async () => {
    setUp(aSessionUser());
    const fixture = await render();

    http
      .expectOne('/api/alliances?page=1&pageSize=100')
      .flush({}, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(textOf(fixture)).toContain(
      'Sorry, we could not load your alliances',
    );

    buttonNamed('Try again').click();
    await settle();
    await respond('/api/alliances', page([]));
    expect(textOf(fixture)).toContain(
      'Your organisation is not part of an alliance yet',
    );
  });

  it('shows the vision, members with their status, and the terms of reference', async () => {
    setUp(aSessionUser({ roles: ['governor'] }));
    const fixture = await render();
    await respond('/api/alliances', page([summary]));
    await respond('/api/alliances/a1', aDetail());

    const text = textOf(fixture);
    expect(fixture.nativeElement.querySelector('h1').textContent).toBe(
      'Better Together Alliance',
    );
    expect(text).toContain('We share what works.');
    expect(text).toContain('Oakfield Learning Trust');
    expect(text).toContain('Multi-academy trust');
    expect(text).toContain('1 school');
    expect(text).toContain(
      'Version 2, published on 1 September 2026 by Chris Coordinator',
    );
    expect(text).toContain(
      'Riverside Academies Trust: signed by Rita Patel on 2 September 2026',
    );

    const chips = Array.from(
      fixture.nativeElement.querySelectorAll(
        'mat-chip',
      ) as NodeListOf<HTMLElement>,
    ).map((chip) => chip.textContent?.trim());
    expect(chips).toEqual(['Signed terms', 'Invited']);
    // A governor can read the terms but only the chief executive signs them; only the coordinator edits.
    expect(text).not.toContain('Sign the terms of reference');
    expect(text).not.toContain('Invite an organisation');
  });

  it('leads to the areas of excellence shared in the alliance shown', async () => {
    setUp(aSessionUser({ roles: ['headteacher'] }));
    const fixture = await render();
    await respond('/api/alliances', page([summary]));
    await respond('/api/alliances/a1', aDetail());

    const link = Array.from(
      fixture.nativeElement.querySelectorAll(
        'a',
      ) as NodeListOf<HTMLAnchorElement>,
    ).find((anchor) => anchor.textContent?.includes('areas of excellence'));
    expect(textOf(fixture)).toContain('Find a trust strong in…');
    expect(link?.textContent?.trim()).toBe(
      'Search the areas of excellence in Better Together Alliance',
    );
    expect(link?.getAttribute('href')).toBe('/reviews/excellence?alliance=a1');
  });

  it('lets a chief executive sign the current terms after confirming', async () => {
    setUp(aSessionUser({ roles: ['ceo'] }));
    const fixture = await render();
    await respond('/api/alliances', page([summary]));
    await respond('/api/alliances/a1', aDetail());

    buttonNamed('Sign the terms of reference').click();
    await settle();
    expect(pageText()).toContain(
      'You are signing version 2 of the terms of reference of Better Together Alliance on behalf of Oakfield Learning Trust.',
    );

    const dialogButton = Array.from(
      document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'),
    ).find(
      (button) => button.textContent?.trim() === 'Sign the terms of reference',
    );
    dialogButton?.click();
    await settle();

    const signing = http.expectOne('/api/alliances/a1/terms/t2/signatures');
    expect(signing.request.method).toBe('POST');
    signing.flush(aDetail().currentTerms);
    await settle();

    const signedMembers = aDetail().members.map((member) => ({
      ...member,
      signedCurrentTerms: member.status === 'active',
    }));
    await respond('/api/alliances/a1', aDetail({ members: signedMembers }));

    expect(pageText()).toContain(
      'You have signed version 2 of the terms of reference.',
    );
    expect(fixture.nativeElement.querySelector('.notice--action')).toBeNull();
  });

  it('gives the coordinator the editing actions', async () => {
    setUp(aSessionUser({ roles: ['staff'], coordinatorOfAllianceIds: ['a1'] }));
    await render();
    await respond(
      '/api/alliances',
      page([{ ...summary, isCoordinator: true }]),
    );
    await respond('/api/alliances/a1', aDetail({ isCoordinator: true }));

    expect(buttonNamed('Change the vision')).toBeTruthy();
    expect(buttonNamed('Publish a new version')).toBeTruthy();
    expect(buttonNamed('Invite an organisation')).toBeTruthy();
  });

  it('lets people with several alliances choose which one to see', async () => {
    setUp(aSessionUser());
    const fixture = await render();
    await respond(
      '/api/alliances',
      page([summary, { ...summary, id: 'a2', name: 'Pennine Partnership' }]),
    );
    await respond('/api/alliances/a1', aDetail());
    expect(fixture.nativeElement.querySelector('mat-select')).not.toBeNull();

    fixture.componentRef.setInput('alliance', 'a2');
    await settle();

    await respond(
      '/api/alliances/a2',
      aDetail({ id: 'a2', name: 'Pennine Partnership' }),
    );
    expect(fixture.nativeElement.querySelector('h1').textContent).toBe(
      'Pennine Partnership',
    );
  });
});
