import type { Routes } from '@angular/router';
import { networkCreatorGuard } from './network-permissions';
import { HubPage } from './hub-page';
import { MeetingPage } from './meeting-page';
import { NetworkPage } from './network-page';
import { NetworksListPage } from './networks-list-page';

export const networkRoutes: Routes = [
  {
    path: '',
    title: 'Networks – Alliance',
    component: NetworksListPage,
  },
  {
    path: 'new',
    title: 'Create a network – Alliance',
    canActivate: [networkCreatorGuard],
    loadComponent: () =>
      import('./network-form-page').then((m) => m.NetworkFormPage),
  },
  // Pages set the title to the network's, hub's or meeting's own once loaded.
  {
    path: 'meetings/:meetingId',
    title: 'Network meeting – Alliance',
    component: MeetingPage,
  },
  { path: ':id', title: 'Network – Alliance', component: NetworkPage },
  {
    path: ':id/hubs/:hubId',
    title: 'Network hub – Alliance',
    component: HubPage,
  },
  {
    path: ':id/meetings/new',
    title: 'Schedule a meeting – Alliance',
    loadComponent: () =>
      import('./meeting-form-page').then((m) => m.MeetingFormPage),
  },
];
