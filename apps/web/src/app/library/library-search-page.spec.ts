import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Page, ResourceSearchResult } from '@alliance/contracts';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  settle,
  typeInto,
} from '../../testing/test-helpers';
import { SessionStore } from '../core/session/session-store';
import { LibrarySearchPage } from './library-search-page';
import { NETWORK_ID, aSearchResult } from './library-test-data';

function page<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('LibrarySearchPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'library', component: LibrarySearchPage },
            { path: 'library/new', children: [] },
            { path: 'library/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).startSession(aSessionUser());
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
    // The filter choices: no networks or alliances needed here.
    http
      .expectOne((request) => request.url === '/api/networks')
      .flush(page([]));
    http
      .expectOne((request) => request.url === '/api/alliances')
      .flush(page([]));
    await settle();
  }

  function searchRequest(): TestRequest {
    return http.expectOne(
      (request) => request.url === '/api/library/resources',
    );
  }

  function paramsOf(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(
      params.keys().map((key) => [key, params.get(key) ?? '']),
    );
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('searches with the words and filters in the address', async () => {
    await open(
      `/library?q=fluency&kind=case_study&tag=KS2&network=${NETWORK_ID}&sort=helpful&page=2`,
    );

    const request = searchRequest();
    expect(paramsOf(request)).toEqual({
      q: 'fluency',
      kind: 'case_study',
      tag: 'ks2',
      networkId: NETWORK_ID,
      sort: 'helpful',
      page: '2',
      pageSize: '20',
    });
    request.flush(page([aSearchResult()], 21));
    await settle();

    expect(pageText()).toContain('21 resources');
  });

  it('leaves out filters the API would refuse', async () => {
    await open('/library?kind=poster&network=not-an-id&sort=loudest');

    expect(paramsOf(searchRequest())).toEqual({ page: '1', pageSize: '20' });
  });

  it('marks the words that matched as text, never as markup', async () => {
    await open('/library?q=fluency');
    searchRequest().flush(
      page([
        aSearchResult({
          rank: 0.8,
          highlights: {
            title: [
              { text: 'Daily ', match: false },
              { text: 'fluency', match: true },
              { text: ' <img src=x onerror=alert(1)>', match: false },
            ],
            summary: [{ text: 'A routine', match: false }],
            extract: [
              { text: 'pupils build ', match: false },
              { text: 'fluency', match: true },
            ],
          },
        }),
      ]),
    );
    await settle();

    const marks = Array.from(document.querySelectorAll('mark')).map(
      (mark) => mark.textContent,
    );
    expect(marks).toEqual(['fluency', 'fluency']);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h3 a')?.textContent).toBe(
      'Daily fluency <img src=x onerror=alert(1)>',
    );
    expect(pageText()).toContain('<img src=x onerror=alert(1)>');
  });

  it('puts a new search in the address, from the first page', async () => {
    await open('/library?page=3');
    searchRequest().flush(page([]));
    await settle();

    typeInto(harness.fixture, '#library-search', ' reading fluency ');
    buttonNamed('Search').click();
    await settle();

    expect(router.url).toBe('/library?q=reading%20fluency');
    expect(paramsOf(searchRequest())).toEqual({
      q: 'reading fluency',
      page: '1',
      pageSize: '20',
    });
  });

  it('gives advice when nothing matches', async () => {
    await open('/library?q=zebras');
    searchRequest().flush(page([]));
    await settle();

    expect(pageText()).toContain('No resources match your search.');
    expect(pageText()).toContain('check the spelling of your search words');
  });

  it('says so when the library is empty, and invites people to share', async () => {
    await open('/library');
    searchRequest().flush(page([]));
    await settle();

    expect(pageText()).toContain(
      'Nothing has been shared in your alliance’s library yet.',
    );
  });

  it('shows a problem and a way to try again when the search fails', async () => {
    await open('/library?q=fluency');
    searchRequest().flush(
      { message: 'Sorry' },
      { status: 500, statusText: 'Server Error' },
    );
    await settle();

    expect(pageText()).toContain('Sorry, we could not search the library');
    buttonNamed('Try again').click();
    await settle();
    searchRequest().flush(page([aSearchResult()]));
    await settle();
    expect(pageText()).toContain('Ten-minute daily fluency routine');
  });

  it('shows each result with its kind, publisher, tags and helpful count', async () => {
    await open('/library');
    const result: ResourceSearchResult = aSearchResult({
      markedHelpfulByMe: true,
    });
    searchRequest().flush(page([result]));
    await settle();

    const text = pageText();
    expect(text).toContain('Case study');
    expect(text).toContain('Oakfield Learning Trust');
    expect(text).toContain('Maths network');
    expect(text).toContain('KS2');
    expect(text).toContain('Helped 3 people, including you.');
  });
});
