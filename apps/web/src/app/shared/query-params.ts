import type { AllianceDetail } from '@alliance/contracts';
import type { PageEvent } from '@angular/material/paginator';
import type { PageRequest } from '../core/api/api-client';

/** The page sizes a list offers. */
export const PAGE_SIZES: readonly number[] = [10, 20, 50];
/** The page size of a list whose address names none. */
export const DEFAULT_PAGE_SIZE = 20;

/** A query parameter's value if it is one of the allowed ones; anything else is left out. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly string[],
): T | undefined {
  return value !== undefined && allowed.includes(value)
    ? (value as T)
    : undefined;
}

/** A query parameter read as a whole number from 1, or the fallback. */
export function wholeNumber(
  value: string | undefined,
  fallback: number,
): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The page and page size in the address: the first page, and the default size unless the address names one on offer. */
export function pagingOf(
  page: string | undefined,
  pageSize: string | undefined,
): PageRequest {
  const size = wholeNumber(pageSize, 0);
  return {
    page: wholeNumber(page, 1),
    pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The query parameters for the page a paginator moved to; the first page and the default size are left out of the address. */
export function pageQueryParams(
  event: Pick<PageEvent, 'pageIndex' | 'pageSize'>,
): { page: number | null; pageSize: number | null } {
  return {
    page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
    pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize,
  };
}

/** A filter as a form holds it: words or a choice ('' for none, null to leave it out), or a tick box. */
export type FilterValue = string | boolean | null;

/**
 * The query parameters for filters chosen in a form, in the order given: a filter with no words or choice and an
 * unticked box are left out of the address, a ticked box is "true", and the list goes back to its first page.
 */
export function filterQueryParams(
  filters: Record<string, FilterValue>,
): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(filters))
    params[name] = value === true ? 'true' : value || null;
  return { ...params, page: null };
}

/** The active member organisations of the given alliances, as choices sorted by name. */
export function activeMemberOptions(
  alliances: AllianceDetail[],
): { value: string; label: string }[] {
  const names = new Map<string, string>();
  for (const alliance of alliances)
    for (const member of alliance.members)
      if (member.status === 'active')
        names.set(member.organisationId, member.name);
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
