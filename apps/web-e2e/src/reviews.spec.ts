import { Page } from 'playwright-core';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

// Unique per run, so that a kept database never shows two reviews of the same title.
const TITLE = `Oakfield peer review ${Date.now().toString(36)}`;
const FOCUS = 'Challenge us on how trustees use pupil data.';

/** A day some weeks ahead, typed the British way: "23/12/2026". */
function dayText(daysAhead: number): string {
  const day = new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000);
  return `${day.getDate()}/${day.getMonth() + 1}/${day.getFullYear()}`;
}

describeInBrowser('peer reviews in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  async function confirmMove(page: Page, button: string, confirm: string, stage: string): Promise<void> {
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('dialog').getByRole('button', { name: confirm }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('[aria-current="step"]').filter({ hasText: stage }).waitFor();
  }

  /** Types a name into the panel's person picker and chooses them, by name and trust, from the list it offers. */
  async function choosePanelMember(page: Page, name: string, trust: string): Promise<void> {
    const field = page.getByRole('combobox', { name: 'Person to invite' });
    await field.fill(name);
    await page.getByRole('option', { name: `${name}, ${trust}` }).click();
    expect(await field.inputValue()).toBe(`${name}, ${trust}`);
  }

  async function acceptInvitation(page: Page): Promise<void> {
    await page.goto('/reviews');
    await page.getByRole('heading', { name: 'Invitations to join a panel' }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: `Accept the invitation for ${TITLE}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, join the panel' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
  }

  it('walks a review from planning to closed with the reviewed trust, the lead reviewer and the coordinator', async () => {
    // Oakfield's chief executive starts a review of their own trust.
    const oakfield = await session.newPage();
    await signIn(oakfield, 'ceo@oakfield.test');
    await oakfield.getByRole('link', { name: 'Peer reviews' }).click();
    await oakfield.getByRole('heading', { name: 'Peer reviews', level: 1 }).waitFor();
    await oakfield.getByRole('heading', { name: 'Reviews of your trust' }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    await oakfield.getByRole('link', { name: 'Start a review' }).click();
    await oakfield.getByRole('heading', { name: 'Start a review', level: 1 }).waitFor();
    await oakfield.getByLabel('Title').fill(TITLE);
    await oakfield.getByLabel('Focus (optional)').fill(FOCUS);
    await oakfield.getByLabel('First visit date', { exact: true }).fill(dayText(60));
    await oakfield.getByLabel('Last visit date', { exact: true }).fill(dayText(61));
    await expectNoAccessibilityViolations(oakfield);
    await oakfield.getByRole('button', { name: 'Start the review' }).click();
    await oakfield.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await oakfield.locator('[aria-current="step"]').filter({ hasText: 'Planning' }).waitFor();
    const reviewUrl = oakfield.url();
    const reviewId = reviewUrl.split('/').pop() ?? '';
    await expectNoAccessibilityViolations(oakfield);

    // The panel: Riverside's chief executive leads, Marshside's reviews.
    await choosePanelMember(oakfield, 'Mark Thompson', 'Riverside Academies Trust');
    await oakfield.getByRole('radio', { name: 'Lead reviewer' }).check();
    await oakfield.getByRole('button', { name: 'Send the invitation' }).click();
    await oakfield.getByText('Invited, not answered yet').first().waitFor();
    await choosePanelMember(oakfield, 'Gareth Williams', 'Marshside Schools Trust');
    await oakfield.getByRole('radio', { name: 'Reviewer', exact: true }).check();
    await oakfield.getByRole('button', { name: 'Send the invitation' }).click();
    await oakfield.getByText('Invited, not answered yet').nth(1).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    await confirmMove(oakfield, 'Start the self-assessment', 'Yes, start it', 'Self-assessment');

    // The self-assessment: one criterion through the form (rating, narrative, a file), autosaved.
    await oakfield.getByRole('link', { name: 'Self-assessment', exact: true }).click();
    await oakfield.getByRole('heading', { name: 'Self-assessment', level: 1 }).waitFor();
    await oakfield.getByRole('radio', { name: /^3 – Established/ }).first().check();
    await oakfield.getByLabel('What is the evidence for this rating?').first().fill('Trust subject leads plan a shared curriculum.');
    await oakfield.getByText(/Saved at \d/).first().waitFor();
    await oakfield.getByLabel(/^Add a file/).first().setInputFiles({
      name: 'curriculum.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await oakfield.getByRole('link', { name: 'curriculum.pdf' }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    // The other criteria through the API, with the session's CSRF token, to keep the test short.
    const xsrf = (await oakfield.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const assessment = (await (await oakfield.request.get(`/api/reviews/${reviewId}/self-assessment`)).json()) as {
      entries: { criterionId: string; rating: number | null }[];
    };
    for (const entry of assessment.entries.filter((candidate) => candidate.rating === null)) {
      const saved = await oakfield.request.put(`/api/reviews/${reviewId}/self-assessment/${entry.criterionId}`, {
        headers: { 'X-XSRF-TOKEN': xsrf },
        data: { rating: 2, narrative: 'Developing across the trust.' },
      });
      expect(saved.status()).toBe(200);
    }
    await oakfield.goto(reviewUrl);
    await confirmMove(oakfield, 'Submit the self-assessment', 'Yes, submit it', 'Self-assessment submitted');
    await expectNoAccessibilityViolations(oakfield);

    // Both panel members accept: Marshside's chief executive, then the lead on a phone-sized screen.
    const marshside = await session.newPage();
    await signIn(marshside, 'ceo@marshside.test');
    await acceptInvitation(marshside);
    await marshside.close();

    const lead = await session.newPage({ width: 360 });
    await signIn(lead, 'ceo@riverside.test');
    await acceptInvitation(lead);
    await lead.getByRole('link', { name: TITLE }).click();
    await lead.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await lead.getByText('You are the lead reviewer').waitFor();
    await expectNoAccessibilityViolations(lead);

    // The lead reads the submitted self-assessment, read-only.
    await lead.getByRole('link', { name: 'Self-assessment', exact: true }).click();
    await lead.getByRole('heading', { name: 'Self-assessment', level: 1 }).waitFor();
    await lead.getByText('Trust subject leads plan a shared curriculum.').waitFor();
    expect(await lead.getByRole('radio').count()).toBe(0);
    await expectNoAccessibilityViolations(lead);

    await lead.goto(reviewUrl);
    await confirmMove(lead, 'Start the review visit', 'Yes, start the visit', 'Review visit');

    // Findings beside the self-assessment, autosaved, and the lead's summary.
    await lead.getByRole('link', { name: 'Findings', exact: true }).click();
    await lead.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await lead.getByLabel('Strengths').first().fill('A coherent, well-sequenced curriculum in core subjects.');
    await lead.getByLabel('Areas to develop').first().fill('Foundation subjects are not yet consistent.');
    await lead.getByText(/Saved at \d/).first().waitFor();
    await lead.getByRole('textbox', { name: 'Overall summary' }).fill('A trust that knows itself well, with clear next steps in the foundation subjects.');
    await lead.getByRole('button', { name: 'Save the summary' }).click();
    await lead.getByText('The overall summary has been saved.').waitFor();
    await expectNoAccessibilityViolations(lead);

    await lead.goto(reviewUrl);
    await confirmMove(lead, 'Move to findings', 'Yes, move to findings', 'Findings');
    await confirmMove(lead, 'Mark findings complete', 'Yes, findings are complete', 'Action plan');
    await expectNoAccessibilityViolations(lead);

    // Oakfield's action plan: one action, linked to the finding, done, then the review closes.
    await oakfield.goto(reviewUrl);
    await oakfield.getByRole('link', { name: 'Action plan', exact: true }).click();
    await oakfield.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(oakfield);
    await oakfield.getByRole('button', { name: 'Add an action' }).click();
    const dialog = oakfield.getByRole('dialog');
    const finding = dialog.getByLabel('Finding it responds to');
    await finding.selectOption({ index: 1 });
    await dialog.getByLabel('Action', { exact: true }).fill('Align history and geography across the primaries');
    await dialog.getByLabel('Owner').selectOption({ index: 1 });
    await dialog.getByLabel('Due date', { exact: true }).fill(dayText(120));
    await expectNoAccessibilityViolations(oakfield);
    await dialog.getByRole('button', { name: 'Add the action' }).click();
    await oakfield.getByRole('rowheader', { name: /Align history and geography/ }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    await oakfield.getByRole('button', { name: 'Change Align history and geography across the primaries' }).click();
    await dialog.getByLabel('Status').selectOption({ label: 'Done' });
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await oakfield.getByRole('cell', { name: 'Done', exact: true }).waitFor();

    await oakfield.goto(reviewUrl);
    await confirmMove(oakfield, 'Close the review', 'Yes, close it', 'Closed');
    await oakfield.getByRole('heading', { name: 'Stage history' }).waitFor();
    await expectNoAccessibilityViolations(oakfield);

    // The printable report holds the self-assessment, the findings and the action plan together.
    await oakfield.getByRole('link', { name: 'Report to print or save as PDF' }).click();
    await oakfield.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    const report = await oakfield.locator('main').innerText();
    expect(report).toContain('The panel’s summary');
    expect(report).toContain('Align history and geography across the primaries');
    await expectNoAccessibilityViolations(oakfield);

    // The coordinator sees the trust, the stage and the dates, and nothing written in the review.
    const coordinator = await session.newPage();
    await signIn(coordinator, 'coordinator@alliance.test');
    await coordinator.goto('/reviews');
    await coordinator.getByRole('heading', { name: 'Schedule of the alliance’s reviews' }).waitFor();
    const row = coordinator.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('Oakfield Learning Trust');
    expect(rowText).toContain('Closed');
    expect(await row.getByRole('link').count()).toBe(0);
    await expectNoAccessibilityViolations(coordinator);

    await coordinator.goto(reviewUrl);
    await coordinator.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await coordinator.getByText('What you can see of this review').waitFor();
    const page = await coordinator.locator('main').innerText();
    expect(page).toContain('Closed');
    expect(page).not.toContain(FOCUS);
    expect(page).not.toContain('Stage history');
    expect(page).not.toContain('Panel');
    expect((await coordinator.request.get(`/api/reviews/${reviewId}/self-assessment`)).status()).toBe(404);
    await expectNoAccessibilityViolations(coordinator);
  }, 300_000);
});
