import type { Routes } from '@angular/router';
import { AuditLogPage } from './audit-log-page';

export const auditRoutes: Routes = [
  { path: '', title: 'Audit log – Alliance', component: AuditLogPage },
];
