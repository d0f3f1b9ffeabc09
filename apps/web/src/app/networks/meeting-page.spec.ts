import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MeetingDetail } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { MeetingPage } from './meeting-page';
import { aMeeting } from './network-test-data';

const BEFORE = new Date('2027-03-01T10:00:00Z');
const AFTER = new Date('2027-04-01T10:00:00Z');

describe('MeetingPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MeetingPage>;

  async function open(meeting: MeetingDetail, now = BEFORE) {
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
    TestBed.inject(SessionStore).startSession(aSessionUser({ roles: ['ect'] }));
    fixture = TestBed.createComponent(MeetingPage);
    fixture.componentRef.setInput('meetingId', meeting.id);
    await settle();
    http.expectOne(`/api/network-meetings/${meeting.id}`).flush(meeting);
    await settle();
  }

  function radio(response: string): HTMLInputElement {
    return query<HTMLInputElement>(fixture, `#rsvp-${response}-input`);
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows when (in UK time), where and the agenda', async () => {
    await open(aMeeting());

    const text = pageText();
    expect(text).toContain('Monday 29 March 2027, 3:45pm to 5:15pm (UK time)');
    expect(text).toContain('Strood Riverside Academy');
    expect(text).toContain('Carnation Road, Strood ME2 2HJ');
    expect(text).toContain('Bring two pieces of pupil work.');
    expect(text).toContain('2 going, 1 maybe');
    expect(text).toContain('You have not answered yet.');
  });

  it('sends the answer chosen and shows it as the person’s answer', async () => {
    await open(aMeeting());

    radio('going').click();
    buttonNamed('Send my answer').click();
    const request = http.expectOne('/api/network-meetings/m1/rsvp');
    expect(request.request.body).toEqual({ response: 'going' });
    request.flush(
      aMeeting({
        myRsvp: 'going',
        rsvpCounts: { going: 3, maybe: 1, not_going: 0 },
      }),
    );
    await settle();

    expect(pageText()).toContain('Your answer: Going.');
    expect(radio('going').checked).toBe(true);
  });

  it('asks for an answer before sending one', async () => {
    await open(aMeeting());

    buttonNamed('Send my answer').click();
    await settle();

    expect(pageText()).toContain('Choose going, maybe or not going');
  });

  it('shows the person’s current answer as chosen', async () => {
    await open(aMeeting({ myRsvp: 'maybe' }));

    expect(pageText()).toContain('Your answer: Maybe.');
    expect(radio('maybe').checked).toBe(true);
  });

  it('explains who can answer when the person cannot', async () => {
    await open(aMeeting({ canRsvp: false }));

    expect(pageText()).toContain('Only members of the hub can answer.');
    expect(document.querySelector('#rsvp-going-input')).toBeNull();
  });

  it('shows the notes and decisions once recorded', async () => {
    await open(
      aMeeting({
        notes: 'Twenty members came.',
        decisions: ['Trial the routine for six weeks.'],
        notesRecordedAt: '2027-03-30T09:00:00Z',
      }),
      AFTER,
    );

    expect(pageText()).toContain('Twenty members came.');
    expect(pageText()).toContain('Trial the routine for six weeks.');
    expect(pageText()).toContain(
      'This meeting has started, so answers are closed.',
    );
  });

  it('lets a lead record notes and decisions after the meeting, one decision a line', async () => {
    await open(aMeeting({ canManage: true }), AFTER);
    http.expectOne('/api/network-meetings/m1/attendees').flush([
      {
        userId: 'u5',
        name: 'Kit Moss',
        organisationName: 'Oakfield Learning Trust',
        rsvp: 'going',
        attendance: null,
      },
    ]);
    await settle();

    buttonNamed('Save notes and decisions').click();
    await settle();
    expect(pageText()).toContain('Enter the notes of the meeting');

    typeInto(fixture, '#meeting-notes', 'Good discussion.');
    typeInto(fixture, '#meeting-decisions', 'Try bar models\n\nShare work ');
    buttonNamed('Save notes and decisions').click();
    const request = http.expectOne('/api/network-meetings/m1/outcome');
    expect(request.request.body).toEqual({
      notes: 'Good discussion.',
      decisions: ['Try bar models', 'Share work'],
    });
    request.flush(aMeeting({ canManage: true, notes: 'Good discussion.' }));
    await settle();
  });

  it('lets a lead mark who attended', async () => {
    await open(aMeeting({ canManage: true }), AFTER);
    http.expectOne('/api/network-meetings/m1/attendees').flush([
      {
        userId: 'u5',
        name: 'Kit Moss',
        organisationName: 'Oakfield Learning Trust',
        rsvp: 'going',
        attendance: null,
      },
    ]);
    await settle();

    buttonNamed(/^Attended/).click();
    const request = http.expectOne('/api/network-meetings/m1/attendance');
    expect(request.request.body).toEqual({
      entries: [{ userId: 'u5', attendance: 'attended' }],
    });
    request.flush([
      {
        userId: 'u5',
        name: 'Kit Moss',
        organisationName: 'Oakfield Learning Trust',
        rsvp: 'going',
        attendance: 'attended',
      },
    ]);
    await settle();

    expect(buttonNamed(/^Attended/).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers those who manage an upcoming meeting a link to change its details', async () => {
    await open(aMeeting({ canManage: true }));
    http.expectOne('/api/network-meetings/m1/attendees').flush([]);
    await settle();

    const link = changeLink();
    expect(link?.getAttribute('href')).toBe('/networks/meetings/m1/edit');
  });

  it('offers members no link to change the meeting', async () => {
    await open(aMeeting());

    expect(changeLink()).toBeUndefined();
  });

  it('offers no link to change a cancelled meeting', async () => {
    await open(aMeeting({ canManage: true, status: 'cancelled' }));
    http.expectOne('/api/network-meetings/m1/attendees').flush([]);
    await settle();

    expect(changeLink()).toBeUndefined();
  });

  function changeLink(): HTMLAnchorElement | undefined {
    return Array.from(document.querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === 'Change the meeting details',
    );
  }
});
