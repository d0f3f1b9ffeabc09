import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const adminRoutes: Routes = [
  {
    path: '',
    title: 'Admin – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'Admin',
      summary:
        'Run the Alliance platform: organisations, people and alliances.',
    },
  },
];
