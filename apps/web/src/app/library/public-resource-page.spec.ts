import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PublicResourceView } from '@alliance/contracts';
import { pageText, settle } from '../../testing/test-helpers';
import { PublicResourcePage } from './public-resource-page';

const resource: PublicResourceView = {
  id: 'r1',
  title: 'Ten-minute daily fluency routine',
  summary: 'A short daily routine.',
  kind: 'case_study',
  subjectTags: ['maths'],
  phaseTags: ['primary'],
  keyStageTags: ['ks2'],
  body: 'Every morning pupils practise.',
  whatWorked: 'Short sessions.',
  whatDidNotWork: 'Online games.',
  links: [],
  organisationName: 'Oakfield Learning Trust',
  networkName: 'Maths network',
  helpfulCount: 3,
  version: 1,
  publishedAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-01T09:00:00Z',
};

describe('PublicResourcePage', () => {
  let http: HttpTestingController;

  async function open(id: string) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PublicResourcePage);
    fixture.componentRef.setInput('id', id);
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('reads the resource from the public address, without a session', async () => {
    await open('r1');
    http.expectOne('/api/public/library/resources/r1').flush(resource);
    await settle();

    const text = pageText();
    expect(text).toContain('Ten-minute daily fluency routine');
    expect(text).toContain('Oakfield Learning Trust, Maths network');
    expect(text).toContain('Short sessions.');
    expect(text).toContain('Online games.');
    expect(text).toContain('Helped 3 people');
  });

  it('explains when the resource is not public', async () => {
    await open('r2');
    http
      .expectOne('/api/public/library/resources/r2')
      .flush(
        { message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(pageText()).toContain('This resource is not shared publicly.');
  });
});
