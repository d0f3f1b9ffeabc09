import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buttonNamed, pageText, settle } from '../../testing/test-helpers';
import {
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from './list-navigation';

interface Item {
  id: string;
  name: string;
}

/** A stand-in for what a list page loads its pages with. */
function aResource() {
  return {
    value: signal<{ items: Item[]; total: number } | undefined>(undefined),
    error: signal<Error | undefined>(undefined),
    isLoading: signal(true),
    reloads: 0,
    hasValue(): boolean {
      return this.value() !== undefined;
    },
    reload(): boolean {
      this.reloads++;
      return true;
    },
    load(items: Item[], total = items.length): void {
      this.value.set({ items, total });
      this.isLoading.set(false);
    },
  };
}

@Component({
  selector: 'app-test-list-page',
  imports: [PagedResults],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="results-heading">
      <app-paged-results
        [resource]="resource"
        [page]="shown()"
        [paging]="paging()"
        one="thing"
        errorHeading="Sorry, we could not load the things"
        loadingLabel="Loading things…"
        paginatorLabel="Choose a page of things"
      >
        <h2 id="results-heading">Things</h2>
        <ng-container empty>
          <p class="empty-state">There are no things.</p>
        </ng-container>
        <ul class="plain-list">
          @for (item of shown()?.items; track item.id) {
            <li>{{ item.name }}</li>
          }
        </ul>
      </app-paged-results>
    </section>
  `,
})
class TestListPage {
  readonly search = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly navigation = injectListNavigation();
  readonly paging = pagingFrom(this.page, this.pageSize);
  readonly resource = aResource();
  readonly shown = shownPage(this.resource);
  readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    past: [false],
  });

  constructor() {
    fillFormFromAddress(this.form, () => ({
      search: this.search() ?? '',
      past: false,
    }));
  }
}

describe('list navigation', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let page: TestListPage;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'things', component: TestListPage }],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    page = await harness.navigateByUrl(url, TestListPage);
    await settle();
  }

  function rendered(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function paginator(): HTMLElement | null {
    return rendered().querySelector('mat-paginator');
  }

  afterEach(() => {
    document.body.innerHTML = '';
  });

  describe('moving between pages', () => {
    it('names the next page in the address, keeping the filters', async () => {
      await open('/things?search=maths');
      page.navigation.changePage({
        pageIndex: 1,
        pageSize: 20,
        previousPageIndex: 0,
        length: 45,
      });
      await settle();
      expect(router.url).toBe('/things?search=maths&page=2');
      expect(page.paging()).toEqual({ page: 2, pageSize: 20 });
    });

    it('leaves the first page and the default size out of the address', async () => {
      await open('/things?search=maths&page=3&pageSize=50');
      expect(page.paging()).toEqual({ page: 3, pageSize: 50 });

      page.navigation.changePage({
        pageIndex: 0,
        pageSize: 20,
        previousPageIndex: 2,
        length: 45,
      });
      await settle();
      expect(router.url).toBe('/things?search=maths');
    });
  });

  describe('applying filters', () => {
    it('puts the filters in the address from the first page, leaving out empty ones', async () => {
      await open('/things?search=maths&kind=group&page=3&pageSize=50');
      page.navigation.applyFilters({ search: 'reading', kind: '', past: true });
      await settle();
      expect(router.url).toBe('/things?search=reading&pageSize=50&past=true');
    });
  });

  it('fills the form from the address, and again when the address changes', async () => {
    await open('/things?search=maths');
    expect(page.form.getRawValue()).toEqual({ search: 'maths', past: false });

    page.form.setValue({ search: 'typed but not applied', past: true });
    await router.navigateByUrl('/things?search=science');
    await settle();
    expect(page.form.getRawValue()).toEqual({
      search: 'science',
      past: false,
    });
  });

  describe('the results', () => {
    it('says they are loading until the first page arrives', async () => {
      await open('/things');
      expect(pageText()).toContain('Loading things…');
      expect(rendered().querySelector('.results__count')?.textContent).toBe('');
      expect(pageText()).not.toContain('There are no things.');
    });

    it('counts them, lists them, and offers the pages', async () => {
      await open('/things');
      page.resource.load([{ id: 'a', name: 'Apple' }], 21);
      await settle();

      expect(pageText()).toContain('21 things');
      expect(
        rendered().querySelector('.section__header > h2')?.textContent,
      ).toBe('Things');
      expect(
        rendered().querySelector('.results__count')?.getAttribute('role'),
      ).toBe('status');
      expect(pageText()).toContain('Apple');
      expect(pageText()).not.toContain('There are no things.');
      expect(pageText()).not.toContain('Loading things…');
      expect(paginator()?.getAttribute('aria-label')).toBe(
        'Choose a page of things',
      );

      rendered()
        .querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')
        ?.click();
      await settle();
      expect(router.url).toBe('/things?page=2');
    });

    it('keeps the last page on screen while the next one loads', async () => {
      await open('/things');
      page.resource.load([{ id: 'a', name: 'Apple' }], 21);
      await settle();

      page.resource.value.set(undefined);
      page.resource.isLoading.set(true);
      await settle();
      expect(pageText()).toContain('Apple');
      expect(pageText()).toContain('Loading things…');
      expect(paginator()).not.toBeNull();
    });

    it('shows the empty state, without a paginator, when there are none', async () => {
      await open('/things');
      page.resource.load([]);
      await settle();

      expect(pageText()).toContain('0 things');
      expect(pageText()).toContain('There are no things.');
      // The projected content stands straight in the results, without a wrapper of its own.
      expect(
        rendered().querySelector('.empty-state')?.parentElement?.localName,
      ).toBe('app-paged-results');
      expect(paginator()).toBeNull();
    });

    it('moves between the list and the empty state as the results change', async () => {
      await open('/things');
      page.resource.load([]);
      await settle();
      page.resource.load([{ id: 'a', name: 'Apple' }]);
      await settle();
      expect(pageText()).toContain('Apple');
      expect(pageText()).not.toContain('There are no things.');

      page.resource.load([]);
      await settle();
      expect(pageText()).toContain('There are no things.');
      expect(pageText()).not.toContain('Apple');
      page.resource.load([{ id: 'b', name: 'Banana' }]);
      await settle();
      expect(pageText()).toContain('Banana');
      expect(paginator()).not.toBeNull();
    });

    it('offers to try again when they cannot be loaded', async () => {
      await open('/things');
      page.resource.error.set(new Error('boom'));
      page.resource.isLoading.set(false);
      await settle();

      expect(pageText()).toContain('Sorry, we could not load the things');
      expect(pageText()).not.toContain('Loading things…');
      buttonNamed('Try again').click();
      expect(page.resource.reloads).toBe(1);
    });
  });
});
