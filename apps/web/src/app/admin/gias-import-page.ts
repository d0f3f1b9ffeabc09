import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import type {
  GiasFileKind,
  GiasImportPhase,
  GiasImportProgress,
  GiasImportReport,
} from '@alliance/contracts';
import { EMPTY, catchError, switchMap, timer } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { GiasImportReportView } from './gias-import-report';

interface FileField {
  kind: GiasFileKind;
  label: string;
  hint: string;
}

const FILE_FIELDS: FileField[] = [
  {
    kind: 'establishments',
    label: 'Establishments',
    hint: 'All establishment data, called edubasealldata followed by the date, for example edubasealldata20250101.csv',
  },
  {
    kind: 'groups',
    label: 'Groups',
    hint: 'All group data, called allgroupsdata followed by the date',
  },
  {
    kind: 'links',
    label: 'Group links',
    hint: 'All group links, called alllinksdata followed by the date',
  },
];

const PHASE_LABELS: Record<GiasImportPhase, string> = {
  trusts: 'Reading trusts from the groups file',
  schools: 'Reading schools from the establishments file',
  links: 'Putting schools in their trusts',
  finishing: 'Finishing',
};

const POLL_EVERY_MS = 1000;

/**
 * For the platform admin: upload the daily downloads from Get Information about Schools to bring the register of
 * trusts and schools up to date, watch the import's progress, and see what changed.
 */
@Component({
  selector: 'app-gias-import-page',
  imports: [MatButton, DecimalPipe, ErrorSummary, GiasImportReportView],
  templateUrl: './gias-import-page.html',
  styleUrl: './gias-import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GiasImportPage {
  private readonly api = inject(ApiClient);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly resultHeading =
    viewChild<ElementRef<HTMLElement>>('resultHeading');

  protected readonly fields = FILE_FIELDS;
  protected readonly chosen = signal<Partial<Record<GiasFileKind, File>>>({});
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly busy = signal(false);
  /** The import running on the server, once it has started; null while the files are still uploading. */
  protected readonly progress = signal<GiasImportProgress | null>(null);
  protected readonly report = signal<GiasImportReport | null>(null);

  protected readonly phaseLabel = computed(() => {
    const phase = this.progress()?.phase;
    return phase ? PHASE_LABELS[phase] : 'Starting the import';
  });

  constructor() {
    // The browser's fetch reports no upload progress, and the upload's response comes only at the end, so the
    // page asks the server how far the import has got while it waits.
    toObservable(this.busy)
      .pipe(
        switchMap((busy) =>
          busy
            ? timer(POLL_EVERY_MS, POLL_EVERY_MS).pipe(
                switchMap(() =>
                  this.api.currentGiasImport().pipe(catchError(() => EMPTY)),
                ),
              )
            : EMPTY,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((polled) =>
        this.progress.update((previous) =>
          polled.running
            ? polled
            : previous && { ...previous, phase: 'finishing', file: null },
        ),
      );
  }

  protected fieldId(kind: GiasFileKind): string {
    return `gias-${kind}`;
  }

  protected choose(kind: GiasFileKind, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.chosen.update((files) => ({ ...files, [kind]: file }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const files = this.chosen();
    if (!Object.values(files).some(Boolean)) {
      this.problems.set([
        {
          message: 'Choose at least one file to import',
          fieldId: this.fieldId('establishments'),
        },
      ]);
      return;
    }
    this.problems.set([]);
    this.report.set(null);
    this.progress.set(null);
    this.busy.set(true);
    this.api
      .importGiasFiles(files)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.busy.set(false);
          this.report.set(report);
          this.focusResult();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }

  protected percentRead(progress: GiasImportProgress): number | null {
    return progress.totalBytes
      ? Math.round((100 * progress.bytesRead) / progress.totalBytes)
      : null;
  }

  private focusResult(): void {
    afterNextRender(
      { write: () => this.resultHeading()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }
}
