import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type {
  InterestView,
  NeedDetail,
  NeedQuestionView,
  OrganisationDetail,
  SchoolView,
  SessionUser,
} from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { NeedPage } from './need-page';

const NOW = new Date('2027-01-10T10:00:00Z');

function aSchool(id: string, name: string): SchoolView {
  return {
    id,
    urn: '100001',
    name,
    phase: 'primary',
    localAuthority: null,
    region: null,
    postcode: null,
    status: 'open',
  };
}

const RIVERSIDE: OrganisationDetail = {
  id: 'org-riverside',
  name: 'Riverside Academies Trust',
  kind: 'trust',
  dfeReference: null,
  region: null,
  schools: [
    aSchool('school-r1', 'Riverside Infants'),
    aSchool('school-r2', 'Riverside Juniors'),
  ],
};

function aNeed(overrides: Partial<NeedDetail> = {}): NeedDetail {
  return {
    id: 'need-1',
    allianceId: 'alliance-1',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    title: 'School meals from September',
    category: 'catering',
    estimatedAnnualValuePence: 41000010,
    contractEndDate: '2027-08-31',
    closingDate: '2027-03-31',
    status: 'open',
    routeToMarket: 'framework',
    interestedOrganisationCount: 1,
    interestedSchoolCount: 3,
    isOwner: false,
    hasMyInterest: false,
    createdAt: '2027-01-05T10:00:00Z',
    updatedAt: '2027-01-05T10:00:00Z',
    description: 'Hot lunches for two primary schools.\n\nFrom September.',
    schools: [{ id: 'school-o1', urn: '100001', name: 'Oakfield Primary' }],
    award: null,
    myInterest: null,
    attachments: [],
    ...overrides,
  };
}

function anInterest(overrides: Partial<InterestView> = {}): InterestView {
  return {
    id: 'interest-1',
    organisationId: 'org-riverside',
    organisationName: 'Riverside Academies Trust',
    schools: [{ id: 'school-r1', urn: '100001', name: 'Riverside Infants' }],
    estimatedValuePence: 2500000,
    notes: 'From September',
    createdAt: '2027-01-06T10:00:00Z',
    updatedAt: '2027-01-06T10:00:00Z',
    ...overrides,
  };
}

function aQuestion(
  overrides: Partial<NeedQuestionView> = {},
): NeedQuestionView {
  return {
    id: 'question-1',
    needId: 'need-1',
    question: 'Is breakfast included?',
    answer: null,
    pinned: false,
    askedByMe: false,
    askedAt: '2027-01-06T10:00:00Z',
    answeredAt: null,
    ...overrides,
  };
}

const OWNER = aSessionUser({ roles: ['business_manager'] });
const MEMBER = aSessionUser({
  id: 'user-2',
  email: 'bm@riverside.test',
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  roles: ['business_manager'],
});

