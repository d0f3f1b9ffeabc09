import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { loadState } from './state';

const state = loadState();

/** `describe` when a Chromium is available, otherwise `describe.skip`: counted as skipped, never as passed. */
export const describeInBrowser: jest.Describe = state.skipped ? describe.skip : describe;

export const baseUrl = state.baseUrl ?? '';

export interface BrowserSession {
  browser: Browser;
  newPage(options?: { width?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
  return {
    browser,
    async newPage({ width = 1280 } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 900 } });
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/** Runs axe against WCAG 2.2 A and AA on the page as it is now and fails on any violation. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // Judge the page as people read it: mid-animation (a snack bar fading in) colours are not final.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export async function signIn(page: Page, email: string, password = 'alliance-demo'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
