import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The given school ids, each checked to belong to the organisation; 400 otherwise. */
export async function ownSchools(manager: EntityManager, organisationId: string, schoolIds: string[]): Promise<string[]> {
  if (!schoolIds.length) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM schools WHERE id = ANY($1::uuid[]) AND "organisationId" = $2`, [schoolIds, organisationId]);
  if (rows.length !== new Set(schoolIds).size) throw new BadRequestException('Choose schools from your own organisation.');
  return schoolIds;
}
