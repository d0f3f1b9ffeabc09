import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { GiasTextDecoder } from './gias-encoding';

/** Decodes bytes fed in the given chunks, as a file stream would. */
function decode(chunks: Buffer[]): Promise<string> {
  return text(Readable.from(chunks).pipe(new GiasTextDecoder('establishments file')));
}

const NAME = 'St Thomas à Becket';

describe('decoding GIAS files', () => {
  it('reads Windows-1252, as GIAS publishes', async () => {
    expect(await decode([Buffer.from(`URN,Name\n1,${NAME}\n`, 'latin1')])).toBe(`URN,Name\n1,${NAME}\n`);
    expect(await decode([Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0x80])])).toBe('“OK” €');
  });

  it('reads UTF-8, with or without a byte order mark, even with a character split between chunks', async () => {
    const bytes = Buffer.from(`URN,Name\n1,${NAME}\n`, 'utf8');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await decode([bytes.subarray(0, split), bytes.subarray(split)])).toBe(`URN,Name\n1,${NAME}\n`);
    expect(await decode([Buffer.from([0xef, 0xbb, 0xbf]), bytes])).toBe(`URN,Name\n1,${NAME}\n`);
  });

  it('waits for the first non-ASCII byte to decide, however far into the file it is', async () => {
    const ascii = Buffer.from('a'.repeat(100_000), 'latin1');
    expect(await decode([ascii, Buffer.from(NAME, 'latin1')])).toBe(`${'a'.repeat(100_000)}${NAME}`);
  });

  it('refuses a spreadsheet or UTF-16 with a plain message', async () => {
    await expect(decode([Buffer.from('PK\u0003\u0004rest', 'latin1')])).rejects.toThrow('The establishments file is not a CSV file.');
    await expect(decode([Buffer.from('\ufeffURN', 'utf16le')])).rejects.toThrow('The establishments file is not a CSV file.');
  });
});
