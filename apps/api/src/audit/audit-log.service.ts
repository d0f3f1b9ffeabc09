import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  allianceId?: string | null;
  changes?: Record<string, unknown>;
}

@Injectable()
export class AuditLog {
  /** Takes the transaction's manager so the entry commits or rolls back with the change it describes. */
  async record(manager: EntityManager, actor: SessionUser | null, record: AuditRecord): Promise<void> {
    const entry: Omit<AuditEntry, 'id' | 'occurredAt'> = {
      actorUserId: actor?.id ?? null,
      organisationId: actor?.organisationId ?? null,
      allianceId: record.allianceId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      changes: record.changes ?? {},
    };
    // A plain INSERT: no RETURNING round trip, since nothing reads the entry back.
    await manager.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
  }
}

/** The fields that differ between two versions of a record, as {field: {from, to}}. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const from = before[key];
    const to = after[key];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[String(key)] = { from, to };
  }
  return changes;
}
