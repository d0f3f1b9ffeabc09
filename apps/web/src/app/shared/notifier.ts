import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

/**
 * Confirms that a change was saved, in a snack bar that screen readers announce politely. It has no
 * action button: Material keeps the snack bar's content aria-hidden while announcing it, and a focusable
 * button inside aria-hidden content is an accessibility failure (axe: aria-hidden-focus).
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);

  confirm(message: string): void {
    this.snackBar.open(message, undefined, { duration: 8000, politeness: 'polite' });
  }
}
