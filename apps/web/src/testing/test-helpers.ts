import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { SessionUser } from '@alliance/contracts';

// Small helpers shared by the specs: build test data and drive the DOM as a person would.

export function aSessionUser(
  overrides: Partial<SessionUser> = {},
): SessionUser {
  return {
    id: 'user-1',
    email: 'ceo@oakfield.test',
    name: 'Amara Okafor',
    organisationId: 'org-oakfield',
    organisationName: 'Oakfield Learning Trust',
    roles: ['ceo'],
    coordinatorOfAllianceIds: [],
    ...overrides,
  };
}

export function typeInto(
  fixture: ComponentFixture<unknown>,
  selector: string,
  value: string,
): void {
  const input = query<HTMLInputElement>(fixture, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function query<T extends Element = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  selector: string,
): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(
    selector,
  );
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
}

/** A button found by its visible text, anywhere in the document (dialogs render outside the component). */
export function buttonNamed(name: string | RegExp): HTMLButtonElement {
  const buttons = Array.from(
    document.querySelectorAll<HTMLButtonElement>('button'),
  );
  const found = buttons.find((button) => {
    const text = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found)
    throw new Error(
      `No button named ${String(name)}; buttons: ${buttons.map((b) => b.textContent?.trim()).join(' | ')}`,
    );
  return found;
}

export function textOf(fixture: ComponentFixture<unknown>): string {
  return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(
    /\s+/g,
    ' ',
  );
}

export function pageText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * Runs change detection and lets pending promises settle. `fixture.whenStable()` would wait for loading
 * resources to finish, which never happens while a test still holds their HTTP requests.
 */
export async function settle(): Promise<void> {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}
