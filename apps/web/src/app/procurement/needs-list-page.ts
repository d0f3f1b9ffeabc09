import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  CLOSING_SOON_DAYS,
  NEED_MIN_VALUE_BANDS_PENCE,
  NEED_SORTS,
  NEED_STATUSES,
  PROCUREMENT_CATEGORIES,
  PROCUREMENT_CATEGORY_LABELS,
  SEARCH_MAX_LENGTH,
  type NeedSort,
  type NeedStatus,
  type NeedSummary,
  type ProcurementCategory,
} from '@alliance/contracts';
import { ApiClient, type NeedFilters } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { FollowCategories } from './follow-categories';
import { formatPence } from './money';
import { formatPlainDate } from '../shared/plain-date';
import { mayActForOrganisation } from './procurement-permissions';
import {
  NEED_STATUS_LABELS,
  categoryLabel,
  interestInWords,
} from './procurement-labels';
import {
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from '../shared/list-navigation';
import { oneOf } from '../shared/query-params';

interface Option {
  value: string;
  label: string;
}

/** Procurement needs posted in the person's alliances, soonest closing first, with filters kept in the address. */
@Component({
  selector: 'app-needs-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatChipSet,
    MatChip,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    PagedResults,
    FollowCategories,
  ],
  templateUrl: './needs-list-page.html',
  styleUrl: './needs-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedsListPage {
  // Query parameters.
  readonly search = input<string>();
  readonly category = input<string>();
  readonly status = input<string>();
  readonly closingSoon = input<string>();
  readonly minValuePence = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly navigation = injectListNavigation();

  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly closingSoonDays = CLOSING_SOON_DAYS;
  protected readonly statusLabels = NEED_STATUS_LABELS;
  protected readonly mayPost = computed(() =>
    mayActForOrganisation(this.session),
  );
  protected readonly coordinates = computed(
    () => this.session.coordinatedAllianceIds().length > 0,
  );
  protected readonly categoryOptions: Option[] = PROCUREMENT_CATEGORIES.map(
    (category) => ({
      value: category,
      label: PROCUREMENT_CATEGORY_LABELS[category],
    }),
  );
  protected readonly valueOptions: Option[] = NEED_MIN_VALUE_BANDS_PENCE.map(
    (pence) => ({
      value: String(pence),
      label: `${formatPence(pence)} a year or more`,
    }),
  );
  protected readonly sortOptions: Option[] = [
    { value: 'closing', label: 'Closing soonest' },
    { value: 'value', label: 'Highest value' },
    { value: 'newest', label: 'Newest' },
  ];
  protected readonly statusOptions: Option[] = NEED_STATUSES.map((status) => ({
    value: status,
    label: NEED_STATUS_LABELS[status],
  }));

  /** The filters in the address, with anything the API would refuse left out. */
  protected readonly filters = computed<NeedFilters>(() => ({
    search: this.search()?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    category: oneOf<ProcurementCategory>(
      this.category(),
      PROCUREMENT_CATEGORIES,
    ),
    status: oneOf<NeedStatus>(this.status(), NEED_STATUSES),
    closingSoon: this.closingSoon() === 'true' || undefined,
    minValuePence: NEED_MIN_VALUE_BANDS_PENCE.find(
      (pence) => String(pence) === this.minValuePence(),
    ),
    sort: oneOf<NeedSort>(this.sort(), NEED_SORTS),
  }));
  /** Whether anything narrows the list (the order does not). */
  protected readonly filtering = computed(() =>
    Object.entries(this.filters()).some(
      ([name, value]) => name !== 'sort' && value !== undefined,
    ),
  );
  protected readonly paging = pagingFrom(this.page, this.pageSize);

  protected readonly needs = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) => this.api.listNeeds(params.filters, params.paging),
  });
  protected readonly shown = shownPage(this.needs);

  protected readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    category: [''],
    status: [''],
    closingSoon: [false],
    minValuePence: [''],
    sort: [''],
  });

  constructor() {
    fillFormFromAddress(this.form, () => {
      const filters = this.filters();
      return {
        search: filters.search ?? '',
        category: filters.category ?? '',
        status: filters.status ?? '',
        closingSoon: filters.closingSoon ?? false,
        minValuePence: filters.minValuePence?.toString() ?? '',
        sort: filters.sort ?? '',
      };
    });
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    this.navigation.applyFilters({
      search: value.search.trim(),
      category: value.category,
      status: value.status,
      closingSoon: value.closingSoon,
      minValuePence: value.minValuePence,
      // Closing soonest is the order when none is chosen.
      sort: value.sort === 'closing' ? null : value.sort,
    });
  }

  protected categoryOf(need: NeedSummary): string {
    return categoryLabel(need.category);
  }

  protected valueOf(need: NeedSummary): string {
    return formatPence(need.estimatedAnnualValuePence);
  }

  protected dateOf(date: string | null): string {
    return formatPlainDate(date);
  }

  protected interestOf(need: NeedSummary): string {
    return interestInWords(
      need.interestedOrganisationCount,
      need.interestedSchoolCount,
    );
  }
}
