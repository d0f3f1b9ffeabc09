export interface AuditEntryView {
  id: string;
  occurredAt: string;
  actorName: string | null;
  organisationName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}
