import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const reviewRoutes: Routes = [
  {
    path: '',
    title: 'Peer reviews – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'Peer reviews',
      summary:
        'Plan peer reviews with other trusts in your alliance: self-assessment, the review visit, findings and an action plan.',
    },
  },
];
