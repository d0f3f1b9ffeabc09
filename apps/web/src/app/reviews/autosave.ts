import { DestroyRef, InjectionToken, computed, signal } from '@angular/core';
import {
  EMPTY,
  type Observable,
  Subject,
  catchError,
  concatMap,
  debounceTime,
  tap,
} from 'rxjs';
import { problemMessagesOf } from '../core/api/api-errors';
import { savedAtText } from './review-model';

/** How long after the last keystroke a change is saved. */
export const AUTOSAVE_DELAY_MS = new InjectionToken<number>(
  'AUTOSAVE_DELAY_MS',
  { providedIn: 'root', factory: () => 800 },
);

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; text: string }
  | { kind: 'failed'; messages: string[] };

/**
 * Saves one record's changes a moment after the person stops typing. Changes made while a save is on its way are
 * gathered and sent next, in order; a failed save keeps its changes, to send with the next change or a retry.
 * The API treats omitted fields as unchanged, so each save sends only what changed.
 */
export class Autosaver<Change extends object, Saved> {
  readonly state = signal<AutosaveState>({ kind: 'idle' });
  /** For the status line: "Saving…", "Saved at 10:42am", … */
  readonly statusText = computed(() => {
    const state = this.state();
    switch (state.kind) {
      case 'pending':
        return 'Not saved yet';
      case 'saving':
        return 'Saving…';
      case 'saved':
        return state.text;
      default:
        return '';
    }
  });
  /** What went wrong with the last save, or null. */
  readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.messages : null;
  });
  private pending: Partial<Change> = {};
  private readonly trigger = new Subject<void>();

  constructor(
    save: (change: Partial<Change>) => Observable<Saved>,
    options: {
      delayMs: number;
      now: () => Date;
      destroyRef: DestroyRef;
      saved?: (result: Saved) => void;
    },
  ) {
    const subscription = this.trigger
      .pipe(
        debounceTime(options.delayMs),
        concatMap(() => {
          const change = this.pending;
          if (Object.keys(change).length === 0) return EMPTY;
          this.pending = {};
          this.state.set({ kind: 'saving' });
          return save(change).pipe(
            tap((result) => {
              if (Object.keys(this.pending).length === 0)
                this.state.set({
                  kind: 'saved',
                  text: savedAtText(options.now()),
                });
              options.saved?.(result);
            }),
            catchError((error: unknown) => {
              // Keep what failed, under anything changed since.
              this.pending = { ...change, ...this.pending };
              this.state.set({
                kind: 'failed',
                messages: problemMessagesOf(error),
              });
              return EMPTY;
            }),
          );
        }),
      )
      .subscribe();
    options.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  /** Queues a change and saves it shortly. */
  change(change: Partial<Change>): void {
    this.pending = { ...this.pending, ...change };
    if (this.state().kind !== 'failed') this.state.set({ kind: 'pending' });
    this.trigger.next();
  }

  /** Sends what failed again. */
  retry(): void {
    this.trigger.next();
  }
}
