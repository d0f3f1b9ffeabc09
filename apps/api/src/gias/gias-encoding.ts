import { type DecoderStream, getDecoder } from 'iconv-lite';
import { Transform, type TransformCallback } from 'node:stream';
import { GiasFileError } from './gias-errors';

/** Bytes needed to see a UTF-8 sequence whole, and to recognise a file signature. */
const LOOKAHEAD = 4;

/**
 * Turns a GIAS download into text. GIAS publishes Windows-1252, but a file saved again by other software may be
 * UTF-8. Both encode ASCII the same way, so the choice waits for the first byte above 0x7F: if the bytes from there
 * are well-formed UTF-8 the file is read as UTF-8, otherwise as Windows-1252. Files that are not text at all
 * (a spreadsheet, UTF-16) are refused with a message saying so.
 */
export class GiasTextDecoder extends Transform {
  private decoder: DecoderStream | null = null;
  private held: Buffer = Buffer.alloc(0);
  private checkedSignature = false;

  constructor(private readonly fileLabel: string) {
    super({ decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.decode(chunk, false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decode(Buffer.alloc(0), true);
      const rest = this.decoder?.end();
      if (rest) this.push(rest);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private decode(chunk: Buffer, ending: boolean): void {
    if (this.decoder) {
      if (chunk.length) this.push(this.decoder.write(chunk));
      return;
    }
    const bytes = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);
    if (!this.checkedSignature) {
      if (bytes.length < LOOKAHEAD && !ending) {
        this.held = bytes;
        return;
      }
      this.checkSignature(bytes);
      this.checkedSignature = true;
    }
    const firstHigh = firstNonAscii(bytes);
    if (firstHigh === -1) {
      this.push(bytes.toString('latin1'));
      return;
    }
    if (bytes.length - firstHigh < LOOKAHEAD && !ending) {
      this.push(bytes.subarray(0, firstHigh).toString('latin1'));
      this.held = bytes.subarray(firstHigh);
      return;
    }
    this.decoder = getDecoder(isUtf8From(bytes, firstHigh) ? 'utf8' : 'win1252');
    this.push(this.decoder.write(bytes));
  }

  private checkSignature(bytes: Buffer): void {
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (isZip || isUtf16 || bytes.subarray(0, 4096).includes(0)) {
      throw new GiasFileError(
        `The ${this.fileLabel} is not a CSV file. Upload the CSV file as downloaded from Get Information about Schools, without opening and saving it in a spreadsheet.`,
      );
    }
  }
}

/** Whether every non-ASCII sequence from `start` is well-formed UTF-8; a sequence cut off at the end counts as well-formed. */
function isUtf8From(bytes: Buffer, start: number): boolean {
  let index = start;
  while (index < bytes.length) {
    const lead = bytes[index];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let offset = 1; offset < length && index + offset < bytes.length; offset += 1) {
      if ((bytes[index + offset] & 0xc0) !== 0x80) return false;
    }
    index += length;
  }
  return true;
}

function firstNonAscii(bytes: Buffer): number {
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] > 0x7f) return index;
  }
  return -1;
}
