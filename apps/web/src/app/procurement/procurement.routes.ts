import type { Routes } from '@angular/router';
import { NeedPage } from './need-page';
import { NeedsListPage } from './needs-list-page';
import { needPosterGuard } from './procurement-permissions';

export const procurementRoutes: Routes = [
  {
    path: '',
    title: 'Shared procurement – Alliance',
    component: NeedsListPage,
  },
  {
    path: 'new',
    title: 'Post a need – Alliance',
    canActivate: [needPosterGuard],
    loadComponent: loadNeedForm,
  },
  // Fixed paths come before ':id', which would otherwise take them.
  {
    path: 'contracts',
    title: 'Your trust’s contracts – Alliance',
    canActivate: [needPosterGuard],
    loadComponent: () =>
      import('./contracts-page').then((m) => m.ContractsPage),
  },
  {
    path: 'radar',
    title: 'Contract renewal radar – Alliance',
    loadComponent: () => import('./radar-page').then((m) => m.RadarPage),
  },
  {
    path: 'savings',
    title: 'Savings summary – Alliance',
    // chart.js is loaded with this page only.
    loadComponent: () => import('./savings-page').then((m) => m.SavingsPage),
  },
  // The need page sets the title to the need's own once it has loaded.
  { path: ':id', title: 'Procurement need – Alliance', component: NeedPage },
  {
    path: ':id/edit',
    title: 'Change the need – Alliance',
    canActivate: [needPosterGuard],
    loadComponent: loadNeedForm,
  },
];

/** Only posters need the form, with its date picker and date library, so it loads on its own. */
function loadNeedForm() {
  return import('./need-form-page').then((m) => m.NeedFormPage);
}
