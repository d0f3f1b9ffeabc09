import { Page } from 'playwright-core';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

describeInBrowser('the portal in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  async function headingTexts(page: Page): Promise<string[]> {
    return page.getByRole('heading').allInnerTexts();
  }

  it('a trust CEO signs in, sees the alliance home and its members, and signs out', async () => {
    const page = await session.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await signIn(page, 'ceo@oakfield.test');
    await page.getByRole('heading', { name: 'Better Together Alliance', level: 1 }).waitFor();
    for (const member of ['Oakfield Learning Trust', 'Riverside Academies Trust', 'Marshside Schools Trust', 'Harbour Teaching School Hub']) {
      await page.getByText(member, { exact: true }).first().waitFor();
    }
    expect(await page.getByText('Purpose').first().isVisible()).toBe(true);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { name: 'Oakfield Learning Trust', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Maidstone Valley Academy' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/organisation');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('tells a person whose password is wrong, in words, and keeps them on the sign-in page', async () => {
    const page = await session.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('ceo@oakfield.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your email address or password is incorrect').first().waitFor();
    await expectNoAccessibilityViolations(page);
  });

  it('the Pennine Partnership’s CEO sees their own alliance and nothing of Better Together', async () => {
    const page = await session.newPage();
    await signIn(page, 'ceo@moorland.test');
    await page.getByRole('heading', { name: 'Pennine Partnership', level: 1 }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Better Together');
    expect(body).not.toContain('Oakfield');
    expect(await headingTexts(page)).not.toContain('Better Together Alliance');
    await expectNoAccessibilityViolations(page);
  });

  it('works at 360 pixels wide with the menu button', async () => {
    const page = await session.newPage({ width: 360 });
    await signIn(page, 'governor@riverside.test');
    await page.getByRole('heading', { name: 'Better Together Alliance', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { name: 'Riverside Academies Trust', level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await expectNoAccessibilityViolations(page);
  });

  it('a CEO invites a colleague, who follows the emailed link, sets a password and is signed in', async () => {
    const ceo = await session.newPage();
    await signIn(ceo, 'ceo@riverside.test');
    await ceo.getByRole('link', { name: 'My organisation' }).click();
    await ceo.getByRole('heading', { name: 'Invite a colleague' }).waitFor();
    await ceo.getByLabel('Full name').fill('Rosa Delgado');
    await ceo.getByLabel('Email address').fill('rosa.delgado@riverside.test');
    await ceo.getByRole('checkbox', { name: 'Mentor' }).check();
    await expectNoAccessibilityViolations(ceo);
    await ceo.getByRole('button', { name: 'Send invitation' }).click();
    await ceo.getByText('rosa.delgado@riverside.test').first().waitFor();

    const colleague = await session.newPage();
    let link: string | null = null;
    for (let attempt = 0; attempt < 40 && !link; attempt++) {
      await colleague.goto('/dev/mail');
      await colleague.getByRole('heading', { name: 'Development mailbox' }).waitFor();
      // Other journeys send invitations at the same time: take the one addressed to Rosa.
      const invitation = colleague
        .getByRole('listitem')
        .filter({ hasText: 'rosa.delgado@riverside.test' })
        .getByRole('link', { name: /\/invitations\// });
      link = (await invitation.count()) ? await invitation.first().getAttribute('href') : null;
      if (!link) await colleague.waitForTimeout(500);
    }
    expect(link).toBeTruthy();
    await expectNoAccessibilityViolations(colleague);
    await colleague.goto(link!);
    await colleague.getByText('Riverside Academies Trust').first().waitFor();
    await colleague.getByLabel('Full name').fill('Rosa Delgado');
    await colleague.getByLabel('Create a password').fill('a long enough passphrase');
    await colleague.getByLabel('Confirm your password').fill('a long enough passphrase');
    await expectNoAccessibilityViolations(colleague);
    await colleague.getByRole('button', { name: /accept|create|continue|set/i }).click();
    await colleague.getByRole('button', { name: 'Sign out' }).waitFor();
    await colleague.getByText('Rosa Delgado').first().waitFor();
  });
});
