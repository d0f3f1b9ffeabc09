import {
  RESOURCE_KIND_LABELS,
  type ResourceKind,
  type ResourceSort,
  type ResourceSummary,
} from '@alliance/contracts';
import { countOf } from '../shared/labels';

// Words for the library, as school leaders say them.

export const RESOURCE_SORT_LABELS: Record<ResourceSort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  helpful: 'Most helpful',
};

export function kindLabel(kind: ResourceKind): string {
  return RESOURCE_KIND_LABELS[kind];
}

/** Every tag of a resource, subject first, without repeats. */
export function tagsOf(
  resource: Pick<ResourceSummary, 'subjectTags' | 'phaseTags' | 'keyStageTags'>,
): string[] {
  return [
    ...new Set([
      ...resource.subjectTags,
      ...resource.phaseTags,
      ...resource.keyStageTags.map((tag) => tag.toUpperCase()),
    ]),
  ];
}

/** Where a resource was published: one network or the whole alliance. */
export function sharedWith(
  resource: Pick<ResourceSummary, 'networkName'>,
): string {
  return resource.networkName ?? 'The whole alliance';
}

/** "Helped 1 person", "Helped 3 people", "Not yet marked as helpful". */
export function helpfulInWords(count: number): string {
  return count === 0
    ? 'Nobody has marked this as helpful yet'
    : `Helped ${countOf(count, 'person', 'people')}`;
}

/** "maths, bar models" → ["maths", "bar models"]: how people type tags. */
export function tagsFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter((tag) => tag !== ''),
    ),
  ];
}
