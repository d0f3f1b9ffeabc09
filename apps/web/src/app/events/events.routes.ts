import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const eventRoutes: Routes = [
  {
    path: '',
    title: 'Training events – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'Training events',
      summary: 'Find and book training run by organisations in your alliance.',
    },
  },
];
