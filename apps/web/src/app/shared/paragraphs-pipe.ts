import { Pipe, type PipeTransform } from '@angular/core';

/** Splits text written with blank lines between paragraphs; single line breaks inside a paragraph are kept by CSS (`pre-line`). */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

@Pipe({ name: 'paragraphs' })
export class ParagraphsPipe implements PipeTransform {
  transform(text: string | null | undefined): string[] {
    return paragraphsOf(text);
  }
}
