import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { GiasChangeReport, GiasImportReport } from '@alliance/contracts';

const KINDS: { key: 'trusts' | 'schools' | 'links'; label: string }[] = [
  { key: 'trusts', label: 'Trusts' },
  { key: 'schools', label: 'Schools' },
  { key: 'links', label: 'Schools in trusts' },
];

/** What an import changed, per kind, and the rows it could not import. */
@Component({
  selector: 'app-gias-import-report',
  imports: [DecimalPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="table-scroll"
      role="region"
      tabindex="0"
      aria-label="What changed"
    >
      <table class="simple-table">
        <caption class="visually-hidden">
          What changed
        </caption>
        <thead>
          <tr>
            <th scope="col">&nbsp;</th>
            <th scope="col">Rows read</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Closed</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Skipped</th>
            <th scope="col">Rejected</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td>{{ row.section.rowsRead | number }}</td>
              <td>{{ row.section.created | number }}</td>
              <td>{{ row.section.updated | number }}</td>
              <td>{{ row.section.closed | number }}</td>
              <td>{{ row.section.unchanged | number }}</td>
              <td>{{ row.section.skipped | number }}</td>
              <td>{{ row.section.rejectedCount | number }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="hint">
      For schools in trusts, “added” means a school joined a trust, “updated”
      that it moved to another trust and “closed” that it left its trust.
      Skipped rows are other kinds of group, or schools and trusts that had
      closed before the register held them.
    </p>

    @if (rejected().length > 0) {
      <h2 class="heading-m">Rows that were not imported</h2>
      @if (unlisted() > 0) {
        <p>
          Showing the first {{ rejected().length | number }}.
          {{ unlisted() | number }} more were not imported.
        </p>
      }
      <div
        class="table-scroll"
        role="region"
        tabindex="0"
        aria-label="Rows that were not imported"
      >
        <table class="simple-table">
          <caption class="visually-hidden">
            Rows that were not imported
          </caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Line</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rejected(); track $index) {
              <tr>
                <td class="break-anywhere">{{ row.file }}</td>
                <td>{{ row.line | number }}</td>
                <td>{{ row.reason }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class GiasImportReportView {
  readonly report = input.required<GiasImportReport>();

  protected readonly rows = computed(() =>
    KINDS.map(({ key, label }) => ({
      label,
      section: this.report()[key],
    })).filter(
      (row): row is { label: string; section: GiasChangeReport } =>
        row.section.file !== null,
    ),
  );
  protected readonly rejected = computed(() =>
    this.rows().flatMap((row) => row.section.rejected),
  );
  protected readonly unlisted = computed(
    () =>
      this.rows().reduce((total, row) => total + row.section.rejectedCount, 0) -
      this.rejected().length,
  );
}
