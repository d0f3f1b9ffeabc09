import type { Routes } from '@angular/router';
import { confirmLeavingUnsavedChanges } from './frameworks/unsaved-changes-guard';
import { MyReviewsPage } from './my-reviews-page';
import { ReviewPage } from './review-page';

export const reviewRoutes: Routes = [
  {
    path: '',
    title: 'Peer reviews – Alliance',
    component: MyReviewsPage,
  },
  // Fixed paths come before ':id', which would otherwise take them.
  {
    path: 'new',
    title: 'Start a review – Alliance',
    // The form brings the date picker and its date library, so it loads on its own.
    loadComponent: () =>
      import('./start-review-page').then((m) => m.StartReviewPage),
  },
  {
    path: 'frameworks',
    title: 'Review frameworks – Alliance',
    loadComponent: () =>
      import('./frameworks/frameworks-page').then((m) => m.FrameworksPage),
  },
  // The framework's pages set the title to its name once it has loaded.
  {
    path: 'frameworks/:id',
    title: 'Review framework – Alliance',
    loadComponent: () =>
      import('./frameworks/framework-page').then((m) => m.FrameworkPage),
  },
  {
    path: 'frameworks/:id/edit',
    title: 'Edit a review framework – Alliance',
    loadComponent: () =>
      import('./frameworks/framework-editor-page').then(
        (m) => m.FrameworkEditorPage,
      ),
    canDeactivate: [confirmLeavingUnsavedChanges],
  },
  {
    path: 'excellence',
    title: 'Areas of excellence – Alliance',
    loadComponent: () =>
      import('./excellence/excellence-directory-page').then(
        (m) => m.ExcellenceDirectoryPage,
      ),
  },
  // The workspace sets the title to the review's own once it has loaded.
  { path: ':id', title: 'Peer review – Alliance', component: ReviewPage },
  {
    path: ':id/self-assessment',
    title: 'Self-assessment – Alliance',
    loadComponent: () =>
      import('./self-assessment-page').then((m) => m.SelfAssessmentPage),
  },
  {
    path: ':id/findings',
    title: 'Findings – Alliance',
    loadComponent: () => import('./findings-page').then((m) => m.FindingsPage),
  },
  {
    path: ':id/report',
    title: 'Review report – Alliance',
    loadComponent: () =>
      import('./review-report-page').then((m) => m.ReviewReportPage),
  },
  {
    path: ':id/action-plan',
    title: 'Action plan – Alliance',
    loadComponent: () =>
      import('./action-plan-page').then((m) => m.ActionPlanPage),
  },
  {
    path: ':id/excellence',
    title: 'Areas of excellence – Alliance',
    loadComponent: () =>
      import('./excellence/share-excellence-page').then(
        (m) => m.ShareExcellencePage,
      ),
  },
];
