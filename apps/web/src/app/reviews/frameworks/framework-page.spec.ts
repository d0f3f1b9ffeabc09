import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { FrameworkDetail, SessionUser } from '@alliance/contracts';
import { aSessionUser, settle, textOf } from '../../../testing/test-helpers';
import { SessionStore } from '../../core/session/session-store';
import { aFramework } from '../review-test-data';
import { FrameworkPage } from './framework-page';

const COORDINATOR = aSessionUser({
  id: 'user-coordinator',
  roles: ['staff'],
  coordinatorOfAllianceIds: ['alliance-1'],
});

function anAllianceCopy(
  overrides: Partial<FrameworkDetail> = {},
): FrameworkDetail {
  return {
    ...aFramework(),
    id: 'framework-2',
    familyId: 'framework-2',
    allianceId: 'alliance-1',
    name: 'Better Together peer review',
    inUse: false,
    ...overrides,
  };
}

describe('FrameworkPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FrameworkPage>;

  async function open(framework: FrameworkDetail, user: SessionUser) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(FrameworkPage);
    fixture.componentRef.setInput('id', framework.id);
    await settle();
    http
      .expectOne(`/api/reference/review-frameworks/${framework.id}`)
      .flush(framework);
    await settle();
  }

  function editLink(): HTMLAnchorElement | undefined {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('a'),
    ).find((link) => link.textContent?.trim().startsWith('Edit'));
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the areas in order, each criterion with its four descriptors by rating', async () => {
    const framework = aFramework();
    // Sent out of order, shown in order.
    framework.areas[0].criteria.reverse();
    await open(framework, aSessionUser());

    const text = textOf(fixture);
    expect(text).toContain('Trust quality peer review');
    expect(text).toContain('Provided by Alliance');
    expect(text).toContain('1. Governance and leadership');
    expect(text).toContain('How the trust is led.');
    expect(text.indexOf('1.1 Trustees hold leaders to account')).toBeLessThan(
      text.indexOf('1.2 Clear scheme of delegation'),
    );
    const firstCriterion = (fixture.nativeElement as HTMLElement).querySelector(
      '.card dl',
    );
    const rows = Array.from(
      firstCriterion?.querySelectorAll('.summary-list__row') ?? [],
    ).map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(rows).toEqual([
      ['1 – Getting started', 'Trustees rarely challenge'],
      ['2 – Developing', 'Trustees challenge sometimes'],
      ['3 – Established', 'Trustees challenge well'],
      ['4 – Leading', 'Trustees challenge and others learn from them'],
    ]);
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Trust quality peer review – Alliance',
    );
  });

  it('offers the coordinator to edit the current version of the alliance’s copy', async () => {
    await open(anAllianceCopy(), COORDINATOR);

    expect(textOf(fixture)).toContain('Your alliance’s own copy');
    expect(editLink()?.getAttribute('href')).toBe(
      '/reviews/frameworks/framework-2/edit',
    );
  });

  it('warns the coordinator that changes to a version in use become a new version', async () => {
    await open(anAllianceCopy({ version: 2, inUse: true }), COORDINATOR);

    expect(textOf(fixture)).toContain(
      'Reviews already use this version, so your changes will be saved as version 3. Reviews that have started keep the version they began with.',
    );
  });

  it('offers no editing of the platform’s frameworks, of earlier versions, or to anyone but the coordinator', async () => {
    await open(aFramework(), COORDINATOR);
    expect(editLink()).toBeUndefined();
    TestBed.resetTestingModule();

    await open(anAllianceCopy({ isCurrent: false }), COORDINATOR);
    expect(editLink()).toBeUndefined();
    expect(textOf(fixture)).toContain('This is an earlier version');
    TestBed.resetTestingModule();

    await open(anAllianceCopy(), aSessionUser());
    expect(editLink()).toBeUndefined();
    expect(textOf(fixture)).toContain('1.1 Trustees hold leaders to account');
  });
});
