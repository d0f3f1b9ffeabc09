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
import type {
  AllianceSummary,
  NeedDetail,
  OrganisationDetail,
  SchoolView,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { NeedFormPage } from './need-form-page';

const NOW = new Date('2027-01-10T10:00:00Z');
const ALLIANCE: AllianceSummary = {
  id: 'alliance-1',
  name: 'Better Together Alliance',
  vision: '',
  memberCount: 4,
  isCoordinator: false,
};
function aSchool(id: string, name: string): SchoolView {
  return {
    id,
    urn: id.replace(/\D/g, '').padStart(6, '1'),
    name,
    phase: 'primary',
    localAuthority: null,
    region: null,
    postcode: null,
    status: 'open',
  };
}

const OAKFIELD: OrganisationDetail = {
  id: 'org-oakfield',
  name: 'Oakfield Learning Trust',
  kind: 'trust',
  dfeReference: null,
  region: null,
  schools: [
    aSchool('school-1', 'Oakfield Primary'),
    aSchool('school-2', 'Oakfield Academy'),
  ],
};

function aNeed(overrides: Partial<NeedDetail> = {}): NeedDetail {
  return {
    id: 'need-1',
    allianceId: 'alliance-1',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'School meals',
    category: 'catering',
    estimatedAnnualValuePence: 41000010,
    contractEndDate: '2027-08-31',
    closingDate: '2027-03-31',
    status: 'open',
    routeToMarket: 'framework',
    interestedOrganisationCount: 0,
    interestedSchoolCount: 0,
    isOwner: true,
    hasMyInterest: false,
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    description: 'Hot lunches.',
    schools: [{ id: 'school-1', urn: '100001', name: 'Oakfield Primary' }],
    award: null,
    myInterest: null,
    attachments: [],
    ...overrides,
  };
}

describe('NeedFormPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(
    url: string,
    user: SessionUser = aSessionUser({ roles: ['business_manager'] }),
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'procurement/new', component: NeedFormPage },
            { path: 'procurement/:id/edit', component: NeedFormPage },
            { path: 'procurement/:id', children: [] },
            { path: 'procurement', children: [] },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clock, useValue: { now: () => NOW } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
  }

  async function answerNewForm() {
    http
      .expectOne((req) => req.url === '/api/alliances')
      .flush({ items: [ALLIANCE], total: 1, page: 1, pageSize: 100 });
    http.expectOne('/api/organisations/org-oakfield').flush(OAKFIELD);
    await settle();
    await settle();
  }

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function type(selector: string, value: string) {
    const input = rendered().querySelector<
      HTMLInputElement | HTMLTextAreaElement
    >(selector);
    if (!input) throw new Error(`Nothing matches ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function choose(selectId: string, optionText: string) {
    rendered()
      .querySelector<HTMLElement>(`#${selectId} .mat-mdc-select-trigger`)
      ?.click();
    await settle();
    const option = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    ).find((candidate) => candidate.textContent?.trim() === optionText);
    if (!option) throw new Error(`No option ${optionText}`);
    option.click();
    await settle();
  }

  function errorSummary(): string {
    return (
      rendered().querySelector('.error-summary')?.textContent ?? ''
    ).replace(/\s+/g, ' ');
  }

  async function fillIn() {
    type('#need-title', 'School meals from September');
    await choose('need-category', 'Catering');
    type('#need-description', 'Hot lunches for two primary schools.');
    type('#need-value', '£410,000.10');
    type('#need-contract-end', '31/8/2027');
    type('#need-closing-date', '31/3/2027');
    rendered()
      .querySelector<HTMLInputElement>('#need-school-school-2-input')
      ?.click();
    rendered()
      .querySelector<HTMLInputElement>('#need-route-mini_competition-input')
      ?.click();
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('publishes a need with the value in exact pence and the dates as calendar dates', async () => {
    await open('/procurement/new');
    await answerNewForm();
    expect(pageText()).toContain('This need is for Better Together Alliance.');
    await fillIn();

    buttonNamed('Publish now').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      allianceId: 'alliance-1',
      title: 'School meals from September',
      category: 'catering',
      description: 'Hot lunches for two primary schools.',
      estimatedAnnualValuePence: 41000010,
      contractEndDate: '2027-08-31',
      closingDate: '2027-03-31',
      schoolIds: ['school-2'],
      routeToMarket: 'mini_competition',
      status: 'open',
    });
    request.flush(aNeed({ id: 'need-9' }));
    await settle();
    expect(router.url).toBe('/procurement/need-9');
    expect(pageText()).toContain('Your need has been published.');
  });

  it('saves a draft', async () => {
    await open('/procurement/new');
    await answerNewForm();
    await fillIn();

    buttonNamed('Save as draft').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs');
    expect(request.request.body).toEqual(
      expect.objectContaining({ status: 'draft' }),
    );
    request.flush(aNeed({ id: 'need-9', status: 'draft' }));
    await settle();
    expect(pageText()).toContain('Your need has been saved as a draft.');
  });

  it('explains each problem next to its field, without sending anything', async () => {
    await open('/procurement/new');
    await answerNewForm();
    type('#need-value', '12.345');
    type('#need-closing-date', '1/1/2027');

    buttonNamed('Publish now').click();
    await settle();

    http.expectNone('/api/procurement/needs');
    const summary = errorSummary();
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Choose a category');
    expect(summary).toContain('Enter a description of what you need');
    expect(summary).toContain(
      'with no more than 2 digits after the decimal point',
    );
    expect(summary).toContain(
      'The closing date must be today or in the future',
    );
    const valueField = rendered()
      .querySelector('#need-value')
      ?.closest('mat-form-field');
    expect(valueField?.textContent).toContain(
      'no more than 2 digits after the decimal point',
    );
  });

  it('shows the API’s reasons against the fields they are about', async () => {
    await open('/procurement/new');
    await answerNewForm();
    await fillIn();

    buttonNamed('Publish now').click();
    await settle();
    http.expectOne('/api/procurement/needs').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['The closing date must be a date like 2027-03-31'],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const link =
      rendered().querySelector<HTMLAnchorElement>('.error-summary a');
    expect(link?.textContent).toBe(
      'The closing date must be a date like 2027-03-31',
    );
    expect(link?.getAttribute('href')).toBe('#need-closing-date');
    expect(buttonNamed('Publish now').disabled).toBe(false);
  });

  it('changes a need, sending only what changed', async () => {
    await open('/procurement/need-1/edit');
    http.expectOne('/api/procurement/needs/need-1').flush(aNeed());
    http.expectOne('/api/organisations/org-oakfield').flush(OAKFIELD);
    await settle();
    await settle();

    expect(
      rendered().querySelector<HTMLInputElement>('#need-value')?.value,
    ).toBe('410000.10');
    expect(
      rendered().querySelector<HTMLInputElement>('#need-closing-date')?.value,
    ).toBe('31 March 2027');
    expect(
      rendered().querySelector<HTMLInputElement>('#need-school-school-1-input')
        ?.checked,
    ).toBe(true);

    type('#need-value', '410,000');
    buttonNamed('Save changes').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs/need-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      estimatedAnnualValuePence: 41000000,
    });
    request.flush(aNeed({ estimatedAnnualValuePence: 41000000 }));
    await settle();
    expect(router.url).toBe('/procurement/need-1');
  });

  it('tells another organisation that only the poster can change the need', async () => {
    await open('/procurement/need-1/edit');
    http
      .expectOne('/api/procurement/needs/need-1')
      .flush(aNeed({ isOwner: false }));
    http.expectOne('/api/organisations/org-oakfield').flush(OAKFIELD);
    await settle();

    expect(pageText()).toContain(
      'Only the organisation that posted this need can change it',
    );
    expect(rendered().querySelector('form')).toBeNull();
  });
});
