import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MenteeView } from '@alliance/contracts';
import { query, settle, textOf } from '../../testing/test-helpers';
import { MentorDashboardPage } from './mentor-dashboard-page';

const mentee: MenteeView = {
  enrolmentId: 'en1',
  ect: { id: 'u-ect', name: 'Priya Shah' },
  cohort: {
    id: 'c1',
    name: 'Kent and Medway ECT Year 1 Cohort',
    academicYear: '2026/27',
    inductionYear: 1,
  },
  attended: 3,
  marked: 4,
  attendanceRate: 0.75,
  upcomingSessions: [
    {
      id: 's2',
      topic: 'Adaptive teaching',
      startsAt: '2027-03-29T15:00:00Z',
      endsAt: '2027-03-29T16:00:00Z',
      bookingStatus: 'confirmed',
    },
  ],
};

describe('MentorDashboardPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MentorDashboardPage>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MentorDashboardPage);
    await settle();
  });

  afterEach(() => http.verify());

  it('shows each ECT with their cohort, attendance rate, sessions to come and shared reflections', async () => {
    http.expectOne('/api/me/mentees').flush([mentee]);
    await settle();
    http.expectOne('/api/me/mentees/u-ect/reflections').flush([
      {
        sessionId: 's1',
        topic: 'Behaviour routines',
        sessionStartsAt: '2027-03-01T16:00:00Z',
        text: 'I tried a new routine.',
        sharedWithMentor: true,
        createdAt: '',
        updatedAt: '',
      },
    ]);
    await settle();

    expect(query(fixture, 'h1').textContent).toBe('My ECTs');
    const text = textOf(fixture);
    expect(query(fixture, 'h2').textContent).toContain('Priya Shah');
    expect(query(fixture, 'a[href="/cohorts/c1"]')).toBeTruthy();
    expect(text).toContain('75% – attended 3 of 4 sessions marked');
    expect(text).toContain(
      'Adaptive teaching: Monday 29 March 2027, 4:00pm to 5:00pm (has a place)',
    );
    expect(text).toContain('I tried a new routine.');
  });

  it('says when the ECT has shared nothing, and before any register', async () => {
    http
      .expectOne('/api/me/mentees')
      .flush([{ ...mentee, attended: 0, marked: 0, attendanceRate: null }]);
    await settle();
    http.expectOne('/api/me/mentees/u-ect/reflections').flush([]);
    await settle();

    expect(textOf(fixture)).toContain('No sessions marked yet');
    expect(textOf(fixture)).toContain(
      'Priya Shah has not shared any reflections with you yet.',
    );
  });

  it('says when the mentor has no ECTs', async () => {
    http.expectOne('/api/me/mentees').flush([]);
    await settle();
    expect(textOf(fixture)).toContain(
      'You are not mentoring any early-career teachers in a cohort yet.',
    );
  });
});
