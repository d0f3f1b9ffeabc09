import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type {
  ResourceCommentView,
  ResourceDetail,
  ResourceVersionView,
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
import { aComment, aResource } from './library-test-data';
import { ResourcePage } from './resource-page';

describe('ResourcePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ResourcePage>;

  async function open(
    resource: ResourceDetail,
    comments: ResourceCommentView[] = [],
    versions: ResourceVersionView[] = [],
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(aSessionUser());
    fixture = TestBed.createComponent(ResourcePage);
    fixture.componentRef.setInput('id', resource.id);
    await settle();
    http.expectOne(`/api/library/resources/${resource.id}`).flush(resource);
    http
      .expectOne(`/api/library/resources/${resource.id}/versions`)
      .flush(versions);
    http
      .expectOne(`/api/library/resources/${resource.id}/comments`)
      .flush(comments);
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the summary, what worked, what didn’t, links and the page title', async () => {
    await open(aResource());

    const text = pageText();
    expect(query(fixture, 'h1').textContent).toContain(
      'Ten-minute daily fluency routine',
    );
    expect(text).toContain('A short daily routine that raised scores.');
    expect(text).toContain('Short, predictable sessions.');
    expect(text).toContain('Online games at home.');
    expect(text).toContain('Sam Lee, Oakfield Learning Trust');
    expect(text).toContain('No, only people in your alliance can read it.');
    expect(
      query<HTMLAnchorElement>(fixture, 'a[href="https://example.org/sprints"]')
        .textContent,
    ).toContain('Sprint sheets');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Ten-minute daily fluency routine – Alliance',
    );
  });

  it('marks the resource as helpful and shows the new count, pressed', async () => {
    await open(aResource());

    buttonNamed('This helped me').click();
    const request = http.expectOne('/api/library/resources/r1/helpful');
    expect(request.request.method).toBe('POST');
    request.flush({ markedHelpfulByMe: true, helpfulCount: 4 });
    await settle();

    expect(pageText()).toContain('Helped 4 people, including you.');
    expect(buttonNamed('This helped me').getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('takes the mark back when pressed again', async () => {
    await open(aResource({ markedHelpfulByMe: true, helpfulCount: 1 }));

    buttonNamed('This helped me').click();
    const request = http.expectOne('/api/library/resources/r1/helpful');
    expect(request.request.method).toBe('DELETE');
    request.flush({ markedHelpfulByMe: false, helpfulCount: 0 });
    await settle();

    expect(pageText()).toContain('Nobody has marked this as helpful yet.');
  });

  it('gives the public address to share when the resource is public', async () => {
    await open(aResource({ isPublic: true }));

    expect(pageText()).toContain('Anyone can read it, without signing in');
    expect(
      query<HTMLAnchorElement>(fixture, 'a[href$="/public/library/r1"]'),
    ).toBeTruthy();
  });

  it('asks for a comment before sending one, then adds it', async () => {
    await open(aResource());

    buttonNamed('Add comment').click();
    await settle();
    expect(pageText()).toContain('Write a comment');

    typeInto(fixture, '#resource-comment', 'Thank you, trying it next term.');
    buttonNamed('Add comment').click();
    const request = http.expectOne('/api/library/resources/r1/comments');
    expect(request.request.body).toEqual({
      body: 'Thank you, trying it next term.',
    });
    request.flush(
      aComment({
        id: 'c2',
        body: 'Thank you, trying it next term.',
        canDelete: true,
      }),
    );
    await settle();

    expect(pageText()).toContain('Thank you, trying it next term.');
  });

  it('deletes your own comment after asking', async () => {
    await open(aResource(), [
      aComment({ canDelete: true }),
      aComment({ id: 'c3', body: 'Someone else’s' }),
    ]);

    expect(
      Array.from(document.querySelectorAll('button')).filter((button) =>
        button.textContent?.includes('Delete comment'),
      ),
    ).toHaveLength(1);
    buttonNamed(/^Delete comment/).click();
    await settle();
    expect(pageText()).toContain('Delete your comment?');

    buttonNamed('Yes, delete the comment').click();
    const request = http.expectOne('/api/library/comments/c1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(pageText()).not.toContain('We tried this in Year 3 too.');
    expect(pageText()).toContain('Someone else’s');
  });

  it('lists earlier versions', async () => {
    await open(
      aResource({ version: 2 }),
      [],
      [
        {
          version: 1,
          title: 'Fluency routine (draft)',
          summary: 'The first try.',
          body: '',
          whatWorked: '',
          whatDidNotWork: '',
          links: [],
          files: [
            {
              id: 'f1',
              fileName: 'routine-draft.pdf',
              contentType: 'application/pdf',
              sizeBytes: 2048,
              uploadedAt: '2026-10-01T10:00:00Z',
            },
          ],
          replacedAt: '2026-10-20T10:00:00Z',
          replacedByName: 'Sam Lee',
        },
      ],
    );

    expect(pageText()).toContain('Version 1: Fluency routine (draft)');
    expect(pageText()).toContain('Replaced 20 October 2026 by Sam Lee.');
    const oldFile = document.querySelector<HTMLAnchorElement>(
      'a[href$="/files/f1"]',
    );
    expect(oldFile?.textContent).toContain('routine-draft.pdf');
    expect(oldFile?.getAttribute('href')).toBe(
      `/api/library/resources/${aResource().id}/files/f1`,
    );
  });

  it('lets the publisher add files with the shared upload control, and lists them for download', async () => {
    await open(
      aResource({
        canEdit: true,
        files: [
          {
            id: 'f2',
            fileName: 'fractions.pdf',
            contentType: 'application/pdf',
            sizeBytes: 4096,
            uploadedAt: '2026-10-01T10:00:00Z',
          },
        ],
      }),
    );

    expect(
      document.querySelector('a[href$="/files/f2"]')?.textContent,
    ).toContain('fractions.pdf');
    expect(document.querySelector('#attachment-file')).not.toBeNull();
    expect(pageText()).toContain(
      'Everyone in the alliance who can see this resource can download it.',
    );
  });

  it('offers to change the resource only to those who may', async () => {
    await open(aResource({ canEdit: true }));

    expect(pageText()).toContain('Change the resource');
  });

  it('says so when the resource cannot be found', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ResourcePage);
    fixture.componentRef.setInput('id', 'gone');
    await settle();
    http
      .expectOne('/api/library/resources/gone')
      .flush(
        { message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    http.expectOne('/api/library/resources/gone/versions').flush([]);
    http.expectOne('/api/library/resources/gone/comments').flush([]);
    await settle();

    expect(pageText()).toContain('Sorry, we could not load this resource');
  });
});
