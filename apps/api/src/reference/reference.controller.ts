import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationSearchQueryDto, OrganisationSummary, Page, PROCUREMENT_CATEGORIES, PROCUREMENT_CATEGORY_LABELS, ProcurementCategoryView } from '@alliance/contracts';
import { DataSource } from 'typeorm';

/** The register of trusts and schools is public reference data, the same for every signed-in person. */
@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Open organisations by name, DfE reference (a trust's Group ID such as TR01234) or the URN of one of their schools.
   * An exact reference or URN comes first, then names that start with the search, then the rest by name.
   */
  @Get('organisations')
  async organisations(@Query() query: OrganisationSearchQueryDto): Promise<Page<OrganisationSummary>> {
    const search = query.search?.trim();
    const parameters: unknown[] = [];
    let where = `o.status = 'open'`;
    let rank = '0';
    if (search) {
      const escaped = search.replace(/[\\%_]/g, (character) => `\\${character}`);
      parameters.push(`%${escaped}%`, search, `${escaped}%`);
      const exact = `(upper(o."dfeReference") = upper($2) OR EXISTS (SELECT 1 FROM schools s WHERE s."organisationId" = o.id AND s.urn = $2))`;
      where += ` AND (o.name ILIKE $1 OR o."dfeReference" ILIKE $1 OR ${exact})`;
      rank = `CASE WHEN ${exact} THEN 0 WHEN o.name ILIKE $3 THEN 1 ELSE 2 END`;
    }
    // The count's condition uses only the first two parameters; PostgreSQL refuses one it cannot type.
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organisations o WHERE ${where}`, parameters.slice(0, 2));
    const items: OrganisationSummary[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.kind, o."dfeReference", o.region
         FROM organisations o
        WHERE ${where}
        ORDER BY ${rank}, o.name, o.id
        LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** The fixed list of procurement categories, in the order forms show them. */
  @Get('procurement-categories')
  procurementCategories(): ProcurementCategoryView[] {
    return PROCUREMENT_CATEGORIES.map((value) => ({ value, label: PROCUREMENT_CATEGORY_LABELS[value] }));
  }
}
