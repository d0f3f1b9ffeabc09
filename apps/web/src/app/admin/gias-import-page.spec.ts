import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  GiasChangeReport,
  GiasImportProgress,
  GiasImportReport,
} from '@alliance/contracts';
import { buttonNamed, query, settle, textOf } from '../../testing/test-helpers';
import { GiasImportPage } from './gias-import-page';

function aSection(overrides: Partial<GiasChangeReport> = {}): GiasChangeReport {
  return {
    file: null,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    skipped: 0,
    rejectedCount: 0,
    rejected: [],
    ...overrides,
  };
}

const REPORT: GiasImportReport = {
  id: 'import-1',
  startedAt: '2025-01-01T09:00:00Z',
  finishedAt: '2025-01-01T09:00:08Z',
  trusts: aSection(),
  schools: aSection({
    file: 'edubasealldata20250101.csv',
    rowsRead: 50000,
    created: 37055,
    skipped: 12920,
    rejectedCount: 2,
    rejected: [
      {
        file: 'edubasealldata20250101.csv',
        line: 2001,
        reason: 'OpenDate "2019-13-01" is not a date in the form DD/MM/YYYY',
      },
    ],
  }),
  links: aSection(),
};

const RUNNING: GiasImportProgress = {
  running: true,
  phase: 'schools',
  file: 'edubasealldata20250101.csv',
  rowsRead: 12000,
  bytesRead: 15_000_000,
  totalBytes: 60_000_000,
  startedAt: '2025-01-01T09:00:00Z',
};

describe('GiasImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<GiasImportPage>;

  beforeEach(async () => {
    // Only the page's polling (rxjs schedules with setInterval) runs on fake time; settle() needs real timeouts.
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setImmediate',
        'nextTick',
        'queueMicrotask',
        'Date',
        'performance',
        'requestAnimationFrame',
        'cancelAnimationFrame',
      ],
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GiasImportPage);
    await settle();
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
    document.body.innerHTML = '';
  });

  function choose(fieldId: string, file: File): void {
    const input = query<HTMLInputElement>(fixture, `#${fieldId}`);
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
  }

  /** The cells of every table body row, as text. */
  function rows(): string[][] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr'),
    ).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  const establishments = new File(['URN\r\n'], 'edubasealldata20250101.csv', {
    type: 'text/csv',
  });

  it('asks for a file when none is chosen', async () => {
    buttonNamed('Import files').click();
    await settle();

    expect(textOf(fixture)).toContain('There is a problem');
    expect(textOf(fixture)).toContain('Choose at least one file to import');
    http.expectNone('/api/admin/gias-imports');
  });

  it('uploads the chosen files, shows the import’s progress, then what changed', async () => {
    choose('gias-establishments', establishments);
    buttonNamed('Import files').click();
    await settle();

    const upload = http.expectOne('/api/admin/gias-imports');
    const form = upload.request.body as FormData;
    expect((form.get('establishments') as File).name).toBe(
      'edubasealldata20250101.csv',
    );
    expect(form.has('groups')).toBe(false);

    expect(textOf(fixture)).toContain('Uploading the files');

    jest.advanceTimersByTime(1000);
    await settle();
    http.expectOne('/api/admin/gias-imports/current').flush(RUNNING);
    await settle();
    expect(textOf(fixture)).toContain(
      'Reading schools from the establishments file',
    );
    expect(textOf(fixture)).toContain(
      '12,000 rows read from edubasealldata20250101.csv',
    );
    expect(query<HTMLProgressElement>(fixture, 'progress').value).toBe(25);
    expect(buttonNamed('Import files').disabled).toBe(true);

    jest.advanceTimersByTime(1000);
    http.expectOne('/api/admin/gias-imports/current').flush({
      ...RUNNING,
      running: false,
      phase: null,
    });
    await settle();
    expect(textOf(fixture)).toContain('Finishing');
    expect(textOf(fixture)).not.toContain('rows read');

    upload.flush(REPORT);
    await settle();
    const text = textOf(fixture);
    expect(text).toContain('The register has been updated');
    expect(rows()).toEqual([
      ['Schools', '50,000', '37,055', '0', '0', '0', '12,920', '2'],
      [
        'edubasealldata20250101.csv',
        '2,001',
        'OpenDate "2019-13-01" is not a date in the form DD/MM/YYYY',
      ],
    ]);
    expect(text).toContain('Showing the first 1. 1 more were not imported.');
    expect(document.activeElement?.textContent).toContain(
      'The register has been updated',
    );
  });

  it('shows why a file could not be imported', async () => {
    choose('gias-links', establishments);
    buttonNamed('Import files').click();
    await settle();

    http.expectOne('/api/admin/gias-imports').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The group links file does not have the column "Linked UID".',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(textOf(fixture)).toContain(
      'The group links file does not have the column "Linked UID".',
    );
    expect(buttonNamed('Import files').disabled).toBe(false);
  });
});
