import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { MeetingDetail, NetworkDetail } from '@alliance/contracts';
import {
  buttonNamed,
  pageText,
  query,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { Clock } from '../shared/clock';
import { MeetingFormPage } from './meeting-form-page';
import { HUB_ID, NETWORK_ID, aMeeting, aNetwork } from './network-test-data';

describe('MeetingFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MeetingFormPage>;
  let router: Router;

  async function open(network: NetworkDetail) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'networks/meetings/:id', children: [] }]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        {
          provide: Clock,
          useValue: { now: () => new Date('2027-03-01T10:00:00Z') },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(MeetingFormPage);
    fixture.componentRef.setInput('id', NETWORK_ID);
    await settle();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(network);
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('lists what is missing', async () => {
    await open(aNetwork({ canManage: true }));

    buttonNamed('Schedule the meeting').click();
    await settle();

    const summary = query(fixture, '.error-summary').textContent ?? '';
    expect(summary).toContain('Choose a national or a hub meeting');
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Enter the date of the meeting');
    expect(summary).toContain('Enter the start time');
  });

  it('schedules a hub meeting, with its times sent in UTC', async () => {
    await open(aNetwork({ canManage: true }));

    query<HTMLInputElement>(fixture, '#meeting-kind-hub-input').click();
    await settle();
    fixture.componentInstance['form'].controls.hubId.setValue(HUB_ID);
    typeInto(fixture, '#meeting-title', 'Bar models');
    typeInto(fixture, '#meeting-date', '2027-03-29');
    typeInto(fixture, '#meeting-start', '3:45pm');
    typeInto(fixture, '#meeting-end', '17:15');
    typeInto(fixture, '#meeting-venue', 'Strood Riverside Academy');
    buttonNamed('Schedule the meeting').click();

    const request = http.expectOne(`/api/networks/${NETWORK_ID}/meetings`);
    expect(request.request.body).toEqual({
      kind: 'hub',
      hubId: HUB_ID,
      title: 'Bar models',
      startsAt: '2027-03-29T14:45:00Z',
      endsAt: '2027-03-29T16:15:00Z',
      venue: 'Strood Riverside Academy',
    });
    request.flush(aMeeting({ id: 'm7' }));
    await settle();
    expect(router.url).toBe('/networks/meetings/m7');
  });

  it('tells people who do not lead the network that they cannot schedule meetings', async () => {
    await open(aNetwork());

    expect(pageText()).toContain(
      'Only the network’s leads can schedule meetings',
    );
  });
});

