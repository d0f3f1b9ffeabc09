import { BadRequestException } from '@nestjs/common';

/** Marks ts_headline puts around matches: private-use characters, stripped from everything people write. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** Trimmed text that must not be blank once trimmed. */
export function requiredText(value: string, message: string): string {
  const trimmed = cleanText(value);
  if (!trimmed) throw new BadRequestException(message);
  return trimmed;
}

/** Trimmed, without the highlight markers or other control characters (line breaks and tabs are kept). */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\uE000\uE001\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
