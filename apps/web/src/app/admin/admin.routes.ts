import type { Routes } from '@angular/router';
import { GiasImportPage } from './gias-import-page';

export const adminRoutes: Routes = [
  {
    path: '',
    title: 'Import the register of schools – Alliance',
    component: GiasImportPage,
  },
];
