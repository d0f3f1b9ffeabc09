import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';

@Component({
  imports: [RouterOutlet],
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      class="skip-link"
      href="#main-content"
      (click)="skipToMainContent($event)"
      >Skip to main content</a
    >
    <router-outlet />
  `,
})
export class App {
  private readonly document = inject(DOCUMENT);

  constructor() {
    const router = inject(Router);
    const injector = inject(Injector);
    let previousPath: string | null = null;
    // After moving to another page, put focus on its heading, as a full page load would put it at the top.
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        const path = event.urlAfterRedirects.split(/[?#]/)[0];
        const isNewPage = previousPath !== null && path !== previousPath;
        previousPath = path;
        if (isNewPage)
          afterNextRender(
            { write: () => this.focusPageHeading() },
            { injector },
          );
      });
  }

  /** "#main-content" would resolve against the base href and reload the app, so focus by hand. */
  protected skipToMainContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  private focusPageHeading(): void {
    const heading =
      this.document.querySelector<HTMLElement>('#main-content h1');
    const target = heading ?? this.document.getElementById('main-content');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }
}
