import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { map, of } from 'rxjs';
import { confirmThen } from '../../shared/confirm-dialog';

/** A page with a form that can be left half done. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page whose changes have not been saved; the page warns on closing the tab itself. */
export const confirmLeavingUnsavedChanges: CanDeactivateFn<
  HasUnsavedChanges
> = (page) => {
  if (!page.hasUnsavedChanges()) return true;
  // Dismissing the dialog closes it with no outcome, or with its close button's empty value: both mean stay.
  return confirmThen(inject(MatDialog), {
    title: 'Leave without saving your changes?',
    paragraphs: ['Your changes to this framework have not been saved.'],
    confirmLabel: 'Leave without saving',
    dismissLabel: 'Stay on this page',
    action: () => of(true),
  }).pipe(map((outcome) => !!outcome?.result));
};
