import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { RegisterEntry } from '@alliance/contracts';
import { query, settle, textOf } from '../../testing/test-helpers';
import { Clock } from '../shared/clock';
import { aSession } from './cohort-test-data';
import { RegisterPage } from './register-page';

const entry: RegisterEntry = {
  userId: 'u-ect',
  name: 'Priya Shah',
  organisationName: 'Oakfield Learning Trust',
  enrolmentStatus: 'active',
  bookingStatus: 'confirmed',
  attendance: null,
  markedAt: null,
};

describe('RegisterPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RegisterPage>;
  let now: Date;

  beforeEach(async () => {
    now = new Date('2027-03-30T12:00:00Z');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clock, useValue: { now: () => now } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RegisterPage);
    fixture.componentRef.setInput('sessionId', 's1');
    await settle();
  });

  afterEach(() => http.verify());

  async function respond(entries: RegisterEntry[]) {
    http.expectOne('/api/cohort-sessions/s1').flush(aSession());
    http.expectOne('/api/cohort-sessions/s1/register').flush(entries);
    await settle();
  }

  it('lists the ECTs with a labelled choice each, and saves one as soon as it is chosen', async () => {
    await respond([entry]);

    expect(query(fixture, 'h1').textContent).toContain(
      'Register: Behaviour routines that stick',
    );
    const group = query(fixture, 'mat-radio-group');
    expect(group.getAttribute('aria-labelledby')).toBe('person-u-ect');
    expect(textOf(fixture)).toContain('Not marked yet.');

    query<HTMLInputElement>(
      fixture,
      'mat-radio-button:first-of-type input',
    ).click();
    const request = http.expectOne('/api/cohort-sessions/s1/attendance/u-ect');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ attendance: 'attended' });
    request.flush({
      ...entry,
      attendance: 'attended',
      markedAt: now.toISOString(),
    });
    await settle();
    expect(textOf(fixture)).toContain('Saved: Priya Shah, attended.');
  });

  it('allows only apologies before the session starts', async () => {
    now = new Date('2027-03-01T12:00:00Z');
    await respond([entry]);

    expect(textOf(fixture)).toContain('you can only record apologies');
    const inputs = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLInputElement>(
        'mat-radio-button input',
      ),
    );
    expect(inputs.map((input) => input.disabled)).toEqual([true, true, false]);
  });

  it('says what went wrong when a mark is refused', async () => {
    await respond([entry]);

    query<HTMLInputElement>(
      fixture,
      'mat-radio-button:first-of-type input',
    ).click();
    http
      .expectOne('/api/cohort-sessions/s1/attendance/u-ect')
      .flush(
        { statusCode: 409, message: 'The session has not started' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne('/api/cohort-sessions/s1/register').flush([entry]);
    await settle();
    expect(textOf(fixture)).toContain(
      'Priya Shah: The session has not started',
    );
  });
});
