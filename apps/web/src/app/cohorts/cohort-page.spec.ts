import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  CohortDetail,
  EnrolmentView,
  SessionMaterialView,
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
import { CohortPage } from './cohort-page';
import { aCohort, aSession, anEnrolment } from './cohort-test-data';

describe('CohortPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CohortPage>;

  async function open(
    cohort: CohortDetail,
    enrolments: EnrolmentView[] = [],
    user = aSessionUser({ id: 'u-mentor', roles: ['mentor'] }),
    materials: SessionMaterialView[] = [
      {
        id: 'm1',
        title: 'Slides',
        url: 'https://example.org/s.pdf',
        fileName: null,
        sizeBytes: null,
        createdAt: '',
      },
    ],
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
        {
          provide: Clock,
          useValue: { now: () => new Date('2027-03-15T12:00:00Z') },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    fixture = TestBed.createComponent(CohortPage);
    fixture.componentRef.setInput('id', 'c1');
    await settle();
    http.expectOne('/api/cohorts/c1').flush(cohort);
    await settle();
    http.expectOne('/api/cohorts/c1/enrolments').flush(enrolments);
    if (cohort.isInsider) {
      http
        .expectOne('/api/cohorts/c1/sessions')
        .flush([aSession({ materials })]);
      http.expectOne('/api/cohorts/c1/members').flush({
        organisations: [
          {
            organisationId: 'org-oakfield',
            organisationName: 'Oakfield Learning Trust',
            members: [{ id: 'u-ect', name: 'Priya Shah' }],
          },
          {
            organisationId: 'org-riverside',
            organisationName: 'Riverside Academies Trust',
            members: [{ id: 'u2', name: 'Ben Ode' }],
          },
        ],
        facilitators: [],
      });
    }
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the details, the sessions, the members grouped by trust and the materials', async () => {
    await open(aCohort());

    expect(query(fixture, 'h1').textContent).toBe(
      'Kent and Medway ECT Year 1 Cohort',
    );
    const text = textOf(fixture);
    expect(text).toContain('2026/27, Year 1 of induction');
    expect(text).toContain('3 of 24 taken');
    expect(query(fixture, 'a[href="/events/s1"]').textContent).toContain(
      'Behaviour routines that stick',
    );
    expect(text).toContain('Oakfield Learning Trust');
    expect(text).toContain('Ben Ode');
    expect(query(fixture, 'a[href="https://example.org/s.pdf"]')).toBeTruthy();
    expect(() =>
      query(fixture, 'a[href="/cohorts/sessions/s1/register"]'),
    ).toThrow();
  });

  it('shows only the summary to people not connected to the cohort', async () => {
    await open(aCohort({ isInsider: false }));

    expect(textOf(fixture)).toContain(
      'Only the cohort’s early-career teachers',
    );
  });

  it('links facilitators to the register', async () => {
    await open(aCohort({ canFacilitate: true }));

    expect(
      query(fixture, 'a[href="/cohorts/sessions/s1/register"]').textContent,
    ).toContain('Take the register');
    expect(buttonNamed('Add a session')).toBeTruthy();
  });

  it('enrols an ECT of the mentor’s organisation with a mentor chosen from colleagues', async () => {
    await open(aCohort({ canEnrol: true }));

    buttonNamed('Enrol an early-career teacher').click();
    await settle();
    http
      .expectOne((req) => req.url === '/api/organisations/org-oakfield/people')
      .flush({
        items: [
          {
            id: 'u-new',
            name: 'Sam Patel',
            email: 's@o.test',
            roles: ['ect'],
            lastSignedInAt: null,
          },
          {
            id: 'u-mentor',
            name: 'Tom Baker',
            email: 't@o.test',
            roles: ['mentor'],
            lastSignedInAt: null,
          },
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await settle();
    buttonNamed('Enrol').click();
    await settle();
    expect(pageText()).toContain('Choose the early-career teacher to enrol');
  });

  it('lets the ECT’s school withdraw them with a reason', async () => {
    await open(aCohort(), [anEnrolment()]);

    buttonNamed(/^Withdraw/).click();
    await settle();
    buttonNamed('Yes, withdraw them').click();
    await settle();
    expect(pageText()).toContain('Give a reason for the withdrawal');

    const reason = document.querySelector(
      '#change-reason',
    ) as HTMLTextAreaElement;
    reason.value = 'Left the school';
    reason.dispatchEvent(new Event('input'));
    buttonNamed('Yes, withdraw them').click();
    const request = http.expectOne('/api/cohort-enrolments/en1/withdraw');
    expect(request.request.body).toEqual({ reason: 'Left the school' });
    request.flush(anEnrolment({ status: 'withdrawn' }));
    await settle();
    await answerReloads();
    expect(pageText()).toContain('Priya Shah has been withdrawn');
  });

  it('lets a headteacher approve an ECT’s request, naming their mentor', async () => {
    await open(
      aCohort(),
      [anEnrolment({ status: 'requested', mentor: null, activatedAt: null })],
      aSessionUser({ id: 'u-head', roles: ['headteacher'] }),
    );

    buttonNamed(/^Approve/).click();
    await settle();
    answerColleagues();
    await settle();
    expect(pageText()).toContain(
      'Priya Shah will join Kent and Medway ECT Year 1 Cohort',
    );
    expect(document.querySelector('#enrol-ect')).toBeNull();

    buttonNamed('Approve the request').click();
    await settle();
    expect(pageText()).toContain('Choose the early-career teacher’s mentor');
    http.expectNone('/api/cohort-enrolments/en1/approve');

    await choose('#enrol-mentor', /^Tom Baker/);
    buttonNamed('Approve the request').click();
    const request = http.expectOne('/api/cohort-enrolments/en1/approve');
    expect(request.request.body).toEqual({ mentorUserId: 'u-mentor' });
    request.flush(anEnrolment());
    await settle();
    await answerReloads();
    expect(pageText()).toContain(
      'Priya Shah is enrolled in Kent and Medway ECT Year 1 Cohort. They have been booked on the sessions to come.',
    );
  });

  it('moves an ECT to another cohort of the alliance with a reason', async () => {
    await open(aCohort(), [anEnrolment()]);

    buttonNamed(/^Move Priya Shah/).click();
    await settle();
    const cohorts = http.expectOne((req) => req.url === '/api/cohorts');
    expect(cohorts.request.params.get('allianceId')).toBe('a1');
    cohorts.flush({
      items: [
        aCohort(),
        aCohort({ id: 'c2', name: 'Medway ECT Year 1 Cohort (spring start)' }),
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    });
    await settle();

    buttonNamed('Yes, move them').click();
    await settle();
    expect(pageText()).toContain('Choose the cohort to move them to');
    expect(pageText()).toContain('Give a reason for the move');

    await choose('#change-cohort', /^Medway ECT Year 1 Cohort/);
    const reason = document.querySelector(
      '#change-reason',
    ) as HTMLTextAreaElement;
    reason.value = 'Moved to a school nearer Medway';
    reason.dispatchEvent(new Event('input'));
    buttonNamed('Yes, move them').click();
    const request = http.expectOne('/api/cohort-enrolments/en1/transfer');
    expect(request.request.body).toEqual({
      cohortId: 'c2',
      reason: 'Moved to a school nearer Medway',
    });
    request.flush(
      anEnrolment({
        id: 'en2',
        cohortId: 'c2',
        cohortName: 'Medway ECT Year 1 Cohort (spring start)',
      }),
    );
    await settle();
    await answerReloads();
    expect(pageText()).toContain(
      'Priya Shah has moved to Medway ECT Year 1 Cohort (spring start).',
    );
  });

  it('shows the API’s reason when a move is refused', async () => {
    await open(aCohort(), [anEnrolment()]);
    buttonNamed(/^Move Priya Shah/).click();
    await settle();
    http
      .expectOne((req) => req.url === '/api/cohorts')
      .flush({
        items: [aCohort({ id: 'c2', name: 'Full Cohort' })],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    await settle();
    await choose('#change-cohort', /^Full Cohort/);
    const reason = document.querySelector(
      '#change-reason',
    ) as HTMLTextAreaElement;
    reason.value = 'Moving school';
    reason.dispatchEvent(new Event('input'));

    buttonNamed('Yes, move them').click();
    http
      .expectOne('/api/cohort-enrolments/en1/transfer')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Full Cohort is full.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(pageText()).toContain('Full Cohort is full.');
    expect(buttonNamed('Yes, move them')).toBeTruthy();
  });

  describe('changing an ECT’s mentor', () => {
    const person = (id: string, name: string, roles: string[]) => ({
      id,
      name,
      email: `${id}@oakfield.test`,
      roles,
      lastSignedInAt: null,
    });

    function answerPeople(items: ReturnType<typeof person>[]) {
      const request = http.expectOne(
        (req) => req.url === '/api/organisations/org-oakfield/people',
      );
      request.flush({ items, total: items.length, page: 1, pageSize: 100 });
    }

    function optionTexts(): string[] {
      return Array.from(document.querySelectorAll('mat-option')).map((option) =>
        (option.textContent ?? '').trim(),
      );
    }

    it('offers the organisation’s other mentors, sends the one chosen and shows the new mentor', async () => {
      await open(aCohort(), [anEnrolment()]);

      buttonNamed('Change mentor for Priya Shah').click();
      await settle();
      answerPeople([
        person('u-ect', 'Priya Shah', ['ect']),
        person('u-mentor', 'Tom Baker', ['mentor']),
        person('u-zoe', 'Zoe Ward', ['mentor']),
        person('u-jo', 'Jo King', ['headteacher', 'mentor']),
        person('u-ann', 'Ann Lee', ['headteacher']),
      ]);
      await settle();
      expect(pageText()).toContain(
        'Tom Baker mentors Priya Shah now. The new mentor will see their attendance and any reflections they choose to share; Tom Baker will no longer see them.',
      );

      buttonNamed('Change the mentor').click();
      await settle();
      expect(pageText()).toContain('Choose the new mentor');
      http.expectNone('/api/cohort-enrolments/en1/mentor');

      (
        document.querySelector(
          '#change-mentor .mat-mdc-select-trigger',
        ) as HTMLElement
      ).click();
      await settle();
      // Mentors only, by name; never the ECT, nor the mentor they have now.
      expect(optionTexts()).toEqual(['Jo King (also Headteacher)', 'Zoe Ward']);
      await choose('#change-mentor', 'Zoe Ward');
      buttonNamed('Change the mentor').click();
      const request = http.expectOne('/api/cohort-enrolments/en1/mentor');
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual({ mentorUserId: 'u-zoe' });
      const changed = anEnrolment({
        mentor: { id: 'u-zoe', name: 'Zoe Ward' },
      });
      request.flush(changed);
      await settle();
      http.expectOne('/api/cohorts/c1/enrolments').flush([changed]);
      await settle();

      expect(pageText()).toContain('Zoe Ward now mentors Priya Shah.');
      expect(document.querySelector('mat-dialog-container')).toBeNull();
      const row = query(fixture, 'tbody tr');
      expect(row.textContent).toContain('Zoe Ward');
      expect(row.textContent).not.toContain('Tom Baker');
    });

    it('shows the API’s reason when the change is refused, and stays open', async () => {
      await open(aCohort(), [anEnrolment()]);
      buttonNamed(/^Change mentor/).click();
      await settle();
      answerPeople([person('u-zoe', 'Zoe Ward', ['mentor'])]);
      await settle();
      await choose('#change-mentor', 'Zoe Ward');

      buttonNamed('Change the mentor').click();
      http.expectOne('/api/cohort-enrolments/en1/mentor').flush(
        {
          statusCode: 409,
          error: 'Conflict',
          message:
            'This enrolment has ended (withdrawn), so its mentor can no longer change.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      expect(document.querySelector('.error-summary')?.textContent).toContain(
        'This enrolment has ended (withdrawn)',
      );
      expect(buttonNamed('Change the mentor')).toBeTruthy();
    });

    it('says so when nobody else at the organisation is a mentor', async () => {
      await open(aCohort(), [anEnrolment()]);
      buttonNamed(/^Change mentor/).click();
      await settle();
      answerPeople([
        person('u-mentor', 'Tom Baker', ['mentor']),
        person('u-ann', 'Ann Lee', ['headteacher']),
      ]);
      await settle();

      expect(pageText()).toContain(
        'Nobody else at Oakfield Learning Trust has the mentor role.',
      );
      buttonNamed('Change the mentor').click();
      await settle();
      expect(pageText()).toContain('Choose the new mentor');
      http.expectNone('/api/cohort-enrolments/en1/mentor');
    });

    it('is not offered on ended enrolments, nor on other organisations’ enrolments', async () => {
      await open(aCohort({ canManage: true }), [
        anEnrolment({ id: 'en2', status: 'withdrawn' }),
        anEnrolment({
          id: 'en3',
          ect: {
            id: 'u-other',
            name: 'Ben Ode',
            organisationId: 'org-riverside',
            organisationName: 'Riverside Academies Trust',
          },
        }),
      ]);
      expect(() => buttonNamed(/^Change mentor/)).toThrow();
    });

    it('is not offered to people of the organisation who may not enrol', async () => {
      await open(
        aCohort(),
        [anEnrolment()],
        aSessionUser({ id: 'u-gov', roles: ['governor'] }),
      );
      expect(() => buttonNamed(/^Change mentor/)).toThrow();
    });
  });

  describe('removing a material', () => {
    const removeSlides = 'Remove Slides from Behaviour routines that stick';

    it('asks first, removes it on yes, and the session’s list no longer shows it', async () => {
      await open(aCohort({ canFacilitate: true }));
      expect(
        query(fixture, 'a[href="https://example.org/s.pdf"]'),
      ).toBeTruthy();

      buttonNamed(removeSlides).click();
      await settle();
      expect(pageText()).toContain('Remove Slides?');
      expect(pageText()).toContain(
        'The link will no longer be listed with Behaviour routines that stick.',
      );
      buttonNamed('Keep it').click();
      await settle();
      http.expectNone((req) => req.method === 'DELETE');
      expect(
        query(fixture, 'a[href="https://example.org/s.pdf"]'),
      ).toBeTruthy();

      buttonNamed(removeSlides).click();
      await settle();
      buttonNamed('Yes, remove it').click();
      const request = http.expectOne('/api/cohort-sessions/s1/materials/m1');
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      http.expectOne('/api/cohorts/c1/sessions').flush([aSession()]);
      await settle();

      expect(pageText()).toContain(
        'Slides has been removed from Behaviour routines that stick.',
      );
      expect(
        document.querySelector('a[href="https://example.org/s.pdf"]'),
      ).toBeNull();
      expect(textOf(fixture)).toContain('No materials have been shared yet.');
    });

    it('lets a manager remove an uploaded file, warning that it will be deleted', async () => {
      await open(aCohort({ canManage: true }), [], undefined, [
        {
          id: 'm3',
          title: 'Slides.pdf',
          url: '/api/cohort-sessions/s1/materials/m3/file',
          fileName: 'Slides.pdf',
          sizeBytes: 8,
          createdAt: '',
        },
      ]);

      buttonNamed(
        'Remove Slides.pdf from Behaviour routines that stick',
      ).click();
      await settle();
      expect(pageText()).toContain(
        'The file will be deleted from Behaviour routines that stick, and nobody in the cohort will be able to download it any more.',
      );
      buttonNamed('Yes, remove it').click();
      const request = http.expectOne('/api/cohort-sessions/s1/materials/m3');
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      http.expectOne('/api/cohorts/c1/sessions').flush([aSession()]);
      await settle();
      expect(
        document.querySelector(
          'a[href="/api/cohort-sessions/s1/materials/m3/file"]',
        ),
      ).toBeNull();
    });

    it('keeps the dialog open with the API’s reason when the removal fails', async () => {
      await open(aCohort({ canFacilitate: true }));
      buttonNamed(removeSlides).click();
      await settle();
      buttonNamed('Yes, remove it').click();
      http.expectOne('/api/cohort-sessions/s1/materials/m1').flush(
        {
          statusCode: 404,
          error: 'Not Found',
          message: 'We could not find that material.',
        },
        { status: 404, statusText: 'Not Found' },
      );
      await settle();

      expect(document.querySelector('.error-summary')?.textContent).toContain(
        'We could not find that material.',
      );
      expect(buttonNamed('Yes, remove it')).toBeTruthy();
      http.expectNone('/api/cohorts/c1/sessions');
    });

    it('is not offered to people who only attend', async () => {
      await open(aCohort());

      expect(() => buttonNamed(/^Remove/)).toThrow();
    });
  });

  it('lets a manager add a session in UK time, checking the answers first', async () => {
    await open(aCohort({ canManage: true, canFacilitate: true }));

    buttonNamed('Add a session').click();
    await settle();
    buttonNamed('Add the session').click();
    await settle();
    const text = pageText();
    expect(text).toContain('Enter the topic');
    expect(text).toContain('Enter the date of the session');
    expect(text).toContain('Enter the start time, like 16:00');
    expect(text).toContain('Enter the venue');
    http.expectNone('/api/cohorts/c1/sessions');

    typeIn('#session-topic', 'Adaptive teaching without extra worksheets');
    typeIn('#session-date', '2027-04-20');
    typeIn('#session-start', '16:00');
    typeIn('#session-end', '17:30');
    typeIn('#session-venue', 'Harbour Teaching School Hub');
    await settle();
    await choose('#session-facilitator', 'Grace Lee');
    buttonNamed('Add the session').click();
    const request = http.expectOne(
      (req) => req.method === 'POST' && req.url === '/api/cohorts/c1/sessions',
    );
    expect(request.request.body).toEqual({
      topic: 'Adaptive teaching without extra worksheets',
      format: 'in_person',
      venue: 'Harbour Teaching School Hub',
      // 4pm in April is British Summer Time, an hour ahead of UTC.
      startsAt: expect.stringMatching(/^2027-04-20T15:00:00(\.000)?Z$/),
      endsAt: expect.stringMatching(/^2027-04-20T16:30:00(\.000)?Z$/),
      facilitatorUserId: 'u-lead',
    });
    request.flush(
      aSession({
        id: 's2',
        topic: 'Adaptive teaching without extra worksheets',
      }),
    );
    await settle();
    http.expectOne('/api/cohorts/c1/sessions').flush([aSession()]);
    await settle();
    expect(pageText()).toContain(
      'Adaptive teaching without extra worksheets has been added.',
    );
  });

  it('asks for an https joining link for an online session', async () => {
    await open(aCohort({ canManage: true }));
    buttonNamed('Add a session').click();
    await settle();
    (
      document.querySelector(
        'mat-radio-button[value="online"] input',
      ) as HTMLInputElement
    ).click();
    await settle();
    typeIn('#session-link', 'http://meet.example.org/x');
    buttonNamed('Add the session').click();
    await settle();

    expect(pageText()).toContain('Enter the joining link, starting https://');
  });

  it('lets a facilitator add a link to a session’s materials, shown with the session', async () => {
    await open(aCohort({ canFacilitate: true }));
    expect(
      query(fixture, 'a[href="https://example.org/s.pdf"]').textContent,
    ).toContain('Slides');

    buttonNamed('Add a material to Behaviour routines that stick').click();
    await settle();
    buttonNamed('Add the material').click();
    await settle();
    expect(pageText()).toContain('Enter a title for the material');
    expect(pageText()).toContain('Enter the link');

    typeIn('#material-title', ' Reading: routines ');
    typeIn('#material-url', 'http://example.org/reading');
    buttonNamed('Add the material').click();
    await settle();
    expect(pageText()).toContain('Enter the link, starting https://');
    http.expectNone('/api/cohort-sessions/s1/materials');

    typeIn('#material-url', 'https://example.org/reading');
    buttonNamed('Add the material').click();
    const request = http.expectOne('/api/cohort-sessions/s1/materials');
    expect(request.request.body).toEqual({
      title: 'Reading: routines',
      url: 'https://example.org/reading',
    });
    const added = {
      id: 'm2',
      title: 'Reading: routines',
      url: 'https://example.org/reading',
      fileName: null,
      sizeBytes: null,
      createdAt: '',
    };
    request.flush(added);
    await settle();
    http
      .expectOne('/api/cohorts/c1/sessions')
      .flush([aSession({ materials: [added] })]);
    await settle();

    expect(pageText()).toContain(
      'Reading: routines has been added to Behaviour routines that stick.',
    );
    expect(
      query(fixture, 'a[href="https://example.org/reading"]').textContent,
    ).toContain('Reading: routines');
  });

  it('uploads a file as a material, checking it first and showing progress', async () => {
    await open(aCohort({ canFacilitate: true }));
    buttonNamed(/^Add a material/).click();
    await settle();
    document
      .querySelector<HTMLInputElement>('mat-radio-button[value="file"] input')
      ?.click();
    await settle();

    const input = document.querySelector<HTMLInputElement>('#material-file');
    if (!input) throw new Error('no file input');
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', {
        value: [file],
        configurable: true,
      });
      input.dispatchEvent(new Event('change'));
    };
    choose(new File(['MZ'], 'setup.exe'));
    buttonNamed('Add the material').click();
    await settle();
    expect(pageText()).toContain('The file must be a PDF, Word');
    http.expectNone('/api/cohort-sessions/s1/materials/files');

    choose(new File(['%PDF-1.7'], 'Slides.pdf', { type: 'application/pdf' }));
    buttonNamed('Add the material').click();
    const request = http.expectOne('/api/cohort-sessions/s1/materials/files');
    const body = request.request.body as FormData;
    expect((body.get('file') as File).name).toBe('Slides.pdf');
    request.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
    await settle();
    expect(pageText()).toContain('50% sent');
    const added = {
      id: 'm3',
      title: 'Slides.pdf',
      url: '/api/cohort-sessions/s1/materials/m3/file',
      fileName: 'Slides.pdf',
      sizeBytes: 8,
      createdAt: '',
    };
    request.flush(added);
    await settle();
    http
      .expectOne('/api/cohorts/c1/sessions')
      .flush([aSession({ materials: [added] })]);
    await settle();
    expect(
      query(fixture, 'a[href="/api/cohort-sessions/s1/materials/m3/file"]')
        .textContent,
    ).toContain('Slides.pdf');
  });

  it('shows the API’s reason when a material is refused', async () => {
    await open(aCohort({ canManage: true }));
    buttonNamed(/^Add a material/).click();
    await settle();
    typeIn('#material-title', 'Slides');
    typeIn('#material-url', 'https://example.org/slides');

    buttonNamed('Add the material').click();
    http.expectOne('/api/cohort-sessions/s1/materials').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Enter the link, starting https://'],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(document.querySelector('.error-summary')?.textContent).toContain(
      'Enter the link, starting https://',
    );
  });

  it('does not offer to add materials to people who only attend', async () => {
    await open(aCohort());

    expect(() => buttonNamed(/^Add a material/)).toThrow();
  });

  function typeIn(selector: string, value: string) {
    const field = document.querySelector(selector) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  /** Opens a select (in a dialog or on the page) and picks an option by its words. */
  async function choose(selector: string, option: string | RegExp) {
    (
      document.querySelector(
        `${selector} .mat-mdc-select-trigger`,
      ) as HTMLElement
    ).click();
    await settle();
    const found = Array.from(
      document.querySelectorAll<HTMLElement>('mat-option'),
    ).find((element) => {
      const text = (element.textContent ?? '').trim();
      return typeof option === 'string' ? text === option : option.test(text);
    });
    if (!found) throw new Error(`No option ${String(option)}`);
    found.click();
    await settle();
  }

  function answerColleagues() {
    http
      .expectOne((req) => req.url === '/api/organisations/org-oakfield/people')
      .flush({
        items: [
          {
            id: 'u-new',
            name: 'Sam Patel',
            email: 's@o.test',
            roles: ['ect'],
            lastSignedInAt: null,
          },
          {
            id: 'u-mentor',
            name: 'Tom Baker',
            email: 't@o.test',
            roles: ['mentor'],
            lastSignedInAt: null,
          },
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
  }

  /** The page reloads the cohort and its lists after a change; answer whatever is still asked. */
  async function answerReloads() {
    for (let round = 0; round < 3; round++) {
      for (const pending of http.match(() => true)) {
        if (pending.cancelled) continue;
        const url = pending.request.url;
        if (url.endsWith('/members'))
          pending.flush({ organisations: [], facilitators: [] });
        else if (url.endsWith('/c1')) pending.flush(aCohort());
        else pending.flush([]);
      }
      await settle();
    }
  }
});
