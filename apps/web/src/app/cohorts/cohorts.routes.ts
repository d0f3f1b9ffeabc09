import type { Routes } from '@angular/router';
import { ComingSoonPage } from '../shared/coming-soon-page';

export const cohortRoutes: Routes = [
  {
    path: '',
    title: 'ECT cohorts – Alliance',
    component: ComingSoonPage,
    data: {
      area: 'ECT cohorts',
      summary:
        'Support early-career teachers with their mentors: cohorts, sessions and attendance.',
    },
  },
];
