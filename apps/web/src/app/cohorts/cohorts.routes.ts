import type { Routes } from '@angular/router';
import { CohortsListPage } from './cohorts-list-page';

export const cohortRoutes: Routes = [
  { path: '', title: 'ECT cohorts – Alliance', component: CohortsListPage },
  {
    path: 'new',
    title: 'Create a cohort – Alliance',
    loadComponent: () =>
      import('./cohort-form-page').then((m) => m.CohortFormPage),
  },
  {
    path: 'induction',
    title: 'My induction sessions – Alliance',
    loadComponent: () =>
      import('./my-induction-page').then((m) => m.MyInductionPage),
  },
  {
    path: 'mentees',
    title: 'My ECTs – Alliance',
    loadComponent: () =>
      import('./mentor-dashboard-page').then((m) => m.MentorDashboardPage),
  },
  // The register page sets the title to the session's own once it has loaded.
  {
    path: 'sessions/:sessionId/register',
    title: 'Register – Alliance',
    loadComponent: () => import('./register-page').then((m) => m.RegisterPage),
  },
  // The cohort page sets the title to the cohort's own once it has loaded.
  {
    path: ':id',
    title: 'ECT cohort – Alliance',
    loadComponent: () => import('./cohort-page').then((m) => m.CohortPage),
  },
];
