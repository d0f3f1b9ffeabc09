import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { NetworkDetail } from '@alliance/contracts';
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
