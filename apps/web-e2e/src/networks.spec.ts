import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

const RESOURCE = 'Ten-minute daily fluency routine for Year 4 multiplication';
const HUB_MEETING = 'Mid Kent hub: problem-solving lesson study';
const NATIONAL_MEETING = 'Spring key messages: reasoning in Key Stage 2';
const AGENDA_ITEM = `Bring one example of pupil reasoning ${Date.now().toString(36)}`;

describeInBrowser('networks and the library in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  it('a network member finds a resource by searching, marks it helpful and says they are going to a hub meeting', async () => {
    const page = await session.newPage();
    await signIn(page, 'ect@oakfield.test');

    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await page.getByLabel('Search words').fill('fluency routine');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/[?&]q=fluency(%20|\+)routine/);
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('heading', { level: 3 });
    await results.first().waitFor();
    // The best match comes first, with the words that matched highlighted.
    expect((await results.first().textContent())?.trim()).toBe(RESOURCE);
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0);
    await expectNoAccessibilityViolations(page);

    await results.first().getByRole('link').click();
    await page.getByRole('heading', { name: RESOURCE, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What worked' }).waitFor();
    await expectNoAccessibilityViolations(page);

    const helpful = page.getByRole('button', { name: 'This helped me' });
    if ((await helpful.getAttribute('aria-pressed')) === 'true') {
      await helpful.click();
      await page.locator('button[aria-pressed="false"]', { hasText: 'This helped me' }).waitFor();
    }
    await helpful.click();
    await page.locator('button[aria-pressed="true"]', { hasText: 'This helped me' }).waitFor();
    await page.getByText(/including you/).waitFor();
    await page.reload();
    await page.locator('button[aria-pressed="true"]', { hasText: 'This helped me' }).waitFor();

    await page.getByRole('link', { name: 'Networks', exact: true }).click();
    await page.getByRole('heading', { name: 'Networks', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Maths network' }).click();
    await page.getByRole('heading', { name: 'Maths network', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Member directory' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: HUB_MEETING }).click();
    await page.getByRole('heading', { name: HUB_MEETING, level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('radio', { name: 'Going', exact: true }).check();
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await page.getByText('Your answer: Going.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: HUB_MEETING, level: 1 }).waitFor();
    await page.getByText('Your answer: Going.').waitFor();
    expect(await page.getByRole('radio', { name: 'Going', exact: true }).isChecked()).toBe(true);
    await expectNoAccessibilityViolations(page);
  });

  it('a member shares a resource with the whole alliance, after fixing what the form asks', async () => {
    const page = await session.newPage();
    await signIn(page, 'ect@riverside.test');
    await page.goto('/library');
    await page.getByRole('link', { name: 'Share a resource' }).click();
    await page.getByRole('heading', { name: 'Share a resource', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Share the resource' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Title').fill('Phonics catch-up groups in Year 3');
    await page.getByLabel('Summary').fill('Three short sessions a week closed the gap for most pupils by Easter.');
    await page.getByRole('combobox', { name: 'Kind of resource' }).click();
    await page.getByRole('option', { name: 'Case study' }).click();
    await page.getByLabel('What didn’t work (optional)').fill('Taking pupils out of assembly.');
    await page.getByRole('button', { name: 'Share the resource' }).click();
    await page.getByRole('heading', { name: 'Phonics catch-up groups in Year 3', level: 1 }).waitFor();
    await page.getByText('Taking pupils out of assembly.').waitFor();
    await expectNoAccessibilityViolations(page);
  });

  it('a hub member sees their hub page', async () => {
    const page = await session.newPage();
    await signIn(page, 'ect@oakfield.test');
    await page.goto('/networks');
    await page.getByRole('link', { name: 'Maths network' }).click();
    await page.getByRole('heading', { name: 'Maths network', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Mid Kent hub' }).first().click();
    await page.getByRole('heading', { name: 'Mid Kent hub', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Hub members' }).waitFor();
    await page.getByRole('link', { name: HUB_MEETING }).waitFor();
    await expectNoAccessibilityViolations(page);
  });

  it('a network lead changes the agenda of a meeting and still sees it after reloading', async () => {
    const page = await session.newPage();
    await signIn(page, 'lead@harbour.test');
    await page.goto('/networks');
    await page.getByRole('link', { name: 'Maths network' }).click();
    await page.getByRole('heading', { name: 'Maths network', level: 1 }).waitFor();
    await page.getByRole('link', { name: NATIONAL_MEETING }).click();
    await page.getByRole('heading', { name: NATIONAL_MEETING, level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Change the meeting details' }).click();
    await page.getByRole('heading', { name: 'Change the meeting details', level: 1 }).waitFor();
    const agenda = page.getByLabel('Agenda (optional)');
    expect(await agenda.inputValue()).toContain('What the fluency trial showed');
    await expectNoAccessibilityViolations(page);
    await agenda.fill(`1. What the fluency trial showed\n2. Reasoning prompts for Years 5 and 6\n3. ${AGENDA_ITEM}`);
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('heading', { name: NATIONAL_MEETING, level: 1 }).waitFor();
    await page.getByText('Your changes to the meeting have been saved.').waitFor();
    await page.getByText(AGENDA_ITEM).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: NATIONAL_MEETING, level: 1 }).waitFor();
    await page.getByText(AGENDA_ITEM).waitFor();
    await expectNoAccessibilityViolations(page);
  });

  it('the library search fits a 360 px wide screen', async () => {
    const page = await session.newPage({ width: 360 });
    await signIn(page, 'ect@oakfield.test');
    await page.goto('/library?q=bar%20models');
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await page.getByRole('link', { name: /Bar model progression/ }).waitFor();
    await expectNoAccessibilityViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
