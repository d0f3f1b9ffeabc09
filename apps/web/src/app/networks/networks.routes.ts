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
    loadComponent: loadNetworkForm,
  },
  // Pages set the title to the network's, hub's or meeting's own once loaded.
  {
    path: 'meetings/:meetingId',
    title: 'Network meeting – Alliance',
    component: MeetingPage,
  },
  // The form itself tells people who do not manage the meeting that they cannot change it.
  {
    path: 'meetings/:meetingId/edit',
    title: 'Change the meeting details – Alliance',
    loadComponent: loadMeetingForm,
  },
  { path: ':id', title: 'Network – Alliance', component: NetworkPage },
  {
    path: ':id/edit',
    title: 'Change the network’s details – Alliance',
    loadComponent: loadNetworkForm,
  },
  {
    path: ':id/hubs/:hubId',
    title: 'Network hub – Alliance',
    component: HubPage,
  },
  {
    path: ':id/meetings/new',
    title: 'Schedule a meeting – Alliance',
    loadComponent: loadMeetingForm,
  },
];

function loadNetworkForm() {
  return import('./network-form-page').then((m) => m.NetworkFormPage);
}

function loadMeetingForm() {
  return import('./meeting-form-page').then((m) => m.MeetingFormPage);
}
