import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
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
  type Page,
  type ProcurementCategory,
} from '@alliance/contracts';
import { ApiClient, type NeedFilters } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { FollowCategories } from './follow-categories';
import { formatPence } from './money';
import { formatPlainDate } from '../shared/plain-date';
import { mayActForOrganisation } from './procurement-permissions';
import {
  NEED_STATUS_LABELS,
  categoryLabel,
  interestInWords,
} from './procurement-labels';
import { oneOf, wholeNumber } from '../shared/query-params';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;

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
    MatPaginator,
    LoadError,
    LoadingIndicator,
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSizes = PAGE_SIZES;
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
  protected readonly paging = computed(() => ({
    page: wholeNumber(this.page(), 1),
    pageSize: PAGE_SIZES.includes(wholeNumber(this.pageSize(), 0))
      ? wholeNumber(this.pageSize(), 0)
      : DEFAULT_PAGE_SIZE,
  }));

  protected readonly needs = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) => this.api.listNeeds(params.filters, params.paging),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    Page<NeedSummary> | undefined,
    Page<NeedSummary> | undefined
  >({
    source: () => (this.needs.hasValue() ? this.needs.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    category: [''],
    status: [''],
    closingSoon: [false],
    minValuePence: [''],
    sort: [''],
  });

  constructor() {
    // The address is the source of truth: following a link or going back puts its filters in the form.
    effect(() => {
      const filters = this.filters();
      untracked(() =>
        this.form.setValue({
          search: filters.search ?? '',
          category: filters.category ?? '',
          status: filters.status ?? '',
          closingSoon: filters.closingSoon ?? false,
          minValuePence: filters.minValuePence?.toString() ?? '',
          sort: filters.sort ?? '',
        }),
      );
    });
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        search: value.search.trim() || null,
        category: value.category || null,
        status: value.status || null,
        closingSoon: value.closingSoon ? 'true' : null,
        minValuePence: value.minValuePence || null,
        sort: value.sort && value.sort !== 'closing' ? value.sort : null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
        pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected resultCount(total: number): string {
    return countOf(total, 'need');
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
