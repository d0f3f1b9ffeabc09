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
  AREA_TITLE_MAX_LENGTH,
  REVIEW_RATING_LABELS,
  SEARCH_MAX_LENGTH,
  type ExcellenceAreaView,
  type ExcellencePage,
} from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { allianceChoice } from '../../shared/alliance-choice';
import { countOf } from '../../shared/labels';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { formatLondon } from '../../shared/london-date-pipe';
import { wholeNumber } from '../../shared/query-params';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;

/** "Rated Leading by a peer review panel": the band, never the review behind it. */
export function ratingTag(rating: ExcellenceAreaView['rating']): string {
  return `Rated ${REVIEW_RATING_LABELS[rating]} by a peer review panel`;
}

/**
 * The alliance's areas of excellence: one line each that a trust shared about something its peer review panel rated
 * highly, so that others can find a trust strong in it. The search, the area and the page are kept in the address.
 */
@Component({
  selector: 'app-excellence-directory-page',
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
  ],
  templateUrl: './excellence-directory-page.html',
  styleUrl: './excellence-directory-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExcellenceDirectoryPage {
  // Query parameters.
  readonly alliance = input<string>();
  readonly search = input<string>();
  readonly area = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly choice = allianceChoice(this.alliance);

  /** The search in the address, with anything the API would refuse left out. */
  protected readonly filters = computed(() => ({
    search: this.search()?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    area: this.area()?.trim().slice(0, AREA_TITLE_MAX_LENGTH) || undefined,
  }));
  protected readonly filtering = computed(
    () => !!this.filters().search || !!this.filters().area,
  );
  protected readonly paging = computed(() => ({
    page: wholeNumber(this.page(), 1),
    pageSize: PAGE_SIZES.includes(wholeNumber(this.pageSize(), 0))
      ? wholeNumber(this.pageSize(), 0)
      : DEFAULT_PAGE_SIZE,
  }));

  protected readonly results = rxResource({
    params: () => {
      const allianceId = this.choice.selected()?.id;
      return allianceId
        ? { allianceId, query: { ...this.filters(), ...this.paging() } }
        : undefined;
    },
    stream: ({ params }) =>
      this.api.searchExcellence(params.allianceId, params.query),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    ExcellencePage | undefined,
    ExcellencePage | undefined
  >({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  /** Every area with something shared, and the one in the address even when nothing is shared in it any more. */
  protected readonly areaOptions = computed(() => {
    const titles = this.shown()?.areaTitles ?? [];
    const chosen = this.filters().area;
    return chosen && !titles.includes(chosen) ? [...titles, chosen] : titles;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    area: [''],
  });

  constructor() {
    // The address is the source of truth: following a link or going back puts its search in the form.
    effect(() => {
      const filters = this.filters();
      untracked(() =>
        this.form.setValue({
          search: filters.search ?? '',
          area: filters.area ?? '',
        }),
      );
    });
  }

  protected applySearch(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        search: value.search.trim() || null,
        area: value.area || null,
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
    return countOf(total, 'area of excellence', 'areas of excellence');
  }

  protected sharedBy(item: ExcellenceAreaView): string {
    const on = formatLondon(item.publishedAt);
    return item.publishedByName
      ? `Shared by ${item.publishedByName} on ${on}`
      : `Shared on ${on}`;
  }

  protected readonly ratingTag = ratingTag;
}
