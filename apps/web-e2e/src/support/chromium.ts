import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROME_PATH: Playwright cannot download browsers on these machines. */
export function chromiumPath(): string | null {
  const candidate = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
