import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const procurementRoutes: Routes = [
  {
    path: '',
    title: 'Procurement – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'Procurement',
      summary:
        'Buy together: post what your organisation needs to buy and see who else in your alliance wants the same.',
    },
  },
];
