import { Page } from 'playwright-core';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

const COHORT = 'Kent and Medway ECT Year 1 Cohort';
const PAST_SESSION = 'Behaviour routines that stick';
const NEXT_SESSION = 'Adaptive teaching without extra worksheets';
// The demo's only Oakfield ECT is already enrolled, so the journey starts by inviting a new one.
const NEW_ECT = { name: 'Sam Patel', email: 'sam.patel@oakfield.test', password: 'a long enough passphrase' };

describeInBrowser('ECT cohorts in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  async function openCohort(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'ECT cohorts' }).click();
    await page.getByRole('heading', { name: 'ECT cohorts', level: 1 }).waitFor();
    await page.getByRole('link', { name: COHORT }).click();
    await page.getByRole('heading', { name: COHORT, level: 1 }).waitFor();
  }

  async function inviteNewEct(): Promise<Page> {
    const ceo = await session.newPage();
    await signIn(ceo, 'ceo@oakfield.test');
    await ceo.getByRole('link', { name: 'My organisation' }).click();
    await ceo.getByRole('heading', { name: 'Invite a colleague' }).waitFor();
    await ceo.getByLabel('Full name').fill(NEW_ECT.name);
    await ceo.getByLabel('Email address').fill(NEW_ECT.email);
    await ceo.getByRole('checkbox', { name: 'Early-career teacher' }).check();
    await ceo.getByRole('button', { name: 'Send invitation' }).click();
    await ceo.getByText(NEW_ECT.email).first().waitFor();

    const ect = await session.newPage();
    let link: string | null = null;
    for (let attempt = 0; attempt < 40 && !link; attempt++) {
      await ect.goto('/dev/mail');
      await ect.getByRole('heading', { name: 'Development mailbox' }).waitFor();
      const invitation = ect.getByRole('listitem').filter({ hasText: NEW_ECT.email }).getByRole('link', { name: /\/invitations\// });
      link = (await invitation.count()) ? await invitation.first().getAttribute('href') : null;
      if (!link) await ect.waitForTimeout(500);
    }
    expect(link).toBeTruthy();
    await ect.goto(link!);
    await ect.getByLabel('Full name').fill(NEW_ECT.name);
    await ect.getByLabel('Create a password').fill(NEW_ECT.password);
    await ect.getByLabel('Confirm your password').fill(NEW_ECT.password);
    await ect.getByRole('button', { name: /accept|create|continue|set/i }).click();
    await ect.getByRole('button', { name: 'Sign out' }).waitFor();
    return ect;
  }

  it('a mentor enrols a new ECT, who sees their sessions; the facilitator takes the register; the mentor sees the attendance', async () => {
    const ect = await inviteNewEct();

    // The mentor enrols the new ECT, naming themselves as mentor.
    const mentor = await session.newPage();
    await signIn(mentor, 'mentor@oakfield.test');
    await openCohort(mentor);
    await expectNoAccessibilityViolations(mentor);
    await mentor.getByRole('button', { name: 'Enrol an early-career teacher' }).click();
    const dialog = mentor.getByRole('dialog');
    // Axe judges the open dialog too: first as it opens, then with the colleagues loaded.
    await dialog.getByRole('heading', { name: 'Enrol an early-career teacher' }).waitFor();
    await expectNoAccessibilityViolations(mentor);
    await dialog.getByRole('combobox', { name: 'Early-career teacher' }).waitFor();
    await expectNoAccessibilityViolations(mentor);
    await dialog.getByRole('combobox', { name: 'Early-career teacher' }).click();
    await mentor.getByRole('option', { name: NEW_ECT.name }).click();
    await dialog.getByRole('button', { name: 'Enrol', exact: true }).click();
    await mentor.getByRole('cell', { name: new RegExp(`^${NEW_ECT.name}`) }).first().waitFor();
    await expectNoAccessibilityViolations(mentor);

    // The ECT sees the sessions to come, booked automatically.
    await ect.getByRole('link', { name: 'My induction sessions' }).click();
    await ect.getByRole('heading', { name: 'My induction sessions', level: 1 }).waitFor();
    await ect.getByRole('link', { name: NEXT_SESSION }).waitFor();
    expect(await ect.getByText('You have a place').count()).toBeGreaterThan(0);
    await expectNoAccessibilityViolations(ect);

    // The hub lead marks the new ECT as attended on the session already held.
    const lead = await session.newPage();
    await signIn(lead, 'lead@harbour.test');
    await openCohort(lead);
    await lead.getByRole('link', { name: `Take the register for ${PAST_SESSION}` }).click();
    await lead.getByRole('heading', { name: `Register: ${PAST_SESSION}`, level: 1 }).waitFor();
    await expectNoAccessibilityViolations(lead);
    await lead.getByRole('radiogroup', { name: new RegExp(NEW_ECT.name) }).getByRole('radio', { name: 'Attended' }).check();
    await lead.getByText(`Saved: ${NEW_ECT.name}, attended.`).waitFor();
    await expectNoAccessibilityViolations(lead);

    // The mentor sees it on their dashboard.
    await mentor.getByRole('link', { name: 'My ECTs' }).click();
    await mentor.getByRole('heading', { name: 'My ECTs', level: 1 }).waitFor();
    const card = mentor.getByRole('region', { name: NEW_ECT.name });
    await card.getByText('100% – attended 1 of 1 session marked').waitFor();
    await card.getByText(NEXT_SESSION, { exact: false }).first().waitFor();
    await expectNoAccessibilityViolations(mentor);

    // And the ECT sees their attendance, and can write a reflection.
    await ect.reload();
    await ect.getByRole('heading', { name: 'Sessions you have had' }).waitFor();
    await ect.getByText('Your attendance: Attended').waitFor();
    await ect.getByLabel(`Your reflection on ${PAST_SESSION}`).fill('Routines need practising with the class.');
    await ect.getByRole('checkbox', { name: 'Share this reflection with my mentor' }).check();
    await ect.getByRole('button', { name: 'Save my reflection' }).click();
    await ect.getByRole('status').filter({ hasText: 'Your mentor can read it.' }).first().waitFor();
    await expectNoAccessibilityViolations(ect);
  });

  it('works at 360 pixels wide for an ECT', async () => {
    const page = await session.newPage({ width: 360 });
    await signIn(page, 'ect@riverside.test');
    await page.goto('/cohorts/induction');
    await page.getByRole('heading', { name: 'My induction sessions', level: 1 }).waitFor();
    await page.getByRole('link', { name: NEXT_SESSION }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await expectNoAccessibilityViolations(page);
  });
});