describe('NeedPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NeedPage>;

  async function open(
    need: NeedDetail,
    user: SessionUser,
    questions: NeedQuestionView[] = [],
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clock, useValue: { now: () => NOW } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(NeedPage);
    fixture.componentRef.setInput('id', need.id);
    await settle();
    await answerNeed(need);
    http.expectOne('/api/procurement/needs/need-1/questions').flush(questions);
    await settle();
  }

  async function answerNeed(need: NeedDetail) {
    http
      .expectOne(
        (request) =>
          request.method === 'GET' &&
          request.url === `/api/procurement/needs/${need.id}`,
      )
      .flush(need);
    await settle();
  }

  async function answerInterests(items: InterestView[]) {
    http
      .expectOne(
        (request) =>
          request.method === 'GET' &&
          request.url === '/api/procurement/needs/need-1/interests',
      )
      .flush({
        items,
        interestedOrganisationCount: items.length,
        interestedSchoolCount: 3,
        totalEstimatedValuePence: 2500000,
      });
    await settle();
  }

  async function answerSchools() {
    http.expectOne('/api/organisations/org-riverside').flush(RIVERSIDE);
    await settle();
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

  it('shows the need’s details, with money and dates the British way', async () => {
    await open(aNeed(), aSessionUser({ roles: ['headteacher'] }));

    expect(query(fixture, 'h1').textContent).toBe(
      'School meals from September',
    );
    const text = textOf(fixture);
    expect(text).toContain('Open for interest');
    expect(text).toContain('Catering');
    expect(text).toContain('£410,000.10');
    expect(text).toContain('31 August 2027');
    expect(text).toContain('31 March 2027');
    expect(text).toContain('Framework agreement');
    expect(text).toContain('Oakfield Primary');
    expect(text).toContain('From September.');
    expect(text).toContain('1 organisation with 3 schools has joined so far');
    expect(text).toContain(
      'Your business manager or chief executive can join this need',
    );
    expect(text).toContain('No documents have been added.');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'School meals from September – Alliance',
    );
  });

  it('shows the owner who is interested, with the totals, and not the interest form', async () => {
    await open(aNeed({ isOwner: true }), OWNER);
    await answerInterests([anInterest()]);

    const table = query(fixture, 'table');
    const text = (table.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Riverside Academies Trust');
    expect(text).toContain('Riverside Infants');
    expect(text).toContain('£25,000');
    expect(text).toContain('Total: 1 organisation');
    expect(text).toContain('3 schools');
    expect(textOf(fixture)).not.toContain('Join this need');
    expect(buttonNamed('Close for interest')).toBeTruthy();
    expect(buttonNamed('Abandon the need')).toBeTruthy();
    expect(() => buttonNamed('Record the award')).toThrow();
  });

  it('closes the need only once the owner confirms', async () => {
    await open(aNeed({ isOwner: true }), OWNER);
    await answerInterests([]);

    buttonNamed('Close for interest').click();
    await settle();
    expect(pageText()).toContain(
      'The 1 organisation that joined will be emailed.',
    );
    buttonNamed('Yes, close it').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs/need-1/status');
    expect(request.request.body).toEqual({ status: 'closed' });
    request.flush(aNeed({ isOwner: true, status: 'closed' }));
    await settle();
    expect(textOf(fixture)).toContain('Closed');
    expect(buttonNamed('Record the award')).toBeTruthy();
    expect(pageText()).toContain('The need is closed for interest.');
  });

  it('publishes a draft once the owner confirms, and does not list interest for a draft', async () => {
    await open(aNeed({ isOwner: true, status: 'draft' }), OWNER);

    expect(textOf(fixture)).toContain(
      'only your organisation can see this need until you publish it',
    );
    expect(textOf(fixture)).not.toContain('Who is interested');
    buttonNamed('Publish now').click();
    await settle();
    expect(pageText()).toContain(
      'people who follow its category will be emailed',
    );
    buttonNamed('Yes, publish it').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs/need-1/status');
    expect(request.request.body).toEqual({ status: 'open' });
    request.flush(aNeed({ isOwner: true, status: 'open' }));
    await settle();
    await answerInterests([]);
    expect(textOf(fixture)).toContain('Open for interest');
    expect(buttonNamed('Close for interest')).toBeTruthy();
  });

  it('records the award from a dialog, with the saving in exact pence', async () => {
    await open(aNeed({ isOwner: true, status: 'closed' }), OWNER);
    await answerInterests([]);

    buttonNamed('Record the award').click();
    await settle();
    typeIn('#award-supplier', 'Fresh Start Catering');
    typeIn('#award-start', '1/9/2027');
    typeIn('#award-length', '36');
    typeIn('#award-saving', '12,500.50');
    typeIn('#award-method', 'Compared with last year’s prices.');
    await settle();
    buttonNamed('Save the award').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs/need-1/status');
    expect(request.request.body).toEqual({
      status: 'awarded',
      supplier: 'Fresh Start Catering',
      contractStartDate: '2027-09-01',
      contractLengthMonths: 36,
      savingPence: 1250050,
      savingMethod: 'Compared with last year’s prices.',
    });
    request.flush(
      aNeed({
        isOwner: true,
        status: 'awarded',
        award: {
          supplier: 'Fresh Start Catering',
          contractStartDate: '2027-09-01',
          contractLengthMonths: 36,
          savingPence: 1250050,
          savingMethod: 'Compared with last year’s prices.',
        },
      }),
    );
    await settle();
    const text = textOf(fixture);
    expect(text).toContain('Awarded to Fresh Start Catering');
    expect(text).toContain('1 September 2027');
    expect(text).toContain('3 years');
    expect(text).toContain('£12,500.50');
  });

  it('refuses an award with problems, saying what to fix', async () => {
    await open(aNeed({ isOwner: true, status: 'closed' }), OWNER);
    await answerInterests([]);

    buttonNamed('Record the award').click();
    await settle();
    typeIn('#award-saving', 'lots');
    buttonNamed('Save the award').click();
    await settle();

    http.expectNone('/api/procurement/needs/need-1/status');
    const summary = pageText();
    expect(summary).toContain('Enter the supplier the contract was awarded to');
    expect(summary).toContain('Enter the date the contract starts');
    expect(summary).toContain('Enter the length of the contract in months');
    expect(summary).toContain(
      'Enter the amount in pounds and pence, like 410,000.10',
    );
    expect(summary).toContain('Explain how the saving was worked out');
  });

  it('lets another trust’s business manager join with some schools and a value', async () => {
    await open(aNeed(), MEMBER);
    await answerSchools();

    document
      .querySelector<HTMLInputElement>('#interest-school-school-r2-input')
      ?.click();
    typeIn('#interest-value', '25,000');
    typeIn('#interest-notes', 'Our contract ends in August');
    await settle();
    buttonNamed('Join this need').click();
    await settle();

    const request = http.expectOne('/api/procurement/needs/need-1/interests');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      schoolIds: ['school-r2'],
      estimatedValuePence: 2500000,
      notes: 'Our contract ends in August',
    });
    request.flush(anInterest());
    await settle();
    expect(pageText()).toContain(
      'Your organisation has joined School meals from September.',
    );
    await answerNeed(
      aNeed({
        hasMyInterest: true,
        myInterest: anInterest({
          schools: [
            { id: 'school-r2', urn: '100002', name: 'Riverside Juniors' },
          ],
        }),
      }),
    );
    expect(textOf(fixture)).toContain('Your organisation is interested.');
    expect(buttonNamed('Update your interest')).toBeTruthy();
  });

  it('asks for a school before joining', async () => {
    await open(aNeed(), MEMBER);
    await answerSchools();

    buttonNamed('Join this need').click();
    await settle();

    http.expectNone('/api/procurement/needs/need-1/interests');
    expect(pageText()).toContain('Choose at least one of your schools');
  });

  it('withdraws the organisation’s interest only once confirmed', async () => {
    await open(
      aNeed({ hasMyInterest: true, myInterest: anInterest() }),
      MEMBER,
    );
    await answerSchools();
    expect(
      document.querySelector<HTMLInputElement>('#interest-value')?.value,
    ).toBe('25000');

    buttonNamed('Withdraw your interest').click();
    await settle();
    buttonNamed('Stay interested').click();
    await settle();
    http.expectNone('/api/procurement/needs/need-1/interests/mine');

    buttonNamed('Withdraw your interest').click();
    await settle();
    buttonNamed('Yes, withdraw').click();
    await settle();
    const request = http.expectOne(
      '/api/procurement/needs/need-1/interests/mine',
    );
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(pageText()).toContain(
      'Your organisation’s interest has been withdrawn.',
    );
    await answerNeed(aNeed());
  });

  it('does not offer to join once the closing date has passed', async () => {
    await open(aNeed({ closingDate: '2027-01-09' }), MEMBER);

    expect(textOf(fixture)).toContain('The closing date has passed');
    expect(() => buttonNamed('Join this need')).toThrow();
  });

  it('lists documents to download, and lets the owner upload one with progress', async () => {
    await open(
      aNeed({
        isOwner: true,
        attachments: [
          {
            id: 'attachment-1',
            fileName: 'specification.pdf',
            contentType: 'application/pdf',
            sizeBytes: 1258291,
            uploadedAt: '2027-01-06T10:00:00Z',
          },
        ],
      }),
      OWNER,
    );
    await answerInterests([]);

    const link = Array.from(
      fixture.nativeElement.querySelectorAll(
        'a',
      ) as NodeListOf<HTMLAnchorElement>,
    ).find((a) => a.textContent?.trim() === 'specification.pdf');
    expect(link?.getAttribute('href')).toBe(
      '/api/procurement/needs/need-1/attachments/attachment-1',
    );
    expect(link?.hasAttribute('download')).toBe(true);
    expect(textOf(fixture)).toContain('1.2 MB');
    expect(textOf(fixture)).toContain('up to 10 MB');

    const input = query<HTMLInputElement>(fixture, '#attachment-file');
    const file = new File(['%PDF-1.7 specification'], 'prices.pdf', {
      type: 'application/pdf',
    });
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await settle();

    const upload = http.expectOne('/api/procurement/needs/need-1/attachments');
    upload.event({ type: HttpEventType.UploadProgress, loaded: 11, total: 22 });
    await settle();
    expect(textOf(fixture)).toContain('Uploading prices.pdf: 50% sent');
    upload.flush({
      id: 'attachment-2',
      fileName: 'prices.pdf',
      contentType: 'application/pdf',
      sizeBytes: 22,
      uploadedAt: '2027-01-10T10:00:00Z',
    });
    await settle();
    expect(pageText()).toContain('prices.pdf has been added.');
    await answerNeed(aNeed({ isOwner: true }));
  });

  it('refuses a file of the wrong kind before uploading it', async () => {
    await open(aNeed({ isOwner: true }), OWNER);
    await answerInterests([]);

    const input = query<HTMLInputElement>(fixture, '#attachment-file');
    const file = new File(['MZ'], 'setup.exe');
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await settle();

    http.expectNone('/api/procurement/needs/need-1/attachments');
    expect(textOf(fixture)).toContain('The file must be a PDF, Word');
  });

  it('deletes a document once the owner confirms', async () => {
    await open(
      aNeed({
        isOwner: true,
        attachments: [
          {
            id: 'attachment-1',
            fileName: 'specification.pdf',
            contentType: 'application/pdf',
            sizeBytes: 2048,
            uploadedAt: '2027-01-06T10:00:00Z',
          },
        ],
      }),
      OWNER,
    );
    await answerInterests([]);

    buttonNamed('Delete specification.pdf').click();
    await settle();
    buttonNamed('Yes, delete it').click();
    await settle();
    const request = http.expectOne(
      '/api/procurement/needs/need-1/attachments/attachment-1',
    );
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(pageText()).toContain('specification.pdf has been deleted.');
    await answerNeed(aNeed({ isOwner: true }));
  });

  it('lists pinned questions first and lets members ask', async () => {
    await open(aNeed(), aSessionUser({ roles: ['headteacher'] }), [
      aQuestion(),
      aQuestion({
        id: 'question-2',
        question: 'Are there halal options?',
        answer: 'Yes, every day.',
        answeredAt: '2027-01-07T10:00:00Z',
        pinned: true,
        askedAt: '2027-01-07T09:00:00Z',
      }),
    ]);

    const questions = Array.from(
      fixture.nativeElement.querySelectorAll(
        '.question',
      ) as NodeListOf<HTMLElement>,
    ).map((item) => (item.textContent ?? '').replace(/\s+/g, ' '));
    expect(questions[0]).toContain('Pinned');
    expect(questions[0]).toContain('Yes, every day.');
    expect(questions[1]).toContain('Not answered yet.');

    typeIn('#question-text', 'Can we join later?');
    buttonNamed('Send your question').click();
    await settle();
    const asked = http.expectOne('/api/procurement/needs/need-1/questions');
    expect(asked.request.body).toEqual({ question: 'Can we join later?' });
    asked.flush(
      aQuestion({
        id: 'question-3',
        question: 'Can we join later?',
        askedByMe: true,
        askedAt: '2027-01-10T10:00:00Z',
      }),
    );
    await settle();
    expect(textOf(fixture)).toContain('Can we join later?');
  });

  it('lets the owner answer and pin a question', async () => {
    await open(aNeed({ isOwner: true }), OWNER, [aQuestion()]);
    await answerInterests([]);

    typeIn('#answer-question-1', 'No, lunch only.');
    buttonNamed('Publish the answer').click();
    await settle();
    const answered = http.expectOne(
      '/api/procurement/questions/question-1/answer',
    );
    expect(answered.request.body).toEqual({ answer: 'No, lunch only.' });
    answered.flush(
      aQuestion({
        answer: 'No, lunch only.',
        answeredAt: '2027-01-10T10:00:00Z',
      }),
    );
    await settle();
    expect(textOf(fixture)).toContain('No, lunch only.');

    buttonNamed('Pin to the top').click();
    await settle();
    const pinned = http.expectOne('/api/procurement/questions/question-1/pin');
    expect(pinned.request.body).toEqual({ pinned: true });
    pinned.flush(aQuestion({ answer: 'No, lunch only.', pinned: true }));
    await settle();
    expect(buttonNamed('Unpin')).toBeTruthy();
  });

  it('says when the need cannot be found', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Clock, useValue: { now: () => NOW } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(MEMBER);
    fixture = TestBed.createComponent(NeedPage);
    fixture.componentRef.setInput('id', 'need-1');
    await settle();
    http
      .expectOne('/api/procurement/needs/need-1')
      .flush(
        { statusCode: 404, message: 'Not Found' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(textOf(fixture)).toContain('Sorry, we could not load this need');
    expect(textOf(fixture)).toContain('Go to shared procurement');
  });
});
