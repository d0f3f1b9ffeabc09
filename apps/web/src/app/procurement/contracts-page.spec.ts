import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  OrganisationDetail,
  Page,
  TrustContractView,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { ContractsPage } from './contracts-page';

const OAKFIELD: OrganisationDetail = {
  id: 'org-oakfield',
  name: 'Oakfield Learning Trust',
  kind: 'trust',
  dfeReference: null,
  region: null,
  schools: [
    {
      id: 'school-1',
      urn: '100001',
      name: 'Oakfield Primary',
      phase: 'primary',
      localAuthority: null,
      region: null,
      postcode: null,
      status: 'open',
    },
  ],
};

function aContract(
  overrides: Partial<TrustContractView> = {},
): TrustContractView {
  return {
    id: 'contract-1',
    category: 'energy',
    supplier: 'Bright Power',
    annualValuePence: 4100050,
    endDate: '2027-03-31',
    schools: [{ id: 'school-1', urn: '100001', name: 'Oakfield Primary' }],
    notes: null,
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    ...overrides,
  };
}

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

describe('ContractsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(contracts: TrustContractView[]) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'procurement/contracts', component: ContractsPage },
            { path: 'procurement/radar', children: [] },
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
      aSessionUser({ roles: ['business_manager'] }),
    );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/contracts');
    await settle();
    await answerContracts(contracts);
    http.expectOne('/api/organisations/org-oakfield').flush(OAKFIELD);
    await settle();
  }

  async function answerContracts(contracts: TrustContractView[]) {
    http
      .expectOne(
        (req) =>
          req.method === 'GET' && req.url === '/api/procurement/contracts',
      )
      .flush(page(contracts));
    await settle();
  }

  function text(): string {
    return (
      (harness.fixture.nativeElement as HTMLElement).textContent ?? ''
    ).replace(/\s+/g, ' ');
  }

  function typeIn(selector: string, value: string) {
    const input = document.querySelector<
      HTMLInputElement | HTMLTextAreaElement
    >(selector);
    if (!input) throw new Error(`Nothing matches ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists the trust’s contracts and says who can see them', async () => {
    await open([aContract()]);

    const content = text();
    expect(content).toContain('Only people in your trust can see this list.');
    expect(content).toContain('only anonymous totals');
    expect(content).toContain('Energy');
    expect(content).toContain('Bright Power');
    expect(content).toContain('£41,000.50');
    expect(content).toContain('31 March 2027');
    expect(content).toContain('Oakfield Primary');
    expect(content).toContain('1 contract');
  });

  it('says when there are no contracts yet', async () => {
    await open([]);
    expect(text()).toContain('You have not recorded any contracts yet.');
  });

  it('adds a contract from a dialog, in exact pence', async () => {
    await open([]);

    buttonNamed('Add a contract').click();
    await settle();
    const category = document.querySelector<HTMLSelectElement>(
      '#contract-category',
    ) as HTMLSelectElement;
    category.value = 'catering';
    category.dispatchEvent(new Event('change'));
    typeIn('#contract-supplier', 'Fresh Start');
    typeIn('#contract-value', '12,000.3');
    typeIn('#contract-end', '31/8/2027');
    document
      .querySelector<HTMLInputElement>('#contract-school-school-1-input')
      ?.click();
    await settle();
    buttonNamed('Add the contract').click();
    await settle();

    const request = http.expectOne('/api/procurement/contracts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      category: 'catering',
      supplier: 'Fresh Start',
      annualValuePence: 1200030,
      endDate: '2027-08-31',
      schoolIds: ['school-1'],
    });
    request.flush(aContract({ supplier: 'Fresh Start' }));
    await settle();
    expect(pageText()).toContain(
      'Your contract with Fresh Start has been added.',
    );
    await answerContracts([aContract({ supplier: 'Fresh Start' })]);
  });

  it('changes a contract, sending only what changed', async () => {
    await open([aContract()]);

    buttonNamed('Change the contract with Bright Power').click();
    await settle();
    expect(
      document.querySelector<HTMLInputElement>('#contract-value')?.value,
    ).toBe('41000.50');
    typeIn('#contract-supplier', 'Brighter Power');
    buttonNamed('Save changes').click();
    await settle();

    const request = http.expectOne('/api/procurement/contracts/contract-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ supplier: 'Brighter Power' });
    request.flush(aContract({ supplier: 'Brighter Power' }));
    await settle();
    await answerContracts([aContract({ supplier: 'Brighter Power' })]);
  });

  it('deletes a contract once confirmed', async () => {
    await open([aContract()]);

    buttonNamed('Delete the contract with Bright Power').click();
    await settle();
    expect(pageText()).toContain(
      'Your energy contract with Bright Power will be deleted',
    );
    buttonNamed('Yes, delete it').click();
    await settle();
    const request = http.expectOne('/api/procurement/contracts/contract-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await answerContracts([]);
    expect(text()).toContain('You have not recorded any contracts yet.');
  });
});
