import type { HighlightSegment } from '@alliance/contracts';
import { MATCH_END, MATCH_START } from './network-text';

/** ts_headline options: matches wrapped in markers people cannot type (cleanText strips them), never HTML. */
export const HEADLINE_WHOLE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
export const HEADLINE_EXTRACT = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

/** Splits ts_headline's output into plain text segments, flagging the matched words, so clients never render HTML from us. */
export function toSegments(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  for (const part of marked.split(new RegExp(`([${MATCH_START}${MATCH_END}])`))) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else if (part) {
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += part;
      else segments.push({ text: part, match });
    }
  }
  return segments;
}
