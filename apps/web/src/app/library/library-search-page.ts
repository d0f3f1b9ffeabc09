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
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_SORTS,
  SEARCH_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type ResourceKind,
  type ResourceSort,
} from '@alliance/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ApiClient, type LibraryFilters } from '../core/api/api-client';
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
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from '../shared/list-navigation';
import { activeMemberOptions, oneOf } from '../shared/query-params';

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
    PagedResults,
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
  private readonly navigation = injectListNavigation();

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
  protected readonly paging = pagingFrom(this.page, this.pageSize);

  protected readonly results = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) =>
      this.api.searchLibrary(params.filters, params.paging),
  });
  protected readonly shown = shownPage(this.results);

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
    fillFormFromAddress(this.form, () => {
      const filters = this.filters();
      return {
        q: filters.q ?? '',
        kind: filters.kind ?? '',
        tag: filters.tag ?? '',
        network: filters.networkId ?? '',
        trust: filters.organisationId ?? '',
        sort: this.sortShown(),
      };
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
    this.navigation.applyFilters({
      q,
      kind: value.kind,
      tag: value.tag.trim(),
      network: value.network,
      trust: value.trust,
      sort,
    });
  }

  protected readonly kindLabel = kindLabel;
  protected readonly tagsOf = tagsOf;
  protected readonly sharedWith = sharedWith;
  protected readonly helpfulInWords = helpfulInWords;
}
