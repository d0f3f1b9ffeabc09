import type { Routes } from '@angular/router';
import { LibrarySearchPage } from './library-search-page';
import { ResourcePage } from './resource-page';

export const libraryRoutes: Routes = [
  {
    path: '',
    title: 'Library – Alliance',
    component: LibrarySearchPage,
  },
  {
    path: 'new',
    title: 'Share a resource – Alliance',
    loadComponent: loadResourceForm,
  },
  // The resource page sets the title to the resource's own once it has loaded.
  { path: ':id', title: 'Resource – Alliance', component: ResourcePage },
  {
    path: ':id/edit',
    title: 'Change the resource – Alliance',
    loadComponent: loadResourceForm,
  },
];

/** Only people sharing need the form, so it loads on its own. */
function loadResourceForm() {
  return import('./resource-form-page').then((m) => m.ResourceFormPage);
}
