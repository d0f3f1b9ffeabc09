import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type {
  ProcurementCategory,
  SavingsByYear,
  SavingsSummary,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { httpStatusOf } from '../core/api/api-errors';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { allianceChoice } from '../shared/alliance-choice';
import { formatPence } from './money';
import { formatPlainDate } from '../shared/plain-date';
import { categoryLabel, monthsInWords } from './procurement-labels';
import { SavingsChart } from './savings-chart';

/** For an alliance's coordinator: what buying together has saved, as a chart and as a table. */
@Component({
  selector: 'app-savings-page',
  imports: [
    RouterLink,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    LoadError,
    LoadingIndicator,
    SavingsChart,
  ],
  templateUrl: './savings-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavingsPage {
  /** Query parameter: which of the alliances the person coordinates (the first when absent). */
  readonly alliance = input<string>();

  private readonly api = inject(ApiClient);

  protected readonly choice = allianceChoice(
    this.alliance,
    (alliance) => alliance.isCoordinator,
  );
  protected readonly savings = rxResource({
    params: () => this.choice.selected()?.id,
    stream: ({ params: allianceId }) => this.api.getSavingsSummary(allianceId),
  });
  protected readonly forbidden = computed(
    () => httpStatusOf(this.savings.error()) === 403,
  );
  /** The categories with savings, in the order of the table's columns. */
  protected readonly categories = computed<ProcurementCategory[]>(() =>
    this.savings.hasValue()
      ? this.savings.value().byCategory.map((entry) => entry.category)
      : [],
  );

  protected money(pence: number): string {
    return formatPence(pence);
  }

  protected category(category: ProcurementCategory): string {
    return categoryLabel(category);
  }

  protected savingIn(
    year: SavingsByYear,
    category: ProcurementCategory,
  ): string {
    const entry = year.byCategory.find((item) => item.category === category);
    return entry ? formatPence(entry.savingPence) : '£0';
  }

  protected awardedCount(summary: SavingsSummary): string {
    return countOf(summary.awardedCount, 'need');
  }

  protected date(date: string): string {
    return formatPlainDate(date);
  }

  protected months(months: number): string {
    return monthsInWords(months);
  }
}
