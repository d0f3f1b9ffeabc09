import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';

/**
 * Move up, move down and remove for one area or criterion of the framework editor. The buttons' ids start with
 * `idPrefix`, so that the editor can put focus back on the button after the item has moved.
 */
@Component({
  selector: 'app-item-actions',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'item-actions' },
  template: `
    @if (!first()) {
      <button
        mat-button
        type="button"
        [id]="idPrefix() + '-move-up'"
        (click)="moveUp.emit()"
      >
        Move up<span class="visually-hidden"> {{ name() }}</span>
      </button>
    }
    @if (!last()) {
      <button
        mat-button
        type="button"
        [id]="idPrefix() + '-move-down'"
        (click)="moveDown.emit()"
      >
        Move down<span class="visually-hidden"> {{ name() }}</span>
      </button>
    }
    @if (removable()) {
      <button mat-button type="button" (click)="remove.emit()">
        Remove<span class="visually-hidden"> {{ name() }}</span>
      </button>
    }
  `,
})
export class ItemActions {
  readonly idPrefix = input.required<string>();
  /** What the buttons act on, for screen readers: "area 2, Workforce" or "criterion 1.3". */
  readonly name = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  readonly removable = input(true);
  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly remove = output<void>();
}
