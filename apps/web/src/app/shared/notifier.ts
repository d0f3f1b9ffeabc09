import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

/** Confirms that a change was saved, in a snack bar that screen readers announce politely. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);

  confirm(message: string): void {
    this.snackBar.open(message, 'Dismiss', {
      duration: 10000,
      politeness: 'polite',
    });
  }
}
