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
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_SORTS,
  SEARCH_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type Page,
  type ResourceKind,
  type ResourceSearchResult,
  type ResourceSort,
} from '@alliance/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ApiClient, type LibraryFilters } from '../core/api/api-client';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { HighlightedText } from './highlighted-text';
import {
  RESOURCE_SORT_LABELS,
  helpfulInWords,
  kindLabel,
  sharedWith,
  tagsOf,
} from './library-labels';
import {
  activeMemberOptions,
  oneOf,
  wholeNumber,
} from '../shared/query-params';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Option {
  value: string;
  label: string;
}

/** Search the alliance's library of what works, with the words and filters kept in the address so a search can be shared. */
@Component({
  selector: 'app-library-search-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    HighlightedText,
  ],
  templateUrl: './library-search-page.html',
  styleUrl: './library-search-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibrarySearchPage {
  // Query parameters.
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly tag = input<string>();
  readonly network = input<string>();
  readonly trust = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly tagMaxLength = TAG_MAX_LENGTH;
  protected readonly kindOptions: Option[] = RESOURCE_KINDS.map((kind) => ({
    value: kind,
    label: RESOURCE_KIND_LABELS[kind],
  }));
  protected readonly sortOptions: Option[] = RESOURCE_SORTS.map((sort) => ({
    value: sort,
    label: RESOURCE_SORT_LABELS[sort],
  }));

  /** The search in the address, with anything the API would refuse left out. */
  protected readonly filters = computed<LibraryFilters>(() => ({
    q: this.q()?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    kind: oneOf<ResourceKind>(this.kind(), RESOURCE_KINDS),
    tag: this.tag()?.trim().toLowerCase().slice(0, TAG_MAX_LENGTH) || undefined,
    networkId: UUID.test(this.network() ?? '') ? this.network() : undefined,
    organisationId: UUID.test(this.trust() ?? '') ? this.trust() : undefined,
    sort: oneOf<ResourceSort>(this.sort(), RESOURCE_SORTS),
  }));
  /** Words or filters narrow the library; the sort alone does not. */
  protected readonly filtering = computed(() => {
    const { q, kind, tag, networkId, organisationId } = this.filters();
    return [q, kind, tag, networkId, organisationId].some(
      (value) => value !== undefined,
    );
  });
  /** The sort the API applies when none is chosen: best match when searching, newest otherwise. */
  protected readonly sortShown = computed(
    () => this.filters().sort ?? (this.filters().q ? 'relevance' : 'newest'),
  );
  protected readonly paging = computed(() => ({
    page: wholeNumber(this.page(), 1),
    pageSize: PAGE_SIZES.includes(wholeNumber(this.pageSize(), 0))
      ? wholeNumber(this.pageSize(), 0)
      : DEFAULT_PAGE_SIZE,
  }));

  protected readonly results = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) =>
      this.api.searchLibrary(params.filters, params.paging),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    Page<ResourceSearchResult> | undefined,
    Page<ResourceSearchResult> | undefined
  >({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  /** Choices for the network and trust filters. They only help to narrow the search, so a failure leaves them out. */
  protected readonly networks = rxResource({
    stream: () =>
      this.api.listNetworks({}, { page: 1, pageSize: 100 }).pipe(
        map((page) =>
          page.items.map((network) => ({
            value: network.id,
            label: network.name,
          })),
        ),
        catchError(() => of<Option[]>([])),
      ),
  });
  protected readonly trusts = rxResource({
    stream: () =>
      this.api.listAlliances().pipe(
        map((page) => page.items.map((alliance) => alliance.id)),
        catchError(() => of<string[]>([])),
      ),
  });
  protected readonly trustOptions = rxResource({
    params: () => this.trusts.value() ?? [],
    stream: ({ params: allianceIds }) =>
      allianceIds.length === 0
        ? of<Option[]>([])
        : forkJoin(allianceIds.map((id) => this.api.getAlliance(id))).pipe(
            map((alliances) => activeMemberOptions(alliances)),
            catchError(() => of<Option[]>([])),
          ),
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    q: [''],
    kind: [''],
    tag: [''],
    network: [''],
    trust: [''],
    sort: [''],
  });

  constructor() {
    // The address is the source of truth: following a link or going back puts its search in the form.
    effect(() => {
      const filters = this.filters();
      const sort = this.sortShown();
      untracked(() =>
        this.form.setValue({
          q: filters.q ?? '',
          kind: filters.kind ?? '',
          tag: filters.tag ?? '',
          network: filters.networkId ?? '',
          trust: filters.organisationId ?? '',
          sort,
        }),
      );
    });
  }

  protected applySearch(): void {
    const value = this.form.getRawValue();
    const q = value.q.trim();
    // A sort the person left alone follows the search: best match with words, newest without.
    const chosen =
      this.filters().sort !== undefined || value.sort !== this.sortShown();
    const sort =
      !chosen ||
      value.sort === '' ||
      value.sort === (q ? 'relevance' : 'newest')
        ? null
        : value.sort;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: q || null,
        kind: value.kind || null,
        tag: value.tag.trim() || null,
        network: value.network || null,
        trust: value.trust || null,
        sort,
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
    return countOf(total, 'resource');
  }

  protected readonly kindLabel = kindLabel;
  protected readonly tagsOf = tagsOf;
  protected readonly sharedWith = sharedWith;
  protected readonly helpfulInWords = helpfulInWords;
}
