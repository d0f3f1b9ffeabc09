import { BrowserSession, describeInBrowser, expectNoAccessibilityViolations, openBrowser, signIn } from './support/browser';

const NAME = 'Better Together peer review';
const CHANGED_TITLE = 'Curriculum ambition, coherence and sequencing';
const CHANGED_DESCRIPTOR = 'Subject leads across the trust are starting to plan the curriculum together.';
const ADDED_TITLE = 'Reading across the trust';
const ADDED_DESCRIPTORS = [
  'Each school teaches reading its own way.',
  'Schools share a phonics programme.',
  'Reading is taught consistently and checked across the trust.',
  'The trust’s reading results are strong and other trusts learn from them.',
];

describeInBrowser('review frameworks in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(() => session?.close());

  it('lets the coordinator copy and change a framework, and a member trust read it without changing it', async () => {
    // The coordinator copies the platform's five-area framework for the alliance.
    const coordinator = await session.newPage();
    await signIn(coordinator, 'coordinator@alliance.test');
    await coordinator.goto('/reviews');
    await coordinator.getByRole('link', { name: 'Review frameworks' }).click();
    await coordinator.getByRole('heading', { name: 'Review frameworks', level: 1 }).waitFor();
    await coordinator.getByRole('heading', { name: 'Provided by Alliance' }).waitFor();
    await expectNoAccessibilityViolations(coordinator);

    await coordinator.getByRole('button', { name: 'Make a copy of Trust quality peer review' }).click();
    const dialog = coordinator.getByRole('dialog');
    const name = dialog.getByLabel('Name of the copy');
    expect(await name.inputValue()).toBe('Trust quality peer review (copy)');
    await name.fill(NAME);
    await expectNoAccessibilityViolations(coordinator);
    await dialog.getByRole('button', { name: 'Make the copy' }).click();

    // The copy opens in the editor: one criterion's title and descriptor change, and a criterion is added.
    await coordinator.getByRole('heading', { name: 'Edit the framework', level: 1 }).waitFor();
    expect(await coordinator.getByLabel('Name', { exact: true }).inputValue()).toBe(NAME);
    await coordinator.getByLabel('Title of criterion 1.1', { exact: true }).fill(CHANGED_TITLE);
    await coordinator.getByLabel('2 – Developing for criterion 1.1', { exact: true }).fill(CHANGED_DESCRIPTOR);
    // The first area of the platform's framework has three criteria: the new one is the fourth.
    await coordinator.getByRole('button', { name: 'Add a criterion to area 1' }).click();
    const number = '1.4';
    await coordinator.getByLabel(`Title of criterion ${number}`, { exact: true }).fill(ADDED_TITLE);
    for (const [index, label] of ['1 – Getting started', '2 – Developing', '3 – Established', '4 – Leading'].entries()) {
      await coordinator.getByLabel(`${label} for criterion ${number}`, { exact: true }).fill(ADDED_DESCRIPTORS[index]);
    }
    await expectNoAccessibilityViolations(coordinator);

    // Nothing is saved yet: an empty title is refused with a message by the field.
    await coordinator.getByLabel(`Title of criterion ${number}`, { exact: true }).fill('');
    await coordinator.getByRole('button', { name: 'Save the framework' }).click();
    await coordinator.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await coordinator.getByRole('link', { name: `Enter a title for criterion ${number}` }).waitFor();
    await expectNoAccessibilityViolations(coordinator);
    await coordinator.getByLabel(`Title of criterion ${number}`, { exact: true }).fill(ADDED_TITLE);

    await coordinator.getByRole('button', { name: 'Save the framework' }).click();
    await coordinator.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await coordinator.getByText('Your changes to the framework have been saved.').waitFor();
    const frameworkUrl = coordinator.url();
    const shown = await coordinator.locator('main').innerText();
    expect(shown).toContain(`1.1 ${CHANGED_TITLE}`);
    expect(shown).toContain(CHANGED_DESCRIPTOR);
    expect(shown).toContain(`${number} ${ADDED_TITLE}`);
    expect(shown).toContain(ADDED_DESCRIPTORS[3]);
    expect(shown).toContain('Your alliance’s own copy');
    await coordinator.getByRole('link', { name: `Edit ${NAME}` }).waitFor();
    await expectNoAccessibilityViolations(coordinator);

    // A member trust's chief executive reads the copy, with no way to change it.
    const ceo = await session.newPage();
    await signIn(ceo, 'ceo@riverside.test');
    await ceo.goto('/reviews');
    await ceo.getByRole('link', { name: 'Review frameworks' }).click();
    await ceo.getByRole('heading', { name: 'Your alliance’s own frameworks' }).waitFor();
    await ceo.getByRole('link', { name: `View ${NAME}` }).waitFor();
    expect(await ceo.locator('main').getByRole('button', { name: /^Make a copy/ }).count()).toBe(0);
    expect(await ceo.locator('main').getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await expectNoAccessibilityViolations(ceo);

    await ceo.getByRole('link', { name: `View ${NAME}` }).click();
    await ceo.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    expect(ceo.url()).toBe(frameworkUrl);
    expect(await ceo.locator('main').innerText()).toContain(`1.1 ${CHANGED_TITLE}`);
    expect(await ceo.locator('main').getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await expectNoAccessibilityViolations(ceo);

    await ceo.goto(`${frameworkUrl}/edit`);
    await ceo.getByText('Only your alliance’s coordinator can change this framework').waitFor();
    expect(await ceo.getByRole('button', { name: 'Save the framework' }).count()).toBe(0);
  }, 180_000);
});
