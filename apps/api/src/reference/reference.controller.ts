import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationSearchQueryDto, OrganisationSummary, Page } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { Organisation } from '../organisations/entities/organisation.entity';
import { toOrganisationSummary } from '../organisations/organisation-views';

/** The register of trusts and schools is public reference data, the same for every signed-in person. */
@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('organisations')
  async organisations(@Query() query: OrganisationSearchQueryDto): Promise<Page<OrganisationSummary>> {
    const builder = this.dataSource.getRepository(Organisation).createQueryBuilder('organisation');
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.where(
        `(organisation.name ILIKE :pattern OR organisation."dfeReference" ILIKE :pattern
          OR EXISTS (SELECT 1 FROM schools s WHERE s."organisationId" = organisation.id AND s.urn = :exact))`,
        { pattern, exact: search },
      );
    }
    const [organisations, total] = await builder
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: organisations.map(toOrganisationSummary), total, page: query.page, pageSize: query.pageSize };
  }
}
