import { Page } from 'playwright-core';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

const EVENT = 'IDSR analysis for governors';

describeInBrowser('training events in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  async function cancelMyPlace(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Cancel my place' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /cancel my place|yes/i }).click();
    await page.getByRole('button', { name: 'Book a place' }).waitFor();
  }

  it('a governor cancels and books a place, sees it in My bookings, and cancels it there', async () => {
    const page = await session.newPage();
    await signIn(page, 'governor@riverside.test');
    await page.getByRole('link', { name: 'Training events' }).click();
    await page.getByRole('heading', { name: 'Training events', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: EVENT }).click();
    await page.getByRole('heading', { name: EVENT, level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);
    await cancelMyPlace(page);

    await page.getByRole('button', { name: 'Book a place' }).click();
    await page.getByRole('button', { name: 'Cancel my place' }).waitFor();
    await page.getByRole('link', { name: 'Add to calendar' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.goto('/events/mine');
    await page.getByRole('heading', { name: 'My bookings', level: 1 }).waitFor();
    await page.getByRole('link', { name: EVENT }).click();
    await page.getByRole('heading', { name: EVENT, level: 1 }).waitFor();
    await cancelMyPlace(page);

    await page.goto('/events/mine');
    await page.getByRole('heading', { name: 'My bookings', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);
    expect(await page.getByRole('link', { name: EVENT }).count()).toBe(0);
  });
});
