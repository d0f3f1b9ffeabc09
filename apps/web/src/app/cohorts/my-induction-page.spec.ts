import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MyInductionView } from '@alliance/contracts';
import {
  buttonNamed,
  query,
  settle,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { Clock } from '../shared/clock';
import { aSession, anEnrolment } from './cohort-test-data';
import { MyInductionPage } from './my-induction-page';

describe('MyInductionPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyInductionPage>;

  beforeEach(async () => {
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
    fixture = TestBed.createComponent(MyInductionPage);
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  async function respond(view: MyInductionView) {
    http.expectOne('/api/me/induction').flush(view);
    await settle();
  }

  const past = aSession({
    id: 's-past',
    topic: 'Behaviour routines that stick',
    startsAt: '2027-03-01T16:00:00Z',
    endsAt: '2027-03-01T17:30:00Z',
    myAttendance: 'attended',
    materials: [
      {
        id: 'm1',
        title: 'Slides',
        url: 'https://example.org/s.pdf',
        createdAt: '2027-03-01T18:00:00Z',
      },
    ],
  });
  const online = aSession({
    id: 's-next',
    topic: 'Adaptive teaching',
    format: 'online',
    venue: null,
    address: null,
    onlineUrl: 'https://meet.example.org/ect',
  });

  it('shows the cohort, sessions to come with their joining link and past sessions with attendance', async () => {
    await respond({ enrolments: [anEnrolment()], sessions: [past, online] });

    expect(query(fixture, 'h1').textContent).toBe('My induction sessions');
    const text = textOf(fixture);
    expect(text).toContain('Your mentor is Tom Baker.');
    expect(text).toContain('Monday 29 March 2027, 4:00pm to 5:30pm');
    expect(
      query(fixture, 'a[href="https://meet.example.org/ect"]'),
    ).toBeTruthy();
    expect(query(fixture, 'a[href="/events/s-next"]').textContent).toContain(
      'Adaptive teaching',
    );
    expect(text).toContain('Your attendance: Attended');
    expect(text).toContain('Only you can read it, unless you tick this box');
    expect(
      query(fixture, 'a[href="https://example.org/s.pdf"]').textContent,
    ).toBe('Slides');
  });

  it('says when the ECT is not in a cohort', async () => {
    await respond({ enrolments: [], sessions: [] });

    expect(textOf(fixture)).toContain('You are not in a cohort at the moment.');
    expect(textOf(fixture)).toContain('There are no sessions coming up.');
  });

  it('asks for the text before saving a reflection, then saves it shared with the mentor', async () => {
    await respond({ enrolments: [anEnrolment()], sessions: [past] });

    buttonNamed('Save my reflection').click();
    await settle();
    expect(textOf(fixture)).toContain('Write your reflection');

    typeInto(fixture, '#reflection-s-past', 'Routines need practice.');
    query<HTMLInputElement>(fixture, '#reflection-s-past-share-input').click();
    buttonNamed('Save my reflection').click();
    const request = http.expectOne('/api/cohort-sessions/s-past/reflection');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      text: 'Routines need practice.',
      sharedWithMentor: true,
    });
    request.flush({});
    await settle();
    expect(textOf(fixture)).toContain(
      'Your reflection has been saved. Your mentor can read it.',
    );
  });

  it('loads an earlier reflection to rewrite', async () => {
    await respond({
      enrolments: [anEnrolment()],
      sessions: [{ ...past, hasReflection: true }],
    });

    http.expectOne('/api/cohort-sessions/s-past/reflection').flush({
      sessionId: 's-past',
      topic: past.topic,
      sessionStartsAt: past.startsAt,
      text: 'First thoughts',
      sharedWithMentor: false,
      createdAt: '',
      updatedAt: '',
    });
    await settle();
    expect(
      query<HTMLTextAreaElement>(fixture, '#reflection-s-past').value,
    ).toBe('First thoughts');
  });

  it('offers to try again when the sessions cannot be loaded', async () => {
    http
      .expectOne('/api/me/induction')
      .flush('', { status: 500, statusText: 'Server Error' });
    await settle();
    expect(textOf(fixture)).toContain('Sorry, we could not load your sessions');
  });
});
