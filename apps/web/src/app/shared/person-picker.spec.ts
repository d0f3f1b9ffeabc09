import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type {
  AlliancePersonView,
  OrganisationKind,
  OrganisationRole,
  Page,
} from '@alliance/contracts';
import { settle } from '../../testing/test-helpers';
import { PersonPicker } from './person-picker';

const GRACE: AlliancePersonView = {
  id: 'user-grace',
  name: 'Grace Hall',
  roles: ['ceo', 'governor'],
  organisationId: 'org-marshside',
  organisationName: 'Marshside Schools Trust',
  organisationKind: 'trust',
};
const RHYS: AlliancePersonView = {
  id: 'user-rhys',
  name: 'Rhys Evans',
  roles: ['governor'],
  organisationId: 'org-riverside',
  organisationName: 'Riverside Academies Trust',
  organisationKind: 'trust',
};
const AMARA: AlliancePersonView = {
  id: 'user-amara',
  name: 'Amara Okafor',
  roles: ['ceo'],
  organisationId: 'org-oakfield',
  organisationName: 'Oakfield Learning Trust',
  organisationKind: 'trust',
};

@Component({
  imports: [ReactiveFormsModule, PersonPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-person-picker
      allianceId="alliance-1"
      inputId="chosen-person"
      label="Person to invite"
      hint="Type their name or their trust’s name"
      [roles]="roles()"
      [organisationKind]="organisationKind()"
      [excludeUserIds]="excludeUserIds()"
      [excludeOrganisationIds]="excludeOrganisationIds()"
      [clearAfterPick]="clearAfterPick()"
      [error]="error()"
      [formControl]="person"
      (picked)="picked.push($event)"
    />
  `,
})
class Host {
  readonly roles = signal<readonly OrganisationRole[]>([]);
  readonly organisationKind = signal<OrganisationKind | undefined>(undefined);
  readonly excludeUserIds = signal<string[]>([]);
  readonly excludeOrganisationIds = signal<string[]>([]);
  readonly clearAfterPick = signal(false);
  readonly error = signal<string | undefined>(undefined);
  readonly person = new FormControl<AlliancePersonView | null>(null);
  readonly picked: AlliancePersonView[] = [];
}

function page(
  items: AlliancePersonView[],
  total = items.length,
): Page<AlliancePersonView> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('PersonPicker', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let host: Host;

  beforeEach(async () => {
    // The search waits for typing to pause (rxjs times that with setInterval and Date); settle() needs real timeouts.
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setImmediate',
        'nextTick',
        'queueMicrotask',
        'performance',
        'requestAnimationFrame',
        'cancelAnimationFrame',
      ],
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    await settle();
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
    document.body.innerHTML = '';
  });

  function field(): HTMLInputElement {
    const input = document.querySelector<HTMLInputElement>('#chosen-person');
    if (!input) throw new Error('The picker has no input');
    return input;
  }

  async function focus(): Promise<void> {
    field().focus();
    await settle();
  }

  async function type(text: string): Promise<void> {
    field().value = text;
    field().dispatchEvent(new Event('input'));
    await settle();
  }

  /** Lets the pause after typing pass. */
  async function wait(ms = 250): Promise<void> {
    jest.advanceTimersByTime(ms);
    await settle();
  }

  function search(): TestRequest {
    return http.expectOne(
      (request) => request.url === '/api/alliances/alliance-1/people',
    );
  }

  async function answer(
    request: TestRequest,
    people: Page<AlliancePersonView>,
  ): Promise<void> {
    request.flush(people);
    await settle();
    // The autocomplete shows new options after a delay(0), on rxjs's (fake) timers.
    await wait(0);
  }

  function options(): string[] {
    return Array.from(document.querySelectorAll('mat-option')).map((option) =>
      (option.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  }

  function status(): string {
    return (
      document.querySelector('[role="status"]')?.textContent ?? ''
    ).trim();
  }

  /** Material reads the legacy key codes. */
  async function press(key: 'ArrowDown' | 'Enter'): Promise<void> {
    const keyCode = { ArrowDown: 40, Enter: 13 }[key];
    field().dispatchEvent(
      new KeyboardEvent('keydown', {
        key,
        keyCode,
        bubbles: true,
        cancelable: true,
      }),
    );
    await settle();
  }

  it('has a label and hint, and asks nothing until the field is used', () => {
    const label = document.querySelector(
      'label[for="chosen-person"]',
    )?.textContent;
    expect(label).toContain('Person to invite');
    expect(field().getAttribute('role')).toBe('combobox');
    expect(document.body.textContent).toContain(
      'Type their name or their trust’s name',
    );
    http.expectNone(() => true);
  });

  it('shows the first people on focus, with their organisation and roles in words, less those excluded', async () => {
    host.roles.set(['ceo', 'governor']);
    host.organisationKind.set('trust');
    host.excludeUserIds.set(['user-rhys']);
    host.excludeOrganisationIds.set(['org-oakfield']);
    await settle();

    await focus();
    await wait();
    const request = search();
    expect(request.request.params.get('search')).toBeNull();
    expect(request.request.params.get('roles')).toBe('ceo,governor');
    expect(request.request.params.get('organisationKind')).toBe('trust');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(status()).toBe('Searching…');
    await answer(request, page([AMARA, GRACE, RHYS]));

    expect(options()).toEqual([
      'Grace Hall, Marshside Schools Trust Chief executive, Governor or trustee',
    ]);
    expect(status()).toBe('1 person found');
  });

  it('searches once typing pauses, and drops the answer to an older search', async () => {
    await focus();
    await wait();
    await answer(search(), page([GRACE, RHYS], 45));
    expect(status()).toBe(
      'Showing the first 2 people. Type more of a name to narrow the list.',
    );

    await type('R');
    await wait(100);
    await type('Rh');
    await wait(249);
    http.expectNone(() => true);
    await wait(1);
    const older = search();
    expect(older.request.params.get('search')).toBe('Rh');

    await type('Rhy');
    await wait();
    expect(older.cancelled).toBe(true);
    const newer = search();
    expect(newer.request.params.get('search')).toBe('Rhy');
    await answer(newer, page([RHYS]));
    expect(options()).toEqual([
      'Rhys Evans, Riverside Academies Trust Governor or trustee',
    ]);

    await type('Zed');
    await wait();
    await answer(search(), page([]));
    expect(options()).toEqual([]);
    expect(status()).toBe('No one matches “Zed”');
  });

  it('chooses a person with the keyboard, and forgets them when the text changes', async () => {
    await focus();
    await type('Gr');
    // Typing is not choosing: the form can ask for a choice from the list.
    expect(host.person.hasError('personNotChosen')).toBe(true);
    await wait();
    await answer(search(), page([GRACE]));

    await press('ArrowDown');
    await press('Enter');

    expect(host.person.value).toEqual(GRACE);
    expect(host.person.valid).toBe(true);
    expect(host.picked).toEqual([GRACE]);
    expect(field().value).toBe('Grace Hall, Marshside Schools Trust');
    expect(status()).toBe('');

    await type('Grace Hal');
    expect(host.person.value).toBeNull();
    expect(host.person.hasError('personNotChosen')).toBe(true);
    await wait();
    await answer(search(), page([GRACE]));
  });

  it('empties the field after each pick when choosing a list of people', async () => {
    host.clearAfterPick.set(true);
    await settle();
    await focus();
    await wait();
    await answer(search(), page([GRACE, RHYS]));

    (document.querySelector('mat-option') as HTMLElement).click();
    await settle();
    expect(host.picked).toEqual([GRACE]);
    expect(field().value).toBe('');
    expect(host.person.value).toBeNull();

    // The page leaves the people already chosen out; the same first page is not asked for again.
    host.excludeUserIds.set(['user-grace']);
    await wait();
    http.expectNone(() => true);
    field().blur();
    await focus();
    expect(options()).toEqual([
      'Rhys Evans, Riverside Academies Trust Governor or trustee',
    ]);
  });

  it('is emptied when its form control is reset, and shows a set person', async () => {
    host.person.setValue(RHYS);
    await settle();
    expect(field().value).toBe('Rhys Evans, Riverside Academies Trust');

    host.person.reset();
    await settle();
    expect(field().value).toBe('');
    host.person.disable();
    await settle();
    expect(field().disabled).toBe(true);
  });

  it('says plainly when the search fails, and tries again on the next focus', async () => {
    await focus();
    await wait();
    search().flush(
      { statusCode: 500, message: 'relation "users" does not exist' },
      { status: 500, statusText: 'Server Error' },
    );
    await settle();
    expect(status()).toBe(
      'Sorry, people cannot be searched at the moment. Try again later.',
    );

    field().blur();
    await focus();
    await wait();
    await answer(search(), page([GRACE]));
    expect(status()).toBe('1 person found');
  });

  it('shows the page’s error message under the field', async () => {
    host.error.set('Choose the person to invite');
    await settle();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('mat-error')?.textContent).toContain(
      'Choose the person to invite',
    );
  });
});
