import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditEntryView, Page, PageQueryDto, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../core/access/current-user.decorator';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';

@ApiTags('audit')
@Controller('alliances/:allianceId/audit')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
  ) {}

  @Get()
  async list(
    @CurrentUser() user: SessionUser,
    @Param('allianceId', ParseUUIDPipe) allianceId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<AuditEntryView>> {
    await this.access.requireCoordinator(user, allianceId);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_entries WHERE "allianceId" = $1`, [allianceId]);
    const rows: (Omit<AuditEntryView, 'occurredAt'> & { occurredAt: Date })[] = await this.dataSource.query(
      `SELECT a.id, a."occurredAt", u.name AS "actorName", o.name AS "organisationName", a.action, a."entityType", a."entityId", a.changes
         FROM audit_entries a
         LEFT JOIN users u ON u.id = a."actorUserId"
         LEFT JOIN organisations o ON o.id = a."organisationId"
        WHERE a."allianceId" = $1
        ORDER BY a."occurredAt" DESC, a.id
        LIMIT $2 OFFSET $3`,
      [allianceId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
