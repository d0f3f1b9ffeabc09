import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aSessionUser } from '../../../testing/test-helpers';
import { ApiClient } from './api-client';

describe('ApiClient', () => {
  let api: ApiClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ApiClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('signs in with the email and password in the body', async () => {
    const user = aSessionUser();
    const signedIn = firstValueFrom(
      api.signIn({ email: 'ceo@oakfield.test', password: 'alliance-demo' }),
    );

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'ceo@oakfield.test',
      password: 'alliance-demo',
    });
    request.flush(user);

    await expect(signedIn).resolves.toEqual(user);
  });

  it('asks for one page of people', () => {
    api.listPeople('org-1', { page: 3, pageSize: 50 }).subscribe();

    const request = http.expectOne(
      (req) => req.url === '/api/organisations/org-1/people',
    );
    expect(request.request.params.get('page')).toBe('3');
    expect(request.request.params.get('pageSize')).toBe('50');
    request.flush({ items: [], total: 0, page: 3, pageSize: 50 });
  });

  it('searches the register with the words typed, encoded', () => {
    api.searchOrganisations('St Mary & St John').subscribe();

    const request = http.expectOne(
      (req) => req.url === '/api/reference/organisations',
    );
    expect(request.request.params.get('search')).toBe('St Mary & St John');
    expect(request.request.urlWithParams).toContain(
      'search=St%20Mary%20%26%20St%20John',
    );
    request.flush({ items: [], total: 0, page: 1, pageSize: 10 });
  });

  it('withdraws a person invitation with DELETE', () => {
    api.withdrawPersonInvitation('inv-1').subscribe();

    const request = http.expectOne('/api/person-invitations/inv-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('signs the terms of reference of an alliance with an empty body', () => {
    api.signTerms('alliance-1', 'terms-2').subscribe();

    const request = http.expectOne(
      '/api/alliances/alliance-1/terms/terms-2/signatures',
    );
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush({});
  });

  it('keeps an invitation token inside its path segment', () => {
    api.previewInvitation('abc/../def').subscribe();

    http.expectOne('/api/invitations/abc%2F..%2Fdef').flush({});
  });

  describe('training events', () => {
    it('sends only the filters that are set, flags only when on', () => {
      api
        .listEvents(
          {
            audience: 'governor',
            month: '2027-03',
            hasPlaces: true,
            includePast: false,
            search: undefined,
          },
          { page: 2, pageSize: 20 },
        )
        .subscribe();

      const request = http.expectOne((req) => req.url === '/api/events');
      expect(request.request.method).toBe('GET');
      const params = request.request.params;
      expect(
        Object.fromEntries(params.keys().map((key) => [key, params.get(key)])),
      ).toEqual({
        page: '2',
        pageSize: '20',
        audience: 'governor',
        month: '2027-03',
        hasPlaces: 'true',
      });
      request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    });

    it('creates an event with the body as given', () => {
      const event = {
        allianceId: 'a1',
        title: 'Safeguarding update',
        description: '',
        audience: ['headteacher' as const],
        format: 'online' as const,
        onlineUrl: 'https://meet.example.org/abc',
        startsAt: '2027-03-29T08:30:00Z',
        endsAt: '2027-03-29T10:00:00Z',
        capacity: 30,
      };
      api.createEvent(event).subscribe();

      const request = http.expectOne('/api/events');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual(event);
      request.flush({});
    });

    it('changes an event with PATCH and cancels it with an empty POST', () => {
      api.updateEvent('e1', { capacity: 40 }).subscribe();
      api.cancelEvent('e1').subscribe();

      const update = http.expectOne(
        (req) => req.method === 'PATCH' && req.url === '/api/events/e1',
      );
      expect(update.request.body).toEqual({ capacity: 40 });
      update.flush({});
      const cancel = http.expectOne('/api/events/e1/cancel');
      expect(cancel.request.method).toBe('POST');
      expect(cancel.request.body).toEqual({});
      cancel.flush({});
    });

    it('books yourself with an empty body, and a colleague with their id', async () => {
      const own = firstValueFrom(api.bookEvent('e1'));
      const colleague = firstValueFrom(
        api.bookEvent('e1', { userId: 'user-2' }),
      );

      const [mine, theirs] = http.match('/api/events/e1/bookings');
      expect(mine.request.method).toBe('POST');
      expect(mine.request.body).toEqual({});
      expect(theirs.request.body).toEqual({ userId: 'user-2' });
      mine.flush({ id: 'b1', status: 'confirmed' });
      theirs.flush({ id: 'b2', status: 'waitlisted', waitlistPosition: 3 });

      await expect(own).resolves.toEqual({ id: 'b1', status: 'confirmed' });
      await expect(colleague).resolves.toEqual({
        id: 'b2',
        status: 'waitlisted',
        waitlistPosition: 3,
      });
    });

    it('cancels a booking with DELETE and records attendance with PUT', () => {
      api.cancelBooking('b1').subscribe();
      api.markAttendance('b2', { attendance: 'attended' }).subscribe();

      const cancel = http.expectOne('/api/bookings/b1');
      expect(cancel.request.method).toBe('DELETE');
      cancel.flush(null, { status: 204, statusText: 'No Content' });
      const attendance = http.expectOne('/api/bookings/b2/attendance');
      expect(attendance.request.method).toBe('PUT');
      expect(attendance.request.body).toEqual({ attendance: 'attended' });
      attendance.flush({});
    });

    it('reads the attendees, my bookings and my calendar feed', () => {
      api.listAttendees('e1').subscribe();
      api.listMyBookings({ page: 1, pageSize: 20 }).subscribe();
      api.listMyBookings({ page: 1, pageSize: 20 }, true).subscribe();
      api.getCalendarFeed().subscribe();

      http.expectOne('/api/events/e1/attendees').flush([]);
      http
        .expectOne('/api/me/bookings?page=1&pageSize=20')
        .flush({ items: [], total: 0, page: 1, pageSize: 20 });
      http
        .expectOne('/api/me/bookings?page=1&pageSize=20&includePast=true')
        .flush({ items: [], total: 0, page: 1, pageSize: 20 });
      http.expectOne('/api/me/calendar-feed').flush({ url: '/x.ics' });
    });

    it('gives the addresses of the files the browser downloads', () => {
      expect(api.eventCalendarUrl('e 1')).toBe(
        '/api/events/e%201/calendar.ics',
      );
      expect(api.attendeesCsvUrl('e1')).toBe('/api/events/e1/attendees.csv');
      expect(api.myCalendarUrl()).toBe('/api/me/calendar.ics');
    });
  });
  describe('ECT cohorts', () => {
    it('lists cohorts of one academic year, leaving out filters that are not set', () => {
      api
        .listCohorts(
          { academicYear: '2026/27', allianceId: undefined },
          { page: 1, pageSize: 20 },
        )
        .subscribe();

      const request = http.expectOne((req) => req.url === '/api/cohorts');
      expect(request.request.params.get('academicYear')).toBe('2026/27');
      expect(request.request.params.has('allianceId')).toBe(false);
      expect(request.request.params.get('pageSize')).toBe('20');
      request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('enrols an ECT with their mentor', () => {
      api
        .enrolEct('c 1', { ectUserId: 'u-ect', mentorUserId: 'u-mentor' })
        .subscribe();

      const request = http.expectOne('/api/cohorts/c%201/enrolments');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        ectUserId: 'u-ect',
        mentorUserId: 'u-mentor',
      });
      request.flush({});
    });

    it('withdraws, transfers and approves enrolments by their own routes', () => {
      api.withdrawEnrolment('e1', { reason: 'Left the school' }).subscribe();
      api
        .transferEnrolment('e1', { cohortId: 'c2', reason: 'Moved region' })
        .subscribe();
      api.approveEnrolment('e2', { mentorUserId: 'm1' }).subscribe();

      const withdraw = http.expectOne('/api/cohort-enrolments/e1/withdraw');
      expect(withdraw.request.body).toEqual({ reason: 'Left the school' });
      withdraw.flush({});
      const transfer = http.expectOne('/api/cohort-enrolments/e1/transfer');
      expect(transfer.request.method).toBe('POST');
      transfer.flush({});
      const approve = http.expectOne('/api/cohort-enrolments/e2/approve');
      expect(approve.request.body).toEqual({ mentorUserId: 'm1' });
      approve.flush({});
    });

    it('asks to join with an empty body unless there is a note', () => {
      api.requestToJoinCohort('c1').subscribe();

      const request = http.expectOne('/api/cohorts/c1/join-requests');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({});
      request.flush({});
    });

    it('marks one person on a session’s register with PUT', () => {
      api
        .markCohortAttendance('s1', 'u1', { attendance: 'apologies' })
        .subscribe();

      const request = http.expectOne('/api/cohort-sessions/s1/attendance/u1');
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual({ attendance: 'apologies' });
      request.flush({});
    });

    it('writes a reflection, shared with the mentor or not', () => {
      api
        .writeReflection('s1', { text: 'Went well', sharedWithMentor: true })
        .subscribe();

      const request = http.expectOne('/api/cohort-sessions/s1/reflection');
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual({
        text: 'Went well',
        sharedWithMentor: true,
      });
      request.flush({});
    });

    it('reads the ECT’s and the mentor’s own pages', () => {
      api.getMyInduction().subscribe();
      api.listMentees().subscribe();
      api.listMenteeReflections('u 2').subscribe();

      http.expectOne('/api/me/induction').flush({ enrolments: [], sessions: [] });
      http.expectOne('/api/me/mentees').flush([]);
      http.expectOne('/api/me/mentees/u%202/reflections').flush([]);
    });
  });

  describe('networks', () => {
    it('lists networks with only the filters that are set', () => {
      api
        .listNetworks(
          { kind: 'subject', search: '', allianceId: undefined },
          { page: 2, pageSize: 20 },
        )
        .subscribe();

      const request = http.expectOne((req) => req.url === '/api/networks');
      expect(request.request.method).toBe('GET');
      expect(request.request.params.get('kind')).toBe('subject');
      expect(request.request.params.get('page')).toBe('2');
      expect(request.request.params.has('search')).toBe(false);
      expect(request.request.params.has('allianceId')).toBe(false);
      request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    });

    it('reads, creates and changes a network', () => {
      api.getNetwork('n1').subscribe();
      http.expectOne('/api/networks/n1').flush({});

      const network = {
        allianceId: 'a1',
        name: 'Maths network',
        kind: 'subject' as const,
        purpose: 'Better maths',
        leadUserIds: ['u1'],
      };
      api.createNetwork(network).subscribe();
      const created = http.expectOne('/api/networks');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(network);
      created.flush({});

      api.updateNetwork('n1', { name: 'Maths' }).subscribe();
      const changed = http.expectOne('/api/networks/n1');
      expect(changed.request.method).toBe('PATCH');
      expect(changed.request.body).toEqual({ name: 'Maths' });
      changed.flush({});
    });

    it('lists and adds hubs, and changes a hub by its own address', () => {
      api.listHubs('n1').subscribe();
      http.expectOne('/api/networks/n1/hubs').flush([]);

      api.createHub('n1', { name: 'Medway hub', region: 'Medway' }).subscribe();
      const created = http.expectOne('/api/networks/n1/hubs');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual({
        name: 'Medway hub',
        region: 'Medway',
      });
      created.flush({});

      api.updateHub('h1', { hubLeadUserId: null }).subscribe();
      const changed = http.expectOne('/api/network-hubs/h1');
      expect(changed.request.method).toBe('PATCH');
      expect(changed.request.body).toEqual({ hubLeadUserId: null });
      changed.flush({});
    });

    it('joins with an empty body, changes a membership and leaves with DELETE', () => {
      api.listNetworkMembers('n1').subscribe();
      http.expectOne('/api/networks/n1/members').flush([]);

      api.joinNetwork('n1').subscribe();
      const joined = http.expectOne('/api/networks/n1/members');
      expect(joined.request.method).toBe('POST');
      expect(joined.request.body).toEqual({});
      joined.flush({});

      api.updateNetworkMembership('n1', 'u1', { hubId: 'h1' }).subscribe();
      const moved = http.expectOne('/api/networks/n1/members/u1');
      expect(moved.request.method).toBe('PATCH');
      expect(moved.request.body).toEqual({ hubId: 'h1' });
      moved.flush({});

      api.removeNetworkMember('n1', 'u1').subscribe();
      const left = http.expectOne('/api/networks/n1/members/u1');
      expect(left.request.method).toBe('DELETE');
      left.flush(null, { status: 204, statusText: 'No Content' });
    });

    it('lists meetings, past ones only when asked, and schedules one', () => {
      api.listNetworkMeetings('n1', { page: 1, pageSize: 10 }).subscribe();
      const upcoming = http.expectOne(
        (req) => req.url === '/api/networks/n1/meetings',
      );
      expect(upcoming.request.params.has('includePast')).toBe(false);
      upcoming.flush({ items: [], total: 0, page: 1, pageSize: 10 });

      api
        .listNetworkMeetings('n1', { page: 1, pageSize: 10 }, true)
        .subscribe();
      const past = http.expectOne(
        (req) => req.url === '/api/networks/n1/meetings',
      );
      expect(past.request.params.get('includePast')).toBe('true');
      past.flush({ items: [], total: 0, page: 1, pageSize: 10 });

      const meeting = {
        kind: 'national' as const,
        title: 'Key messages',
        startsAt: '2027-03-04T16:00:00Z',
        endsAt: '2027-03-04T17:00:00Z',
        onlineUrl: 'https://meet.example.org/maths',
      };
      api.createMeeting('n1', meeting).subscribe();
      const created = http.expectOne('/api/networks/n1/meetings');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(meeting);
      created.flush({});
    });

    it('reads a meeting, answers it, records its outcome and attendance', () => {
      api.getMeeting('m1').subscribe();
      http.expectOne('/api/network-meetings/m1').flush({});

      api.answerMeeting('m1', 'going').subscribe();
      const answered = http.expectOne('/api/network-meetings/m1/rsvp');
      expect(answered.request.method).toBe('POST');
      expect(answered.request.body).toEqual({ response: 'going' });
      answered.flush({});

      api
        .recordMeetingOutcome('m1', {
          notes: 'Went well',
          decisions: ['Try it'],
        })
        .subscribe();
      const outcome = http.expectOne('/api/network-meetings/m1/outcome');
      expect(outcome.request.method).toBe('POST');
      expect(outcome.request.body).toEqual({
        notes: 'Went well',
        decisions: ['Try it'],
      });
      outcome.flush({});

      api.listMeetingAttendees('m1').subscribe();
      http.expectOne('/api/network-meetings/m1/attendees').flush([]);

      api
        .markMeetingAttendance('m1', {
          entries: [{ userId: 'u1', attendance: 'attended' }],
        })
        .subscribe();
      const marked = http.expectOne('/api/network-meetings/m1/attendance');
      expect(marked.request.method).toBe('POST');
      marked.flush([]);

      api.updateMeeting('m1', { title: 'New title' }).subscribe();
      expect(http.expectOne('/api/network-meetings/m1').request.method).toBe(
        'PATCH',
      );

      api.cancelMeeting('m1').subscribe();
      const cancelled = http.expectOne('/api/network-meetings/m1/cancel');
      expect(cancelled.request.method).toBe('POST');
      expect(cancelled.request.body).toEqual({});
    });
  });

  describe('the library', () => {
    it('searches with the words, filters and sort that are set', () => {
      api
        .searchLibrary(
          {
            q: 'fluency & reasoning',
            kind: 'case_study',
            tag: undefined,
            sort: 'helpful',
          },
          { page: 1, pageSize: 20 },
        )
        .subscribe();

      const request = http.expectOne(
        (req) => req.url === '/api/library/resources',
      );
      expect(request.request.method).toBe('GET');
      expect(request.request.params.get('q')).toBe('fluency & reasoning');
      expect(request.request.urlWithParams).toContain(
        'q=fluency%20%26%20reasoning',
      );
      expect(request.request.params.get('kind')).toBe('case_study');
      expect(request.request.params.get('sort')).toBe('helpful');
      expect(request.request.params.has('tag')).toBe(false);
      request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('reads, publishes, changes and removes a resource', () => {
      api.getResource('r1').subscribe();
      http.expectOne('/api/library/resources/r1').flush({});

      const resource = {
        allianceId: 'a1',
        title: 'Fluency',
        summary: 'Daily practice',
        kind: 'case_study' as const,
      };
      api.createResource(resource).subscribe();
      const created = http.expectOne('/api/library/resources');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(resource);
      created.flush({});

      api.updateResource('r1', { isPublic: true }).subscribe();
      const changed = http.expectOne('/api/library/resources/r1');
      expect(changed.request.method).toBe('PATCH');
      expect(changed.request.body).toEqual({ isPublic: true });
      changed.flush({});

      api.deleteResource('r1').subscribe();
      const removed = http.expectOne('/api/library/resources/r1');
      expect(removed.request.method).toBe('DELETE');
      removed.flush(null, { status: 204, statusText: 'No Content' });

      api.listResourceVersions('r1').subscribe();
      http.expectOne('/api/library/resources/r1/versions').flush([]);
    });

    it('uploads a resource file with progress, links to it and takes it off', () => {
      const file = new File(['%PDF-1.7'], 'plan.pdf');
      api.uploadResourceFile('r1', file).subscribe();
      const uploaded = http.expectOne('/api/library/resources/r1/files');
      expect(uploaded.request.method).toBe('POST');
      expect(uploaded.request.reportProgress).toBe(true);
      expect(((uploaded.request.body as FormData).get('file') as File).name).toBe(
        'plan.pdf',
      );
      uploaded.flush({});

      expect(api.resourceFileUrl('r 1', 'f/1')).toBe(
        '/api/library/resources/r%201/files/f%2F1',
      );
      api.removeResourceFile('r1', 'f1').subscribe();
      const removed = http.expectOne('/api/library/resources/r1/files/f1');
      expect(removed.request.method).toBe('DELETE');
      removed.flush({});
    });

    it('marks a resource helpful with POST and takes the mark back with DELETE', () => {
      api.markHelpful('r1', true).subscribe();
      const marked = http.expectOne('/api/library/resources/r1/helpful');
      expect(marked.request.method).toBe('POST');
      marked.flush({ markedHelpfulByMe: true, helpfulCount: 4 });

      api.markHelpful('r1', false).subscribe();
      const unmarked = http.expectOne('/api/library/resources/r1/helpful');
      expect(unmarked.request.method).toBe('DELETE');
      unmarked.flush({ markedHelpfulByMe: false, helpfulCount: 3 });
    });

    it('reads, adds and deletes comments', () => {
      api.listResourceComments('r1').subscribe();
      http.expectOne('/api/library/resources/r1/comments').flush([]);

      api.addResourceComment('r1', { body: 'Thank you' }).subscribe();
      const added = http.expectOne('/api/library/resources/r1/comments');
      expect(added.request.method).toBe('POST');
      expect(added.request.body).toEqual({ body: 'Thank you' });
      added.flush({});

      api.deleteResourceComment('c1').subscribe();
      const deleted = http.expectOne('/api/library/comments/c1');
      expect(deleted.request.method).toBe('DELETE');
      deleted.flush(null, { status: 204, statusText: 'No Content' });
    });

    it('reads a public resource from the public address', () => {
      api.getPublicResource('r1').subscribe();
      const request = http.expectOne('/api/public/library/resources/r1');
      expect(request.request.method).toBe('GET');
      request.flush({});
    });
  });

  describe('shared procurement', () => {
    it('sends the need filters that are set as query parameters, and leaves out the others', () => {
      api
        .listNeeds(
          {
            search: 'catering',
            category: 'catering',
            status: 'open',
            closingSoon: true,
            allianceId: undefined,
          },
          { page: 2, pageSize: 20 },
        )
        .subscribe();

      const request = http.expectOne(
        (req) => req.url === '/api/procurement/needs',
      );
      expect(request.request.method).toBe('GET');
      const params = request.request.params;
      expect(params.get('search')).toBe('catering');
      expect(params.get('category')).toBe('catering');
      expect(params.get('status')).toBe('open');
      expect(params.get('closingSoon')).toBe('true');
      expect(params.get('page')).toBe('2');
      expect(params.get('pageSize')).toBe('20');
      expect(params.has('allianceId')).toBe(false);
      request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    });

    it('does not send the closing soon flag when it is off', () => {
      api
        .listNeeds({ closingSoon: false }, { page: 1, pageSize: 20 })
        .subscribe();

      const request = http.expectOne(
        (req) => req.url === '/api/procurement/needs',
      );
      expect(request.request.params.has('closingSoon')).toBe(false);
      request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('posts a new need and changes one with PATCH', () => {
      const need = {
        allianceId: 'alliance-1',
        title: 'School meals',
        category: 'catering' as const,
        description: 'Hot lunches for five primary schools.',
        estimatedAnnualValuePence: 41000010,
        closingDate: '2026-12-01',
        status: 'draft' as const,
      };
      api.createNeed(need).subscribe();
      const created = http.expectOne('/api/procurement/needs');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(need);
      created.flush({});

      api.updateNeed('need-1', { title: 'School lunches' }).subscribe();
      const updated = http.expectOne('/api/procurement/needs/need-1');
      expect(updated.request.method).toBe('PATCH');
      expect(updated.request.body).toEqual({ title: 'School lunches' });
      updated.flush({});
    });

    it('moves a need with the outcome of the award', () => {
      const move = {
        status: 'awarded' as const,
        supplier: 'Fresh Start Catering',
        contractStartDate: '2027-04-01',
        contractLengthMonths: 36,
        savingPence: 1250000,
        savingMethod: 'Compared with the current contract price.',
      };
      api.moveNeed('need-1', move).subscribe();

      const request = http.expectOne('/api/procurement/needs/need-1/status');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual(move);
      request.flush({});
    });

    it('expresses interest with POST and withdraws it with DELETE', () => {
      api
        .expressInterest('need-1', {
          schoolIds: ['school-1'],
          estimatedValuePence: 1230,
          notes: 'From September',
        })
        .subscribe();
      const expressed = http.expectOne(
        '/api/procurement/needs/need-1/interests',
      );
      expect(expressed.request.method).toBe('POST');
      expect(expressed.request.body).toEqual({
        schoolIds: ['school-1'],
        estimatedValuePence: 1230,
        notes: 'From September',
      });
      expressed.flush({});

      api.withdrawInterest('need-1').subscribe();
      const withdrawn = http.expectOne(
        '/api/procurement/needs/need-1/interests/mine',
      );
      expect(withdrawn.request.method).toBe('DELETE');
      withdrawn.flush(null, { status: 204, statusText: 'No Content' });
    });

    it('reads the interests and the questions of a need', () => {
      api.listInterests('need-1').subscribe();
      const interests = http.expectOne(
        '/api/procurement/needs/need-1/interests',
      );
      expect(interests.request.method).toBe('GET');
      interests.flush({
        items: [],
        interestedOrganisationCount: 0,
        interestedSchoolCount: 0,
        totalEstimatedValuePence: 0,
      });

      api.listQuestions('need-1').subscribe();
      const questions = http.expectOne(
        '/api/procurement/needs/need-1/questions',
      );
      expect(questions.request.method).toBe('GET');
      questions.flush([]);
    });

    it('asks, answers and pins questions', () => {
      api
        .askQuestion('need-1', { question: 'Is breakfast included?' })
        .subscribe();
      const asked = http.expectOne('/api/procurement/needs/need-1/questions');
      expect(asked.request.method).toBe('POST');
      expect(asked.request.body).toEqual({
        question: 'Is breakfast included?',
      });
      asked.flush({});

      api.answerQuestion('question-1', { answer: 'No.' }).subscribe();
      const answered = http.expectOne(
        '/api/procurement/questions/question-1/answer',
      );
      expect(answered.request.method).toBe('POST');
      expect(answered.request.body).toEqual({ answer: 'No.' });
      answered.flush({});

      api.pinQuestion('question-1', { pinned: false }).subscribe();
      const pinned = http.expectOne(
        '/api/procurement/questions/question-1/pin',
      );
      expect(pinned.request.method).toBe('POST');
      expect(pinned.request.body).toEqual({ pinned: false });
      pinned.flush({});
    });

    it('uploads a document as multipart form data, reporting progress', () => {
      const file = new File(['%PDF-1.7'], 'specification.pdf', {
        type: 'application/pdf',
      });
      const events: HttpEventType[] = [];
      api
        .uploadNeedAttachment('need-1', file)
        .subscribe((event) => events.push(event.type));

      const request = http.expectOne(
        '/api/procurement/needs/need-1/attachments',
      );
      expect(request.request.method).toBe('POST');
      expect(request.request.reportProgress).toBe(true);
      const body = request.request.body as FormData;
      expect(body).toBeInstanceOf(FormData);
      expect((body.get('file') as File).name).toBe('specification.pdf');
      request.event({
        type: HttpEventType.UploadProgress,
        loaded: 4,
        total: 8,
      });
      request.flush({ id: 'attachment-1' });
      expect(events).toContain(HttpEventType.UploadProgress);
      expect(events).toContain(HttpEventType.Response);
    });

    it('gives the address of a document and deletes one with DELETE', () => {
      expect(api.needAttachmentUrl('need-1', 'attachment-1')).toBe(
        '/api/procurement/needs/need-1/attachments/attachment-1',
      );
      api.deleteNeedAttachment('need-1', 'attachment-1').subscribe();
      const request = http.expectOne(
        '/api/procurement/needs/need-1/attachments/attachment-1',
      );
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
    });

    it('lists, adds, changes and deletes the trust’s contracts', () => {
      api.listTrustContracts({ page: 2, pageSize: 10 }).subscribe();
      const listed = http.expectOne(
        (req) => req.url === '/api/procurement/contracts',
      );
      expect(listed.request.method).toBe('GET');
      expect(listed.request.params.get('page')).toBe('2');
      expect(listed.request.params.get('pageSize')).toBe('10');
      listed.flush({ items: [], total: 0, page: 2, pageSize: 10 });

      const contract = {
        category: 'energy' as const,
        supplier: 'Bright Power',
        annualValuePence: 4100000,
        endDate: '2027-03-31',
        schoolIds: ['school-1'],
      };
      api.createTrustContract(contract).subscribe();
      const created = http.expectOne('/api/procurement/contracts');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(contract);
      created.flush({});

      api
        .updateTrustContract('contract-1', { supplier: 'Dim Power' })
        .subscribe();
      const updated = http.expectOne('/api/procurement/contracts/contract-1');
      expect(updated.request.method).toBe('PATCH');
      expect(updated.request.body).toEqual({ supplier: 'Dim Power' });
      updated.flush({});

      api.deleteTrustContract('contract-1').subscribe();
      const deleted = http.expectOne('/api/procurement/contracts/contract-1');
      expect(deleted.request.method).toBe('DELETE');
      deleted.flush(null, { status: 204, statusText: 'No Content' });
    });

    it('asks for the radar and the savings of one alliance', () => {
      api.getContractRadar('alliance-1').subscribe();
      const radar = http.expectOne(
        (req) => req.url === '/api/procurement/radar',
      );
      expect(radar.request.method).toBe('GET');
      expect(radar.request.params.get('allianceId')).toBe('alliance-1');
      radar.flush({});

      api.getSavingsSummary('alliance-1').subscribe();
      const savings = http.expectOne(
        (req) => req.url === '/api/procurement/savings',
      );
      expect(savings.request.method).toBe('GET');
      expect(savings.request.params.get('allianceId')).toBe('alliance-1');
      savings.flush({});
    });

    it('reads the categories followed and replaces them with PUT', () => {
      api.getCategoryFollows().subscribe();
      const read = http.expectOne('/api/procurement/follows');
      expect(read.request.method).toBe('GET');
      read.flush({ categories: [] });

      api
        .setCategoryFollows({ categories: ['catering', 'energy'] })
        .subscribe();
      const saved = http.expectOne('/api/procurement/follows');
      expect(saved.request.method).toBe('PUT');
      expect(saved.request.body).toEqual({
        categories: ['catering', 'energy'],
      });
      saved.flush({ categories: ['catering', 'energy'] });
    });
  });

  describe('peer reviews', () => {
    it('lists frameworks for an alliance and reads one with its criteria', () => {
      api.listReviewFrameworks('alliance-1').subscribe();
      const list = http.expectOne(
        (req) => req.url === '/api/reference/review-frameworks',
      );
      expect(list.request.params.get('allianceId')).toBe('alliance-1');
      list.flush([]);

      api.getReviewFramework('framework-1').subscribe();
      http.expectOne('/api/reference/review-frameworks/framework-1').flush({});
    });

    it('lists reviews a page at a time, with a stage only when one is chosen', () => {
      api.listReviews().subscribe();
      const all = http.expectOne((req) => req.url === '/api/reviews');
      expect(all.request.params.get('pageSize')).toBe('100');
      expect(all.request.params.has('stage')).toBe(false);
      all.flush({ items: [], total: 0, page: 1, pageSize: 100 });

      api.listReviews({ page: 2, pageSize: 20 }, 'visit').subscribe();
      const visits = http.expectOne((req) => req.url === '/api/reviews');
      expect(visits.request.params.get('stage')).toBe('visit');
      expect(visits.request.params.get('page')).toBe('2');
      visits.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    });

    it('creates, reads, changes and moves a review', () => {
      const review = {
        allianceId: 'alliance-1',
        organisationId: 'org-1',
        frameworkId: 'framework-1',
        title: 'Peer review',
        visitStartDate: '2027-03-15',
        visitEndDate: '2027-03-16',
      };
      api.createReview(review).subscribe();
      const created = http.expectOne('/api/reviews');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(review);
      created.flush({});

      api.getReview('review/1').subscribe();
      http.expectOne('/api/reviews/review%2F1').flush({});

      api.updateReview('review-1', { title: 'New title' }).subscribe();
      const changed = http.expectOne('/api/reviews/review-1');
      expect(changed.request.method).toBe('PATCH');
      changed.flush({});

      api
        .moveReview('review-1', { stage: 'planning', reason: 'Too early' })
        .subscribe();
      const moved = http.expectOne('/api/reviews/review-1/stage');
      expect(moved.request.method).toBe('POST');
      expect(moved.request.body).toEqual({
        stage: 'planning',
        reason: 'Too early',
      });
      moved.flush({});
    });

    it('invites, removes and answers for panel members', () => {
      api.listPanel('review-1').subscribe();
      http.expectOne('/api/reviews/review-1/panel').flush([]);

      api
        .invitePanelMember('review-1', { userId: 'user-2', role: 'lead' })
        .subscribe();
      const invited = http.expectOne('/api/reviews/review-1/panel');
      expect(invited.request.method).toBe('POST');
      expect(invited.request.body).toEqual({ userId: 'user-2', role: 'lead' });
      invited.flush([]);

      api.removePanelMember('review-1', 'member-1').subscribe();
      const removed = http.expectOne('/api/reviews/review-1/panel/member-1');
      expect(removed.request.method).toBe('DELETE');
      removed.flush(null);

      api
        .respondToReviewInvitation('review-1', { response: 'accepted' })
        .subscribe();
      const answered = http.expectOne('/api/reviews/review-1/invitation');
      expect(answered.request.method).toBe('POST');
      expect(answered.request.body).toEqual({ response: 'accepted' });
      answered.flush({});
    });

    it('reads and saves the self-assessment one criterion at a time, with evidence files', () => {
      api.getSelfAssessment('review-1').subscribe();
      http.expectOne('/api/reviews/review-1/self-assessment').flush({});

      api
        .saveSelfAssessmentEntry('review-1', 'criterion-1', { rating: 3 })
        .subscribe();
      const saved = http.expectOne(
        '/api/reviews/review-1/self-assessment/criterion-1',
      );
      expect(saved.request.method).toBe('PUT');
      expect(saved.request.body).toEqual({ rating: 3 });
      saved.flush({});

      const file = new File(['%PDF-1.4'], 'plan.pdf', {
        type: 'application/pdf',
      });
      const events: HttpEventType[] = [];
      api
        .uploadEvidence('review-1', 'criterion-1', file)
        .subscribe((event) => events.push(event.type));
      const upload = http.expectOne(
        '/api/reviews/review-1/self-assessment/criterion-1/evidence',
      );
      expect(upload.request.method).toBe('POST');
      expect(upload.request.reportProgress).toBe(true);
      expect((upload.request.body as FormData).get('file')).toBeInstanceOf(
        File,
      );
      upload.flush({});
      expect(events).toContain(HttpEventType.Response);

      expect(api.evidenceUrl('review-1', 'file-1')).toBe(
        '/api/reviews/review-1/evidence/file-1',
      );
      api.deleteEvidence('review-1', 'file-1').subscribe();
      const deleted = http.expectOne('/api/reviews/review-1/evidence/file-1');
      expect(deleted.request.method).toBe('DELETE');
      deleted.flush(null);
    });

    it('reads and saves findings and the overall summary', () => {
      api.getFindings('review-1').subscribe();
      http.expectOne('/api/reviews/review-1/findings').flush({});

      api
        .saveFinding('review-1', 'criterion-1', { strengths: 'Clear plan' })
        .subscribe();
      const finding = http.expectOne(
        '/api/reviews/review-1/findings/criterion-1',
      );
      expect(finding.request.method).toBe('PUT');
      expect(finding.request.body).toEqual({ strengths: 'Clear plan' });
      finding.flush({});

      api.saveFindingsSummary('review-1', 'A strong trust').subscribe();
      const summary = http.expectOne('/api/reviews/review-1/findings-summary');
      expect(summary.request.method).toBe('PUT');
      expect(summary.request.body).toEqual({ summary: 'A strong trust' });
      summary.flush({});
    });

    it('lists, adds, changes and notes actions', () => {
      api.listReviewActions('review-1').subscribe();
      http.expectOne('/api/reviews/review-1/actions').flush([]);

      const action = {
        findingId: 'finding-1',
        title: 'Train governors',
        ownerUserId: 'user-1',
        dueDate: '2027-07-31',
      };
      api.createReviewAction('review-1', action).subscribe();
      const created = http.expectOne('/api/reviews/review-1/actions');
      expect(created.request.method).toBe('POST');
      expect(created.request.body).toEqual(action);
      created.flush({});

      api
        .updateReviewAction('review-1', 'action-1', { status: 'done' })
        .subscribe();
      const changed = http.expectOne('/api/reviews/review-1/actions/action-1');
      expect(changed.request.method).toBe('PATCH');
      expect(changed.request.body).toEqual({ status: 'done' });
      changed.flush({});

      api
        .addReviewActionNote('review-1', 'action-1', { note: 'Booked' })
        .subscribe();
      const noted = http.expectOne(
        '/api/reviews/review-1/actions/action-1/notes',
      );
      expect(noted.request.method).toBe('POST');
      expect(noted.request.body).toEqual({ note: 'Booked' });
      noted.flush({});
    });
  });
});
