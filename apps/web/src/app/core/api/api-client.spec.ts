import { provideHttpClient } from '@angular/common/http';
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
});
