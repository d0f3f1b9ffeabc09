import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AllianceSummary, SavingsSummary } from '@alliance/contracts';
import { aSessionUser, settle } from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { SavingsPage } from './savings-page';

// chart.js needs a real canvas; the page's table carries the same numbers and is what these tests read.
const chart = { destroy: jest.fn() };
jest.mock('chart.js', () => {
  const Chart = jest.fn(() => chart) as unknown as { register: jest.Mock };
  Chart.register = jest.fn();
  return {
    Chart,
    BarController: {},
    BarElement: {},
    CategoryScale: {},
    LinearScale: {},
    Legend: {},
    Tooltip: {},
  };
});

const COORDINATED: AllianceSummary = {
  id: 'alliance-1',
  name: 'Better Together Alliance',
  vision: '',
  memberCount: 4,
  isCoordinator: true,
};

const SAVINGS: SavingsSummary = {
  allianceId: 'alliance-1',
  awardedCount: 3,
  totalSavingPence: 5250050,
  byCategory: [
    { category: 'catering', awardedCount: 2, savingPence: 4000050 },
    { category: 'energy', awardedCount: 1, savingPence: 1250000 },
  ],
  byYear: [
    {
      year: '2025/26',
      awardedCount: 1,
      savingPence: 1250000,
      byCategory: [
        { category: 'energy', awardedCount: 1, savingPence: 1250000 },
      ],
    },
    {
      year: '2026/27',
      awardedCount: 2,
      savingPence: 4000050,
      byCategory: [
        { category: 'catering', awardedCount: 2, savingPence: 4000050 },
      ],
    },
  ],
  awarded: [
    {
      id: 'need-1',
      title: 'School meals',
      organisationName: 'Oakfield Learning Trust',
      category: 'catering',
      supplier: 'Fresh Start Catering',
      contractStartDate: '2026-09-01',
      contractLengthMonths: 36,
      savingPence: 4000050,
      savingMethod: 'Against last year’s prices.',
    },
  ],
};

describe('SavingsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(alliances: AllianceSummary[]) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'procurement/savings', component: SavingsPage },
            { path: 'procurement/:id', children: [] },
            { path: 'procurement', children: [] },
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
      aSessionUser({
        roles: ['staff'],
        coordinatorOfAllianceIds: ['alliance-1'],
      }),
    );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/savings');
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

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function text(): string {
    return (rendered().textContent ?? '').replace(/\s+/g, ' ');
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the total, a chart described for screen readers, and a table with the same numbers', async () => {
    await open([COORDINATED]);
    const request = http.expectOne(
      (req) =>
        req.url === '/api/procurement/savings' &&
        req.params.get('allianceId') === 'alliance-1',
    );
    request.flush(SAVINGS);
    await settle();

    expect(text()).toMatch(/Total saved\s*£52,500\.50/);
    expect(text()).toMatch(/Needs awarded\s*3 needs/);
    const canvas = rendered().querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain(
      '2025/26: £12,500; 2026/27: £40,000.50',
    );
    const rows = Array.from(rendered().querySelectorAll('table tr')).map(
      (row) =>
        Array.from(row.querySelectorAll('th, td'))
          .map((cell) => cell.textContent?.trim())
          .join(' | '),
    );
    expect(rows[0]).toBe('Year | Catering | Energy | Total | Needs awarded');
    expect(rows[1]).toBe('2025/26 | £0 | £12,500 | £12,500 | 1');
    expect(rows[2]).toBe('2026/27 | £40,000.50 | £0 | £40,000.50 | 2');
    expect(rows[3]).toBe('All years | £40,000.50 | £12,500 | £52,500.50 | 3');
    expect(text()).toContain('Fresh Start Catering');
    expect(text()).toContain('3 years from 1 September 2026');

    const { Chart } = jest.requireMock<{ Chart: jest.Mock }>('chart.js');
    expect(Chart).toHaveBeenCalledTimes(1);
    harness.fixture.destroy();
    expect(chart.destroy).toHaveBeenCalled();
  });

  it('explains kindly that only the coordinator can see it', async () => {
    await open([{ ...COORDINATED, isCoordinator: false }]);

    http.expectNone((req) => req.url === '/api/procurement/savings');
    expect(text()).toContain('Only the alliance’s coordinator can see this');
  });

  it('says the same when the API refuses', async () => {
    await open([COORDINATED]);
    http
      .expectOne((req) => req.url === '/api/procurement/savings')
      .flush(
        { statusCode: 403, message: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();

    expect(text()).toContain('Only the alliance’s coordinator can see this');
    expect(text()).not.toContain('Sorry, we could not load');
  });
});
