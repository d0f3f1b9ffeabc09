import { join } from 'node:path';
import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

const SAMPLES = join(__dirname, '../../../../shared/data/gias');

describeInBrowser('the register import in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  it('the platform administrator uploads the GIAS extracts and sees what changed', async () => {
    const page = await session.newPage();
    await signIn(page, 'admin@alliance.test');
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'Import the register of schools', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Establishments').setInputFiles(join(SAMPLES, 'edubasealldata-sample.csv'));
    await page.getByLabel('Groups', { exact: true }).setInputFiles(join(SAMPLES, 'allgroupsdata-sample.csv'));
    await page.getByLabel('Group links').setInputFiles(join(SAMPLES, 'alllinksdata-grouplinks-sample.csv'));
    await page.getByRole('button', { name: 'Import files' }).click();
    await page.getByRole('heading', { name: 'The register has been updated' }).waitFor();
    await expectNoAccessibilityViolations(page);

    const coordinator = await session.newPage();
    await signIn(coordinator, 'coordinator@alliance.test');
    const search = (term: string) =>
      coordinator.evaluate(async (text) => (await fetch(`/api/reference/organisations?search=${encodeURIComponent(text)}`)).json(), term);
    expect((await search('Multi-Academy trust Schools')).items).toEqual([expect.objectContaining({ name: 'Multi-Academy trust Schools', kind: 'trust' })]);
    expect((await search('Federation of Schools')).total).toBe(0);
  });

  it('keeps the import page from anyone but the platform administrator', async () => {
    const page = await session.newPage();
    await signIn(page, 'ceo@oakfield.test');
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });
});
