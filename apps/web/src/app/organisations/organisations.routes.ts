import type { Routes } from '@angular/router';
import { MyOrganisationPage } from './my-organisation-page';

export const organisationRoutes: Routes = [
  {
    path: '',
    title: 'My organisation – Alliance',
    component: MyOrganisationPage,
  },
];
