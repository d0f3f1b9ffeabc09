import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type { AuditEntryView, Page } from '@alliance/contracts';
import { catchError, map, of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { humanise } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { type ChangeLine, changeLinesOf } from './audit-changes';

/** For an alliance's coordinator: who changed what and when, newest first. */
@Component({
  selector: 'app-audit-log-page',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatPaginator,
    MatButton,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  /** Route parameter: the alliance. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  protected readonly columns = [
    'occurredAt',
    'actor',
    'organisation',
    'action',
    'entity',
    'changes',
  ];
  protected readonly pageNumber = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly expandedId = signal<string | null>(null);

  /** Only for the heading: the log is still useful if the name cannot be loaded. */
  protected readonly allianceName = rxResource({
    params: () => this.id(),
    stream: ({ params: allianceId }) =>
      this.api.getAlliance(allianceId).pipe(
        map((alliance) => alliance.name),
        catchError(() => of(null)),
      ),
  });
  protected readonly entries = rxResource({
    params: () => ({
      allianceId: this.id(),
      page: this.pageNumber(),
      pageSize: this.pageSize(),
    }),
    stream: ({ params }) =>
      this.api.listAuditEntries(params.allianceId, params),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    Page<AuditEntryView> | undefined,
    Page<AuditEntryView> | undefined
  >({
    source: () => (this.entries.hasValue() ? this.entries.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  protected changePage(event: PageEvent): void {
    this.expandedId.set(null);
    this.pageSize.set(event.pageSize);
    this.pageNumber.set(event.pageIndex + 1);
  }

  protected toggle(entry: AuditEntryView): void {
    this.expandedId.update((current) =>
      current === entry.id ? null : entry.id,
    );
  }

  protected humanise(code: string): string {
    return humanise(code);
  }

  protected changeLines(entry: AuditEntryView): ChangeLine[] {
    return changeLinesOf(entry.changes);
  }
}
