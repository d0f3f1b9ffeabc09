import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
  type Signal,
  type WritableResource,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import type { PageRequest } from '../core/api/api-client';
import { countOf } from './labels';
import { LoadError } from './load-error';
import { LoadingIndicator } from './loading-indicator';
import {
  PAGE_SIZES,
  filterQueryParams,
  pageQueryParams,
  pagingOf,
  type FilterValue,
} from './query-params';

/** How a list page keeps its filters and paging in the address, so that a search can be shared and going back works. */
export interface ListNavigation {
  /** Shows the list with these filters (see `filterQueryParams`) from its first page; other query parameters stay. */
  applyFilters(filters: Record<string, FilterValue>): void;
  /** Shows the page a paginator moved to; the filters stay. */
  changePage(event: PageEvent): void;
}

/** The list navigation of the current route. Call it in an injection context. */
export function injectListNavigation(): ListNavigation {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const merge = (queryParams: Params): void => {
    void router.navigate([], {
      relativeTo: route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  };
  return {
    applyFilters: (filters) => merge(filterQueryParams(filters)),
    changePage: (event) => merge(pageQueryParams(event)),
  };
}

/** The page and page size in the address (see `pagingOf`), from the page's `page` and `pageSize` query parameter inputs. */
export function pagingFrom(
  page: Signal<string | undefined>,
  pageSize: Signal<string | undefined>,
): Signal<PageRequest> {
  return computed(() => pagingOf(page(), pageSize()));
}

/** The last page a resource loaded, kept on screen while the next one loads so that the paginator keeps focus. */
export function shownPage<T>(resource: {
  hasValue(): boolean;
  value: Signal<T | undefined>;
}): Signal<T | undefined> {
  return linkedSignal<T | undefined, T | undefined>({
    source: () => (resource.hasValue() ? resource.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
}

/**
 * Keeps a form showing the filters in the address, which is the source of truth: following a link or going back puts
 * its filters in the form. Only what `inAddress` reads is tracked. Call it in an injection context.
 */
export function fillFormFromAddress<V>(
  form: AbstractControl<unknown, V>,
  inAddress: () => V,
): void {
  effect(() => {
    const value = inAddress();
    untracked(() => form.setValue(value));
  });
}

/**
 * The results part of a list page: the heading (a projected `h2`) with the count of results, then the error with a way
 * to try again, the loading indicator, the projected `[empty]` content when there are no results, or else the projected
 * list with a paginator that keeps the page in the address.
 */
@Component({
  selector: 'app-paged-results',
  imports: [MatPaginator, LoadError, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }

    .results__count {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <div class="section__header">
      <ng-content select="h2" />
      <p class="results__count" role="status">
        @if (page(); as page) {
          {{ count(page.total) }}
        }
      </p>
    </div>
    @if (resource().error()) {
      <app-load-error
        [error]="resource().error()"
        [heading]="errorHeading()"
        (retry)="resource().reload()"
      />
    } @else if (page(); as page) {
      @if (page.total === 0) {
        <ng-content select="[empty]" />
      } @else {
        <ng-content />
        <mat-paginator
          [length]="page.total"
          [pageIndex]="paging().page - 1"
          [pageSize]="paging().pageSize"
          [pageSizeOptions]="pageSizes"
          (page)="navigation.changePage($event)"
          [attr.aria-label]="paginatorLabel()"
        />
      }
      @if (resource().isLoading()) {
        <app-loading-indicator [label]="loadingLabel()" />
      }
    } @else {
      <app-loading-indicator [label]="loadingLabel()" />
    }
  `,
})
export class PagedResults {
  /** What loads the pages: for its error, its loading and trying again. */
  readonly resource =
    input.required<
      Pick<WritableResource<unknown>, 'error' | 'isLoading' | 'reload'>
    >();
  /** The page on screen (see `shownPage`); none until the first has loaded. */
  readonly page = input.required<{ total: number } | undefined>();
  /** The page and page size in the address (see `pagingFrom`). */
  readonly paging = input.required<PageRequest>();
  /** What one result is called, as in "1 event", and several when not with an "s", as in "2 areas of excellence". */
  readonly one = input.required<string>();
  readonly many = input<string>();
  readonly errorHeading = input.required<string>();
  readonly loadingLabel = input.required<string>();
  /** The paginator's accessible name, as in "Choose a page of events". */
  readonly paginatorLabel = input.required<string>();

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly navigation = injectListNavigation();

  protected count(total: number): string {
    return countOf(total, this.one(), this.many());
  }
}
