import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { PersonInvitationView } from '@alliance/contracts';
import {
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
  typeInto,
} from '../../testing/test-helpers';
import { PersonInvitations } from './person-invitations';

const pending: PersonInvitationView = {
  id: 'inv-1',
  email: 'sam@oakfield.test',
  name: 'Sam Taylor',
  roles: ['ect'],
  expiresAt: '2026-12-01T12:00:00Z',
  acceptedAt: null,
  createdAt: '2026-11-20T12:00:00Z',
};

describe('PersonInvitations', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PersonInvitations>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PersonInvitations);
    fixture.componentRef.setInput('organisationId', 'org-oakfield');
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  async function listInvitations(invitations: PersonInvitationView[]) {
    http
      .expectOne('/api/organisations/org-oakfield/invitations')
      .flush(invitations);
    await settle();
  }

  it('says when nobody is waiting to accept an invitation', async () => {
    await listInvitations([]);
    expect(textOf(fixture)).toContain(
      'You have no invitations waiting to be accepted.',
    );
  });

  it('lists pending invitations with their roles in words', async () => {
    await listInvitations([pending]);
    const text = textOf(fixture);
    expect(text).toContain('Sam Taylor');
    expect(text).toContain('Early-career teacher');
    expect(text).toContain('The link expires on 1 December 2026');
  });

  it('withdraws an invitation once the person confirms', async () => {
    await listInvitations([pending]);

    buttonNamed('Withdraw the invitation to Sam Taylor').click();
    await settle();
    expect(pageText()).toContain(
      'Sam Taylor (sam@oakfield.test) will no longer be able to use the link',
    );
    buttonNamed('Withdraw the invitation').click();
    await settle();

    const withdrawal = http.expectOne('/api/person-invitations/inv-1');
    expect(withdrawal.request.method).toBe('DELETE');
    withdrawal.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(textOf(fixture)).toContain(
      'You have no invitations waiting to be accepted.',
    );
    expect(pageText()).toContain(
      'The invitation to Sam Taylor has been withdrawn.',
    );
  });

  it('keeps the invitation when the person cancels', async () => {
    await listInvitations([pending]);

    buttonNamed('Withdraw the invitation to Sam Taylor').click();
    await settle();
    buttonNamed('Cancel').click();
    await settle();

    http.expectNone('/api/person-invitations/inv-1');
    expect(textOf(fixture)).toContain('sam@oakfield.test');
  });

  it('asks for a name, an email address and at least one role', async () => {
    await listInvitations([]);

    query<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
    await settle();

    const problems = Array.from(
      query(fixture, '.error-summary').querySelectorAll('li'),
    ).map((item) => item.textContent?.trim());
    expect(problems).toEqual([
      'Enter the person’s full name',
      'Enter their email address',
      'Choose at least one role',
    ]);
    http.expectNone('/api/organisations/org-oakfield/invitations');
  });

  it('sends an invitation with the chosen roles and shows it in the list', async () => {
    await listInvitations([]);

    typeInto(fixture, '#invite-name', 'Jo Bloggs');
    typeInto(fixture, '#invite-email', 'jo@oakfield.test');
    query<HTMLInputElement>(fixture, '#invite-role-mentor-input').click();
    query<HTMLInputElement>(fixture, '#invite-role-staff-input').click();
    query<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
    await settle();

    const invitation = http.expectOne(
      (request) =>
        request.method === 'POST' &&
        request.url === '/api/organisations/org-oakfield/invitations',
    );
    expect(invitation.request.body).toEqual({
      name: 'Jo Bloggs',
      email: 'jo@oakfield.test',
      roles: ['mentor', 'staff'],
    });
    invitation.flush({
      ...pending,
      id: 'inv-2',
      name: 'Jo Bloggs',
      email: 'jo@oakfield.test',
      roles: ['mentor', 'staff'],
    });
    await settle();

    expect(textOf(fixture)).toContain('Mentor, Staff');
    expect(pageText()).toContain(
      'An invitation has been sent to jo@oakfield.test.',
    );
    expect(query<HTMLInputElement>(fixture, '#invite-name').value).toBe('');
  });

  it('shows the API’s reason when the person already has an account', async () => {
    await listInvitations([]);

    typeInto(fixture, '#invite-name', 'Amara Okafor');
    typeInto(fixture, '#invite-email', 'ceo@oakfield.test');
    query<HTMLInputElement>(fixture, '#invite-role-ceo-input').click();
    query<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
    await settle();

    http
      .expectOne((request) => request.method === 'POST')
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'ceo@oakfield.test already has an account',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(query(fixture, '.error-summary').textContent).toContain(
      'ceo@oakfield.test already has an account',
    );
  });
});
