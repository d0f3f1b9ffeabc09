import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AllianceSummary, ContractRadar } from '@alliance/contracts';
import { aSessionUser, settle } from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { RadarPage } from './radar-page';

function anAlliance(id: string, name: string): AllianceSummary {
  return { id, name, vision: '', memberCount: 4, isCoordinator: false };
}

const RADAR: ContractRadar = {
  allianceId: 'alliance-1',
  from: '2027-01-10',
  to: '2027-09-30',
  minimumTrusts: 3,
  quarterStarts: ['2027-01-01', '2027-04-01', '2027-07-01'],
  rows: [
    {
      category: 'catering',
      total: { trustCount: 4, schoolCount: 19, annualValuePence: 41000000 },
      quarters: [
        { quarterStart: '2027-01-01', figures: null },
        {
          quarterStart: '2027-04-01',
          figures: {
            trustCount: 3,
            schoolCount: 12,
            annualValuePence: 30000000,
          },
        },
        { quarterStart: '2027-07-01', figures: null },
      ],
    },
    {
      category: 'energy',
      total: null,
      quarters: [
        { quarterStart: '2027-01-01', figures: null },
        { quarterStart: '2027-04-01', figures: null },
        { quarterStart: '2027-07-01', figures: null },
      ],
    },
  ],
};

describe('RadarPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, alliances: AllianceSummary[]) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'procurement/radar', component: RadarPage },
            { path: 'procurement/contracts', children: [] },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ roles: ['business_manager'] }),
    );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
    http
      .expectOne((req) => req.url === '/api/alliances')
      .flush({
        items: alliances,
        total: alliances.length,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  function radarRequest(allianceId: string) {
    return http.expectOne(
      (req) =>
        req.url === '/api/procurement/radar' &&
        req.params.get('allianceId') === allianceId,
    );
  }

  function text(): string {
    return (
      (harness.fixture.nativeElement as HTMLElement).textContent ?? ''
    ).replace(/\s+/g, ' ');
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows each category by quarter, hiding figures behind fewer than 3 trusts', async () => {
    await open('/procurement/radar', [
      anAlliance('alliance-1', 'Better Together Alliance'),
    ]);
    radarRequest('alliance-1').flush(RADAR);
    await settle();

    const headers = Array.from(
      (harness.fixture.nativeElement as HTMLElement).querySelectorAll(
        'thead th',
      ),
    ).map((th) => th.textContent?.trim());
    expect(headers).toEqual([
      'Category',
      'All ending in the period',
      'Jan to Mar 2027',
      'Apr to Jun 2027',
      'Jul to Sep 2027',
    ]);
    const row = (
      (harness.fixture.nativeElement as HTMLElement).querySelector('tbody tr')
        ?.textContent ?? ''
    ).replace(/\s+/g, ' ');
    expect(row).toContain('Catering');
    expect(row).toContain('4 trusts, 19 schools, about £410,000 a year');
    expect(row).toContain('3 trusts, 12 schools, about £300,000 a year');
    expect(row).toContain('Fewer than 3 trusts');
    expect(text()).toContain(
      'Fewer than 3 trusts have contracts ending in this time for: Energy.',
    );
    expect(text()).toContain('only where at least 3 trusts');
    expect(text()).toContain('Record your trust’s contracts');
    expect(
      (harness.fixture.nativeElement as HTMLElement).querySelector(
        '#radar-alliance',
      ),
    ).toBeNull();
  });

  it('offers a choice of alliance when the organisation is in several, kept in the address', async () => {
    await open('/procurement/radar?alliance=alliance-2', [
      anAlliance('alliance-1', 'Better Together Alliance'),
      anAlliance('alliance-2', 'Pennine Partnership'),
    ]);
    radarRequest('alliance-2').flush({
      ...RADAR,
      allianceId: 'alliance-2',
      rows: [],
    });
    await settle();

    expect(
      (harness.fixture.nativeElement as HTMLElement).querySelector(
        '#radar-alliance',
      )?.textContent,
    ).toContain('Pennine Partnership');
    expect(text()).toContain(
      'No category has contracts of at least 3 trusts ending in this time.',
    );

    await TestBed.inject(Router).navigateByUrl(
      '/procurement/radar?alliance=alliance-1',
    );
    await settle();
    radarRequest('alliance-1').flush(RADAR);
    await settle();
    expect(text()).toContain('Contracts ending in Better Together Alliance');
  });
});
