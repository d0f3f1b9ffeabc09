/** In almost every resource: the worst case for ranking by relevance, kept in the mix on purpose. */
export const BROAD_WORD = 'pupils';

/** Searches a teacher would type, alone and with the filters and sorts the library page offers. */
const WORDS = [
  'fluency',
  'times tables',
  'reading fluency year 6',
  'bar model',
  'phonics',
  'EHCP',
  'reintegration plan',
  'retrieval practice',
  'persistent absence',
  'instructional coaching',
  '"required practicals"',
  'problem solving -secondary',
  'fieldwork coast',
  'mentoring early career teachers',
  'behaviour routines',
  'adaptive teaching',
  'python programming',
  'extended writing redrafting',
  'fractions',
  'curriculum sequencing',
  'vocabulary',
  'disadvantaged pupils',
  'transition to reception',
  'speech and language',
  BROAD_WORD,
];
const FILTERS = [
  '',
  '',
  '',
  'kind=case_study',
  'tag=maths',
  'tag=ks2',
  'sort=helpful',
  'sort=newest',
  'kind=scheme_of_work&tag=primary',
  'page=2',
];

export function searchQueries(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const filter = FILTERS[Math.floor(index / WORDS.length) % FILTERS.length];
    // One search in twenty browses without words: filters and sorting only.
    const words =
      index % 20 === 19
        ? ''
        : `q=${encodeURIComponent(WORDS[index % WORDS.length])}`;
    return [words, filter, 'pageSize=20'].filter(Boolean).join('&');
  });
}