describe('MeetingFormPage, changing a meeting', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MeetingFormPage>;
  let router: Router;

  async function open(
    meeting: MeetingDetail,
    now = new Date('2027-03-01T10:00:00Z'),
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'networks/meetings/:id', children: [] }]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Clock, useValue: { now: () => now } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(MeetingFormPage);
    fixture.componentRef.setInput('meetingId', meeting.id);
    await settle();
    http.expectOne(`/api/network-meetings/${meeting.id}`).flush(meeting);
    await settle();
  }

  function valueOf(selector: string): string {
    return query<HTMLInputElement | HTMLTextAreaElement>(fixture, selector)
      .value;
  }

  function problems(): string[] {
    return Array.from(document.querySelectorAll('.error-summary li')).map(
      (item) => item.textContent?.trim() ?? '',
    );
  }

  const nationalMeeting = aMeeting({
    id: 'm2',
    kind: 'national',
    hubId: null,
    hubName: null,
    title: 'Spring key messages',
    venue: null,
    address: null,
    onlineUrl: 'https://meet.example.org/maths-spring',
    canManage: true,
  });

  afterEach(() => {
    // Only the meeting is asked for: its kind and hub cannot change, so the network's hubs are not needed.
    http.verify();
    document.body.innerHTML = '';
  });

  it('fills in the hub meeting as it is, in UK time', async () => {
    await open(aMeeting({ canManage: true }));

    expect(query(fixture, 'h1').textContent).toContain(
      'Change the meeting details',
    );
    expect(pageText()).toContain('Maths network');
    expect(valueOf('#meeting-title')).toBe('Medway hub: bar models in Year 6');
    expect(valueOf('#meeting-date')).toBe('2027-03-29');
    expect(valueOf('#meeting-start')).toBe('15:45');
    expect(valueOf('#meeting-end')).toBe('17:15');
    expect(valueOf('#meeting-venue')).toBe('Strood Riverside Academy');
    expect(valueOf('#meeting-address')).toBe('Carnation Road, Strood ME2 2HJ');
    expect(valueOf('#meeting-agenda')).toBe('Bring two pieces of pupil work.');
    expect(pageText()).toContain('Medway hub meeting, in person');
    expect(document.querySelector('#meeting-kind-hub-input')).toBeNull();
    expect(document.querySelector('#meeting-hub')).toBeNull();
  });

  it('sends only what changed and opens the meeting again', async () => {
    await open(aMeeting({ canManage: true }));

    typeInto(fixture, '#meeting-agenda', 'Bring three pieces of pupil work. ');
    typeInto(fixture, '#meeting-end', '5:30pm');
    buttonNamed('Save changes').click();

    const request = http.expectOne('/api/network-meetings/m1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      endsAt: '2027-03-29T16:30:00Z',
      agenda: 'Bring three pieces of pupil work.',
    });
    request.flush(
      aMeeting({
        canManage: true,
        agenda: 'Bring three pieces of pupil work.',
      }),
    );
    await settle();

    expect(router.url).toBe('/networks/meetings/m1');
    expect(pageText()).toContain(
      'Your changes to the meeting have been saved.',
    );
  });

  it('changes the joining link of a national meeting, checking it first', async () => {
    await open(nationalMeeting);

    expect(valueOf('#meeting-online-url')).toBe(
      'https://meet.example.org/maths-spring',
    );
    expect(document.querySelector('#meeting-venue')).toBeNull();

    typeInto(fixture, '#meeting-online-url', 'meet.example.org/new');
    buttonNamed('Save changes').click();
    await settle();
    expect(problems()).toEqual(['Enter the joining link, starting https://']);
    http.expectNone('/api/network-meetings/m2');

    typeInto(fixture, '#meeting-online-url', 'https://meet.example.org/new');
    buttonNamed('Save changes').click();
    const request = http.expectOne('/api/network-meetings/m2');
    expect(request.request.body).toEqual({
      onlineUrl: 'https://meet.example.org/new',
    });
    request.flush(nationalMeeting);
    await settle();
  });

  it('lists what is missing or wrong before saving', async () => {
    await open(aMeeting({ canManage: true }));

    typeInto(fixture, '#meeting-title', '');
    typeInto(fixture, '#meeting-venue', ' ');
    typeInto(fixture, '#meeting-start', 'after lunch');
    buttonNamed('Save changes').click();
    await settle();

    expect(problems()).toEqual([
      'Enter a title',
      'Enter the start time as a time of day, like 4pm or 16:00',
      'Enter where the hub meets',
    ]);
    http.expectNone('/api/network-meetings/m1');
  });

  it('does not move an upcoming meeting into the past', async () => {
    await open(aMeeting({ canManage: true }));

    typeInto(fixture, '#meeting-date', '2027-02-22');
    buttonNamed('Save changes').click();
    await settle();

    expect(problems()).toEqual(['The meeting must start in the future']);
    http.expectNone('/api/network-meetings/m1');
  });

  it('lets a lead correct the times of a meeting that has already happened', async () => {
    await open(aMeeting({ canManage: true }), new Date('2027-04-01T10:00:00Z'));

    typeInto(fixture, '#meeting-start', '16:00');
    buttonNamed('Save changes').click();

    const request = http.expectOne('/api/network-meetings/m1');
    expect(request.request.body).toEqual({ startsAt: '2027-03-29T15:00:00Z' });
    request.flush(aMeeting({ canManage: true }));
    await settle();
  });

  it('shows the API’s message when it refuses the change', async () => {
    await open(aMeeting({ canManage: true }));

    typeInto(fixture, '#meeting-agenda', 'Bring a calculator.');
    buttonNamed('Save changes').click();
    // Someone else cancelled the meeting in the meantime.
    http.expectOne('/api/network-meetings/m1').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'This meeting has been cancelled and can no longer be changed.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(problems()).toEqual([
      'This meeting has been cancelled and can no longer be changed.',
    ]);
    expect(router.url).toBe('/');
  });

  it('says so when nothing was changed, without asking the API', async () => {
    await open(nationalMeeting);

    buttonNamed('Save changes').click();
    await settle();

    http.expectNone('/api/network-meetings/m2');
    expect(router.url).toBe('/networks/meetings/m2');
    expect(pageText()).toContain('You did not change anything.');
  });

  it('does not offer the form for a cancelled meeting', async () => {
    await open(aMeeting({ canManage: true, status: 'cancelled' }));

    expect(pageText()).toContain(
      'This meeting has been cancelled and can no longer be changed',
    );
    expect(document.querySelector('form')).toBeNull();
  });

  it('tells people who do not manage the meeting that they cannot change it', async () => {
    await open(aMeeting());

    expect(pageText()).toContain('You cannot change this meeting');
    expect(document.querySelector('form')).toBeNull();
  });
});
