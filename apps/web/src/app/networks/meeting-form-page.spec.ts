import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type {
  HubView,
  MeetingDetail,
  NetworkDetail,
} from '@alliance/contracts';
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
import { MeetingFormPage } from './meeting-form-page';
import { HUB_ID, NETWORK_ID, aMeeting, aNetwork } from './network-test-data';

describe('MeetingFormPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MeetingFormPage>;
  let router: Router;

  /** Ana Diaz (u2) leads the Medway hub in the test data; Jo Harbour (lead-1) leads the network. */
  async function open(
    network: NetworkDetail,
    { userId = 'lead-1', hub }: { userId?: string; hub?: string } = {},
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
        {
          provide: Clock,
          useValue: { now: () => new Date('2027-03-01T10:00:00Z') },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(
      aSessionUser({ id: userId, roles: ['headteacher'] }),
    );
    fixture = TestBed.createComponent(MeetingFormPage);
    fixture.componentRef.setInput('id', NETWORK_ID);
    if (hub) fixture.componentRef.setInput('hub', hub);
    await settle();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(network);
    await settle();
  }

  const ANA_LEADS = {
    userId: 'u2',
    name: 'Ana Diaz',
    organisationName: 'Riverside Academies Trust',
  };
  const medway = (): HubView => aNetwork().hubs[0];
  const thanet: HubView = {
    id: 'hub-thanet',
    networkId: NETWORK_ID,
    name: 'Thanet hub',
    region: 'East Kent',
    hubLead: ANA_LEADS,
    memberCount: 3,
  };
  const dover: HubView = {
    id: 'hub-dover',
    networkId: NETWORK_ID,
    name: 'Dover hub',
    region: 'East Kent',
    hubLead: null,
    memberCount: 1,
  };

  function fillInTheMeeting(): void {
    typeInto(fixture, '#meeting-title', 'Bar models');
    typeInto(fixture, '#meeting-date', '2027-03-29');
    typeInto(fixture, '#meeting-start', '3:45pm');
    typeInto(fixture, '#meeting-end', '17:15');
    typeInto(fixture, '#meeting-venue', 'Strood Riverside Academy');
  }

  function problems(): string[] {
    return Array.from(document.querySelectorAll('.error-summary li')).map(
      (item) => item.textContent?.trim() ?? '',
    );
  }

  function summaryRows(): string[][] {
    return Array.from(document.querySelectorAll('.summary-list__row')).map(
      (row) =>
        Array.from(row.children).map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  /** The hubs the hub list offers, once opened. */
  async function hubsOffered(): Promise<string[]> {
    query<HTMLElement>(fixture, '#meeting-hub').click();
    await settle();
    return Array.from(document.querySelectorAll('mat-option')).map(
      (option) => option.textContent?.trim() ?? '',
    );
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

  it('tells people who lead neither the network nor a hub that they cannot schedule meetings', async () => {
    // Kit Moss (u3) is a member of the network, but leads nothing.
    await open(aNetwork({ myRole: 'member' }), { userId: 'u3', hub: HUB_ID });

    expect(pageText()).toContain(
      'You cannot schedule meetings for this network',
    );
    expect(pageText()).toContain('Ask a lead of the Maths network');
    expect(document.querySelector('form')).toBeNull();
  });

  it('lets a hub’s lead schedule an in-person meeting of their own hub, with the kind and hub fixed', async () => {
    await open(aNetwork({ myRole: 'member', myHubId: HUB_ID }), {
      userId: 'u2',
      hub: HUB_ID,
    });

    const text = pageText();
    expect(text).toContain('Hub meeting, in person');
    expect(summaryRows()).toEqual([
      ['Kind', 'Hub meeting, in person'],
      ['Hub', 'Medway hub'],
    ]);
    expect(text).toContain(
      'As a hub lead, you can schedule in-person meetings for your hub.',
    );
    // No choice of national meeting, nor of another hub.
    expect(document.querySelector('#meeting-kind-national-input')).toBeNull();
    expect(document.querySelector('#meeting-kind-hub-input')).toBeNull();
    expect(document.querySelector('#meeting-hub')).toBeNull();
    // It is held in person: a venue, not a joining link.
    expect(document.querySelector('#meeting-online-url')).toBeNull();
    // Cancel goes back to the hub the lead came from.
    expect(query(fixture, '.button-row a').getAttribute('href')).toBe(
      `/networks/${NETWORK_ID}/hubs/${HUB_ID}`,
    );

    fillInTheMeeting();
    buttonNamed('Schedule the meeting').click();

    const request = http.expectOne(`/api/networks/${NETWORK_ID}/meetings`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      kind: 'hub',
      hubId: HUB_ID,
      title: 'Bar models',
      startsAt: '2027-03-29T14:45:00Z',
      endsAt: '2027-03-29T16:15:00Z',
      venue: 'Strood Riverside Academy',
    });
    request.flush(aMeeting({ id: 'm7', canManage: true }));
    await settle();
    expect(router.url).toBe('/networks/meetings/m7');
    expect(pageText()).toContain('The meeting has been scheduled.');
  });

  it('fixes the hub a hub’s lead leads even when the address names none, or another hub', async () => {
    await open(aNetwork({ myRole: 'member', hubs: [medway(), dover] }), {
      userId: 'u2',
      hub: dover.id,
    });

    expect(summaryRows()).toEqual([
      ['Kind', 'Hub meeting, in person'],
      ['Hub', 'Medway hub'],
    ]);
    expect(pageText()).not.toContain('Dover hub');
    fillInTheMeeting();
    typeInto(fixture, '#meeting-venue', ' ');
    buttonNamed('Schedule the meeting').click();
    await settle();
    expect(problems()).toEqual(['Enter where the hub meets']);
    http.expectNone(`/api/networks/${NETWORK_ID}/meetings`);

    typeInto(fixture, '#meeting-venue', 'Strood Riverside Academy');
    buttonNamed('Schedule the meeting').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/meetings`);
    expect(request.request.body).toMatchObject({ kind: 'hub', hubId: HUB_ID });
    request.flush(aMeeting({ id: 'm7' }));
    await settle();
  });

  it('offers someone who leads two hubs a choice of those two only', async () => {
    await open(
      aNetwork({ myRole: 'member', hubs: [medway(), thanet, dover] }),
      {
        userId: 'u2',
      },
    );

    expect(document.querySelector('#meeting-kind-national-input')).toBeNull();
    expect(summaryRows()).toEqual([['Kind', 'Hub meeting, in person']]);

    fillInTheMeeting();
    buttonNamed('Schedule the meeting').click();
    await settle();
    expect(problems()).toEqual(['Choose the hub that meets']);
    http.expectNone(`/api/networks/${NETWORK_ID}/meetings`);

    expect(await hubsOffered()).toEqual(['Medway hub', 'Thanet hub']);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((option) => option.textContent?.trim() === 'Thanet hub')
      ?.click();
    await settle();
    buttonNamed('Schedule the meeting').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/meetings`);
    expect(request.request.body).toMatchObject({
      kind: 'hub',
      hubId: 'hub-thanet',
    });
    request.flush(aMeeting({ id: 'm7' }));
    await settle();
  });

  it('starts the form with the hub of the hub page for a network lead, keeping every choice', async () => {
    await open(
      aNetwork({ canManage: true, myRole: 'lead', hubs: [medway(), dover] }),
      {
        hub: dover.id,
      },
    );

    const hubKind = query<HTMLInputElement>(fixture, '#meeting-kind-hub-input');
    const nationalKind = query<HTMLInputElement>(
      fixture,
      '#meeting-kind-national-input',
    );
    expect(hubKind.checked).toBe(true);
    expect(nationalKind.disabled).toBe(false);
    expect(pageText()).not.toContain('As a hub lead');
    await settle();
    expect(query(fixture, '#meeting-hub').textContent).toContain('Dover hub');
    expect(await hubsOffered()).toEqual(['Medway hub', 'Dover hub']);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape' }),
    );
    await settle();

    // The lead can still make it a national meeting.
    nationalKind.click();
    await settle();
    typeInto(fixture, '#meeting-title', 'Spring key messages');
    typeInto(fixture, '#meeting-date', '2027-03-29');
    typeInto(fixture, '#meeting-start', '4pm');
    typeInto(fixture, '#meeting-end', '5pm');
    typeInto(fixture, '#meeting-online-url', 'https://meet.example.org/spring');
    buttonNamed('Schedule the meeting').click();
    const request = http.expectOne(`/api/networks/${NETWORK_ID}/meetings`);
    expect(request.request.body).toEqual({
      kind: 'national',
      title: 'Spring key messages',
      startsAt: '2027-03-29T15:00:00Z',
      endsAt: '2027-03-29T16:00:00Z',
      onlineUrl: 'https://meet.example.org/spring',
    });
    request.flush(aMeeting({ id: 'm8' }));
    await settle();
  });

  it('offers a network lead who also leads a hub every kind and every hub', async () => {
    const network = aNetwork({ canManage: true, myRole: 'lead' });
    await open({
      ...network,
      hubs: [
        { ...medway(), hubLead: { ...ANA_LEADS, userId: 'lead-1' } },
        dover,
      ],
    });

    expect(
      query<HTMLInputElement>(fixture, '#meeting-kind-hub-input').checked,
    ).toBe(false);
    expect(
      document.querySelector('#meeting-kind-national-input'),
    ).not.toBeNull();
    query<HTMLInputElement>(fixture, '#meeting-kind-hub-input').click();
    await settle();
    expect(await hubsOffered()).toEqual(['Medway hub', 'Dover hub']);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape' }),
    );
    await settle();
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
