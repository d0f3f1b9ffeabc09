import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { problemMessagesOf } from '../core/api/api-errors';

/** What a page shows when its data could not be loaded, with a way to try again. */
@Component({
  selector: 'app-load-error',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="notice notice--error" role="alert">
      <h2 class="notice__title">{{ heading() }}</h2>
      @for (message of messages(); track $index) {
        <p>{{ message }}</p>
      }
      <button mat-stroked-button type="button" (click)="retry.emit()">
        Try again
      </button>
    </div>
  `,
})
export class LoadError {
  readonly error = input.required<unknown>();
  readonly heading = input('Sorry, we could not load this');
  readonly retry = output();
  protected readonly messages = computed(() => problemMessagesOf(this.error()));
}
