import type { Page } from 'playwright-core';
import {
  BrowserSession,
  describeInBrowser,
  expectNoAccessibilityViolations,
  openBrowser,
  signIn,
} from './support/browser';

// The demo's closed review of Riverside, with two strengths Riverside shares with the alliance.
const REVIEW_TITLE = 'Riverside Academies Trust peer review 2025–26';
const WORKFORCE = 'Professional development, including early-career teachers';
const WORKFORCE_LINE =
  'ECT mentoring with protected time: 92% of our early-career teachers stay into a third year.';
const FINANCE = 'Value for money and procurement';
const FINANCE_LINE =
  'Trust-wide catering and energy contracts, benchmarked every year and reported to trustees.';
const REWORDED =
  'Mentoring with protected time keeps 92% of our early-career teachers into a third year.';

describeInBrowser('areas of excellence in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  /** Searches the directory and waits until the results for those words are on screen. */
  async function search(page: Page, words: string): Promise<void> {
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/excellence?') &&
        new URL(response.url()).searchParams.get('search') === words,
    );
    await page.getByLabel('Search words').fill(words);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await answered;
    await page
      .getByText('Loading areas of excellence…')
      .waitFor({ state: 'detached' });
  }

  it('lets a reviewed trust reword and withdraw what it shares, and another member find it', async () => {
    // Riverside's chief executive opens the closed review of their trust.
    const riverside = await session.newPage();
    await signIn(riverside, 'ceo@riverside.test');
    await riverside.getByRole('link', { name: 'Peer reviews' }).click();
    await riverside
      .getByRole('heading', { name: 'Peer reviews', level: 1 })
      .waitFor();
    await riverside
      .getByRole('heading', { name: 'Reviews of your trust' })
      .waitFor();
    await expectNoAccessibilityViolations(riverside);

    await riverside.getByRole('link', { name: REVIEW_TITLE }).click();
    await riverside
      .getByRole('heading', { name: REVIEW_TITLE, level: 1 })
      .waitFor();
    await expectNoAccessibilityViolations(riverside);

    await riverside
      .getByRole('link', { name: 'Share areas of excellence' })
      .click();
    await riverside
      .getByRole('heading', { name: 'Areas of excellence', level: 1 })
      .waitFor();
    await riverside
      .getByRole('heading', { name: 'What the alliance will see' })
      .waitFor();
    await expectNoAccessibilityViolations(riverside);

    // The Workforce line: an empty line is refused by the field, then the new wording is saved.
    const workforce = riverside
      .locator('li.candidate')
      .filter({ has: riverside.getByRole('heading', { name: WORKFORCE }) });
    const workforceLine = workforce.getByLabel('Your line for the alliance');
    expect(await workforceLine.inputValue()).toBe(WORKFORCE_LINE);
    await workforceLine.fill('');
    await workforce
      .getByRole('button', { name: /^Save the new wording/ })
      .click();
    await workforce
      .getByText('Enter one line saying what your trust does well')
      .waitFor();
    await expectNoAccessibilityViolations(riverside);

    await workforceLine.fill(REWORDED);
    await workforce
      .getByRole('button', { name: /^Save the new wording/ })
      .click();
    await riverside.getByText('The new wording has been saved.').waitFor();
    expect(await workforce.locator('.candidate__statement').innerText()).toBe(
      REWORDED,
    );
    await expectNoAccessibilityViolations(riverside);

    // The Finance line: withdrawn once confirmed.
    const finance = riverside
      .locator('li.candidate')
      .filter({ has: riverside.getByRole('heading', { name: FINANCE }) });
    await finance.getByRole('button', { name: /^Stop sharing/ }).click();
    const dialog = riverside.getByRole('dialog');
    await dialog.getByText(FINANCE_LINE, { exact: false }).waitFor();
    await expectNoAccessibilityViolations(riverside);
    await dialog.getByRole('button', { name: 'Yes, stop sharing' }).click();
    await dialog.waitFor({ state: 'detached' });
    await riverside
      .getByText(`“${FINANCE}” is no longer shared with the alliance.`)
      .waitFor();
    await finance.getByText('Nothing is shared for this criterion.').waitFor();
    expect(
      await finance.getByRole('button', { name: /^Stop sharing/ }).count(),
    ).toBe(0);
    await expectNoAccessibilityViolations(riverside);

    // A headteacher at Oakfield searches the alliance's areas of excellence.
    const oakfield = await session.newPage();
    await signIn(oakfield, 'head@oakfield.test');
    await oakfield.goto('/reviews/excellence');
    await oakfield
      .getByRole('heading', { name: 'Areas of excellence', level: 1 })
      .waitFor();
    await oakfield
      .getByRole('status')
      .filter({ hasText: /\d+ areas? of excellence/ })
      .waitFor();
    await expectNoAccessibilityViolations(oakfield);

    await search(oakfield, 'mentoring');
    expect(oakfield.url()).toContain('search=mentoring');
    const found = oakfield
      .getByRole('listitem')
      .filter({ has: oakfield.getByRole('heading', { name: REWORDED }) });
    const card = await found.innerText();
    expect(card).toContain('Riverside Academies Trust');
    expect(card).toContain('Workforce');
    expect(card).toContain(WORKFORCE);
    expect(card).toContain('Rated Leading by a peer review panel');
    expect(card).toContain('Shared by Mark Thompson');
    expect(await oakfield.locator('main').innerText()).not.toContain(
      WORKFORCE_LINE,
    );
    await expectNoAccessibilityViolations(oakfield);

    // The withdrawn Finance line is gone from the directory.
    await search(oakfield, 'catering');
    expect(await oakfield.locator('main').innerText()).not.toContain(
      FINANCE_LINE,
    );
    await expectNoAccessibilityViolations(oakfield);
  }, 180_000);
});
