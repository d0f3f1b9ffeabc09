import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const networkRoutes: Routes = [
  {
    path: '',
    title: 'Networks – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'Networks',
      summary:
        'Join subject networks and leadership groups, and share what works, and what hasn’t.',
    },
  },
];
