import type { Routes } from '@angular/router';
import { AllianceHomePage } from './alliance-home-page';

export const allianceRoutes: Routes = [
  { path: '', title: 'Home – Alliance', component: AllianceHomePage },
];
