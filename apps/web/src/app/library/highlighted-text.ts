import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HighlightSegment } from '@alliance/contracts';

/**
 * Text with the words that matched a search marked. The API sends plain-text segments, never HTML, and each
 * is rendered by interpolation, so nothing a person typed can become markup.
 */
@Component({
  selector: 'app-highlighted-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Each segment is its own element, so formatting the template never adds spaces inside the text.
  template: `@if (segments(); as parts) {
      @for (part of parts; track $index) {
        @if (part.match) {
          <mark>{{ part.text }}</mark>
        } @else {
          <span>{{ part.text }}</span>
        }
      }
    } @else {
      <span>{{ text() }}</span>
    }`,
  styles: `
    mark {
      background: #fff2a8;
      color: inherit;
      padding: 0 0.1em;
    }
  `,
})
export class HighlightedText {
  /** The marked segments, when the text was searched. */
  readonly segments = input<HighlightSegment[] | null | undefined>(null);
  /** The plain text, shown when there are no segments. */
  readonly text = input('');
}
