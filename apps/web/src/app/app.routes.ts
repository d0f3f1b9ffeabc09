import type { Route } from '@angular/router';
import {
  coordinatorGuard,
  roleGuard,
  signedInGuard,
  signedOutGuard,
} from './core/session/session-guards';

export const appRoutes: Route[] = [
  // Pages for people who are not signed in (or need no session), each inside the plain public layout.
  // Each has its own path: a shared '' parent with children would also match '/' and hide the home page.
  publicPage('sign-in', {
    title: 'Sign in – Alliance',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./auth/sign-in-page').then((m) => m.SignInPage),
  }),
  publicPage('invitations/:token', {
    title: 'Accept your invitation – Alliance',
    loadComponent: () =>
      import('./auth/accept-invitation-page').then(
        (m) => m.AcceptInvitationPage,
      ),
  }),
  publicPage('public/library/:id', {
    title: 'Shared resource – Alliance',
    loadComponent: () =>
      import('./library/public-resource-page').then(
        (m) => m.PublicResourcePage,
      ),
  }),
  publicPage('dev/mail', {
    title: 'Development mailbox – Alliance',
    loadComponent: () =>
      import('./mail/dev-mailbox-page').then((m) => m.DevMailboxPage),
  }),
  // The signed-in shell: one lazy route per domain.
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () =>
          import('./alliances/alliances.routes').then((m) => m.allianceRoutes),
      },
      {
        path: 'reviews',
        loadChildren: () =>
          import('./reviews/reviews.routes').then((m) => m.reviewRoutes),
      },
      {
        path: 'procurement',
        loadChildren: () =>
          import('./procurement/procurement.routes').then(
            (m) => m.procurementRoutes,
          ),
      },
      {
        path: 'cohorts',
        loadChildren: () =>
          import('./cohorts/cohorts.routes').then((m) => m.cohortRoutes),
      },
      {
        path: 'events',
        loadChildren: () =>
          import('./events/events.routes').then((m) => m.eventRoutes),
      },
      {
        path: 'networks',
        loadChildren: () =>
          import('./networks/networks.routes').then((m) => m.networkRoutes),
      },
      {
        path: 'library',
        loadChildren: () =>
          import('./library/library.routes').then((m) => m.libraryRoutes),
      },
      {
        path: 'organisation',
        loadChildren: () =>
          import('./organisations/organisations.routes').then(
            (m) => m.organisationRoutes,
          ),
      },
      {
        path: 'alliances/:id/audit',
        canActivate: [coordinatorGuard],
        loadChildren: () =>
          import('./audit/audit.routes').then((m) => m.auditRoutes),
      },
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () =>
          import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: '**',
        title: 'Page not found – Alliance',
        loadComponent: () =>
          import('./shared/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];

function publicPage(path: string, page: Route): Route {
  return {
    path,
    loadComponent: () =>
      import('./core/layout/public-layout').then((m) => m.PublicLayout),
    children: [{ path: '', ...page }],
  };
}
