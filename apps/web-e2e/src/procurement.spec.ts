import { Page } from 'playwright-core';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

// Unique per run, so that a kept database never shows two needs of the same title.
const NEED = `Grounds maintenance for all sites ${Date.now().toString(36)}`;

/** A closing date a month ahead, typed the British way: "23/12/2026". */
function closingDateText(): string {
  const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  return `${day.getDate()}/${day.getMonth() + 1}/${day.getFullYear()}`;
}

describeInBrowser('shared procurement in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  async function openNeed(page: Page): Promise<void> {
    await page.getByRole('link', { name: NEED }).click();
    await page.getByRole('heading', { name: NEED, level: 1 }).waitFor();
  }

  it('a business manager posts a need, another trust joins it, and the poster sees who is interested', async () => {
    // Oakfield's business manager posts the need and publishes it at once.
    const oakfield = await session.newPage();
    await signIn(oakfield, 'bm@oakfield.test');
    await oakfield.getByRole('link', { name: 'Procurement' }).click();
    await oakfield.getByRole('heading', { name: 'Shared procurement', level: 1 }).waitFor();
    await oakfield.getByRole('heading', { name: 'Categories you follow' }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    await oakfield.getByRole('link', { name: 'Post a need' }).click();
    await oakfield.getByRole('heading', { name: 'Post a need', level: 1 }).waitFor();
    await oakfield.getByLabel('Title').fill(NEED);
    await oakfield.getByRole('combobox', { name: 'Category' }).click();
    await oakfield.getByRole('option', { name: 'Facilities management' }).click();
    await oakfield.getByLabel('Description').fill('Grass cutting, hedges and winter gritting for every school, from April.');
    await oakfield.getByLabel('Estimated annual value in pounds').fill('18,500.50');
    await oakfield.getByLabel('Closing date for interest', { exact: true }).fill(closingDateText());
    await oakfield.getByRole('group', { name: 'Which of your schools does this cover?' }).getByRole('checkbox').first().check();
    await oakfield.getByRole('radio', { name: 'Mini-competition' }).check();
    await expectNoAccessibilityViolations(oakfield);
    await oakfield.getByRole('button', { name: 'Publish now' }).click();

    await oakfield.getByRole('heading', { name: NEED, level: 1 }).waitFor();
    await oakfield.getByText('Open for interest').waitFor();
    await oakfield.getByText('£18,500.50').waitFor();
    await oakfield.getByText('No other organisation has joined yet.').waitFor();
    await expectNoAccessibilityViolations(oakfield);
    const needUrl = oakfield.url();

    // A specification document, uploaded and listed for download.
    await oakfield.getByLabel('Add a document').setInputFiles({
      name: 'specification.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await oakfield.getByRole('link', { name: 'specification.pdf' }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    // Riverside's business manager finds it, on a phone-sized screen, and joins with a school and a value.
    const riverside = await session.newPage({ width: 360 });
    await signIn(riverside, 'bm@riverside.test');
    await riverside.goto('/procurement');
    await riverside.getByRole('heading', { name: 'Shared procurement', level: 1 }).waitFor();
    await riverside.getByLabel('Search by title or description').fill(NEED);
    await riverside.getByRole('button', { name: 'Apply filters' }).click();
    await riverside.getByRole('status').filter({ hasText: '1 need' }).waitFor();
    await expectNoAccessibilityViolations(riverside);
    await openNeed(riverside);
    await riverside.getByRole('heading', { name: 'Join this need' }).waitFor();
    await expectNoAccessibilityViolations(riverside);

    await riverside.getByRole('group', { name: 'Which of your schools would join?' }).getByRole('checkbox').first().check();
    await riverside.getByLabel('Your estimated annual value in pounds (optional)').fill('12,000');
    await riverside.getByRole('button', { name: 'Join this need' }).click();
    await riverside.getByText('Your organisation is interested.').waitFor();
    await riverside.getByRole('button', { name: 'Update your interest' }).waitFor();
    await expectNoAccessibilityViolations(riverside);

    // Back at Oakfield: Riverside is in the table, with the totals.
    await oakfield.goto(needUrl);
    await oakfield.getByRole('heading', { name: 'Who is interested' }).waitFor();
    const table = oakfield.getByRole('table');
    await table.getByRole('rowheader', { name: 'Riverside Academies Trust' }).waitFor();
    const totals = table.getByRole('row').filter({ hasText: 'Total: 1 organisation' });
    await totals.waitFor();
    expect(await totals.innerText()).toContain('£12,000');
    expect(await totals.innerText()).toContain('1 school');
    await expectNoAccessibilityViolations(oakfield);
  });

  it('a business manager records a contract, sees the radar, and the coordinator sees the savings chart and table', async () => {
    const page = await session.newPage();
    await signIn(page, 'bm@marshside.test');
    await page.goto('/procurement');
    await page.getByRole('link', { name: 'Your trust’s contracts' }).click();
    await page.getByRole('heading', { name: 'Your trust’s contracts', level: 1 }).waitFor();
    await page.getByText('Only people in your trust can see this list.').waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Add a contract' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Category').selectOption({ label: 'Cleaning' });
    await dialog.getByLabel('Supplier').fill('Sparkle Cleaning Ltd');
    await dialog.getByLabel('Annual value in pounds').fill('64,250.75');
    await dialog.getByLabel('End date', { exact: true }).fill(closingDateText());
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Add the contract' }).click();
    await page.getByRole('rowheader', { name: 'Sparkle Cleaning Ltd' }).waitFor();
    await page.getByRole('cell', { name: '£64,250.75' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'contract renewal radar' }).click();
    await page.getByRole('heading', { name: 'Contract renewal radar', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Contracts ending in / }).waitFor();
    await page.getByText(/^From .* to /).waitFor();
    await expectNoAccessibilityViolations(page);

    const coordinator = await session.newPage();
    await signIn(coordinator, 'coordinator@alliance.test');
    await coordinator.goto('/procurement');
    await coordinator.getByRole('link', { name: 'Savings summary' }).click();
    await coordinator.getByRole('heading', { name: 'Savings summary', level: 1 }).waitFor();
    await coordinator.getByRole('table', { name: 'Savings by year and category' }).waitFor();
    await coordinator.getByRole('img', { name: /Bar chart of savings by year/ }).waitFor();
    await expectNoAccessibilityViolations(coordinator);
  });
});
