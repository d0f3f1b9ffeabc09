import type { Routes } from '@angular/router';
import { eventHostGuard } from './event-permissions';
import { EventPage } from './event-page';
import { EventsListPage } from './events-list-page';
import { MyBookingsPage } from './my-bookings-page';

export const eventRoutes: Routes = [
  {
    path: '',
    title: 'Training events – Alliance',
    component: EventsListPage,
  },
  {
    path: 'mine',
    title: 'My bookings – Alliance',
    component: MyBookingsPage,
  },
  {
    path: 'new',
    title: 'Create an event – Alliance',
    canActivate: [eventHostGuard],
    loadComponent: loadEventForm,
  },
  // The event page sets the title to the event's own once it has loaded.
  { path: ':id', title: 'Training event – Alliance', component: EventPage },
  {
    path: ':id/edit',
    title: 'Change the event details – Alliance',
    loadComponent: loadEventForm,
  },
];

/** Only hosts need the form, and its date picker and date library, so it loads on its own. */
function loadEventForm() {
  return import('./event-form-page').then((m) => m.EventFormPage);
}
