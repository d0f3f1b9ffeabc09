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
  AREA_TITLE_MAX_LENGTH,
  REVIEW_RATING_LABELS,
  SEARCH_MAX_LENGTH,
  type ExcellenceAreaView,
} from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { allianceChoice } from '../../shared/alliance-choice';
import {
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from '../../shared/list-navigation';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { formatLondon } from '../../shared/london-date-pipe';

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
    LoadError,
    LoadingIndicator,
    PagedResults,
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
  private readonly navigation = injectListNavigation();

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
  protected readonly paging = pagingFrom(this.page, this.pageSize);

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
  protected readonly shown = shownPage(this.results);
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
    fillFormFromAddress(this.form, () => ({
      search: this.filters().search ?? '',
      area: this.filters().area ?? '',
    }));
  }

  protected applySearch(): void {
    const value = this.form.getRawValue();
    this.navigation.applyFilters({
      search: value.search.trim(),
      area: value.area,
    });
  }

  protected sharedBy(item: ExcellenceAreaView): string {
    const on = formatLondon(item.publishedAt);
    return item.publishedByName
      ? `Shared by ${item.publishedByName} on ${on}`
      : `Shared on ${on}`;
  }

  protected readonly ratingTag = ratingTag;
}
