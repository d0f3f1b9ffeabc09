import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';

/** Header and main area for the pages that need no session: sign in, accepting an invitation, the development mailbox. */
@Component({
  selector: 'app-public-layout',
  imports: [MatToolbar, RouterLink, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <mat-toolbar class="app-toolbar">
        <a class="product-name" routerLink="/">Alliance</a>
      </mat-toolbar>
    </header>
    <main id="main-content" class="page page--narrow" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class PublicLayout {}
