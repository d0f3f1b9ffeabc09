import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aSessionUser } from '../../../testing/test-helpers';
import { SessionStore } from './session-store';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the signed-in person from /api/auth/me', async () => {
    const loaded = store.load();
    http.expectOne('/api/auth/me').flush(
      aSessionUser({
        roles: ['ceo', 'governor'],
        coordinatorOfAllianceIds: ['alliance-1'],
      }),
    );
    await loaded;

    expect(store.isSignedIn()).toBe(true);
    expect(store.user()?.name).toBe('Amara Okafor');
    expect(store.hasRole('governor')).toBe(true);
    expect(store.hasRole('admin')).toBe(false);
    expect(store.coordinates('alliance-1')).toBe(true);
    expect(store.coordinates('alliance-2')).toBe(false);
  });

  it('treats a 401 from /api/auth/me as signed out, without failing start-up', async () => {
    const loaded = store.load();
    http
      .expectOne('/api/auth/me')
      .flush(
        { statusCode: 401, message: 'Sign in' },
        { status: 401, statusText: 'Unauthorized' },
      );

    await expect(loaded).resolves.toBeUndefined();
    expect(store.isSignedIn()).toBe(false);
  });

  it('treats an unreachable API as signed out', async () => {
    const loaded = store.load();
    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));

    await loaded;
    expect(store.user()).toBeNull();
  });

  it('forgets the person before reporting that they signed out', () => {
    store.startSession(aSessionUser());
    let signedInWhenDone: boolean | undefined;

    store.signOut().subscribe(() => (signedInWhenDone = store.isSignedIn()));
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(signedInWhenDone).toBe(false);
  });

  it('forgets the person even if the API cannot be reached', () => {
    store.startSession(aSessionUser());
    const done = jest.fn();
    const failed = jest.fn();

    store.signOut().subscribe({ next: done, error: failed });
    http
      .expectOne('/api/auth/logout')
      .flush(null, { status: 500, statusText: 'Server Error' });

    expect(done).toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
    expect(store.isSignedIn()).toBe(false);
  });
});
