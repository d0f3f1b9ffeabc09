import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  filterQueryParams,
  oneOf,
  pageQueryParams,
  pagingOf,
  wholeNumber,
} from './query-params';

describe('query parameters', () => {
  it('keeps an allowed choice and leaves anything else out', () => {
    expect(oneOf('online', ['online', 'in_person'])).toBe('online');
    expect(oneOf('pirate', ['online', 'in_person'])).toBeUndefined();
    expect(oneOf(undefined, ['online'])).toBeUndefined();
  });

  it('reads a whole number from 1, or falls back', () => {
    expect(wholeNumber('3', 1)).toBe(3);
    expect(wholeNumber('0', 1)).toBe(1);
    expect(wholeNumber('-2', 1)).toBe(1);
    expect(wholeNumber('2.5', 1)).toBe(1);
    expect(wholeNumber('two', 1)).toBe(1);
    expect(wholeNumber(undefined, 7)).toBe(7);
  });

  describe('paging in the address', () => {
    it('offers 10, 20 or 50 a page, 20 unless chosen', () => {
      expect(PAGE_SIZES).toEqual([10, 20, 50]);
      expect(DEFAULT_PAGE_SIZE).toBe(20);
    });

    it('reads the page and a page size on offer', () => {
      expect(pagingOf('3', '50')).toEqual({ page: 3, pageSize: 50 });
      expect(pagingOf('2', '10')).toEqual({ page: 2, pageSize: 10 });
    });

    it('starts at the first page with the default size when the address names none, or one it does not offer', () => {
      expect(pagingOf(undefined, undefined)).toEqual({
        page: 1,
        pageSize: 20,
      });
      expect(pagingOf('-3', '25')).toEqual({ page: 1, pageSize: 20 });
      expect(pagingOf('first', '1000')).toEqual({ page: 1, pageSize: 20 });
    });
  });

  describe('the page a paginator moved to', () => {
    it('leaves the first page and the default size out of the address', () => {
      expect(pageQueryParams({ pageIndex: 0, pageSize: 20 })).toEqual({
        page: null,
        pageSize: null,
      });
    });

    it('counts pages from 1 and names a size other than the default', () => {
      expect(pageQueryParams({ pageIndex: 1, pageSize: 20 })).toEqual({
        page: 2,
        pageSize: null,
      });
      expect(pageQueryParams({ pageIndex: 0, pageSize: 50 })).toEqual({
        page: null,
        pageSize: 50,
      });
      expect(pageQueryParams({ pageIndex: 4, pageSize: 10 })).toEqual({
        page: 5,
        pageSize: 10,
      });
    });
  });

  describe('filters chosen in a form', () => {
    it('names what was chosen, ticked boxes as "true", and goes back to the first page', () => {
      expect(
        filterQueryParams({
          search: 'phonics',
          audience: 'governor',
          places: true,
        }),
      ).toEqual({
        search: 'phonics',
        audience: 'governor',
        places: 'true',
        page: null,
      });
    });

    it('leaves out empty words and choices and unticked boxes', () => {
      expect(
        filterQueryParams({ search: '', kind: null, past: false }),
      ).toEqual({ search: null, kind: null, past: null, page: null });
    });

    it('keeps the order given, so the address reads the same each time', () => {
      expect(
        Object.keys(filterQueryParams({ b: 'x', a: 'y', page: 'z' })),
      ).toEqual(['b', 'a', 'page']);
      expect(filterQueryParams({ page: '3' })).toEqual({ page: null });
    });
  });
});
