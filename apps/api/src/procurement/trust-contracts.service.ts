import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CreateTrustContractDto, NeedSchoolView, Page, PageQueryDto, SessionUser, TrustContractView, UpdateTrustContractDto } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { TrustContract } from './entities/trust-contract.entity';
import { ownSchools } from './own-schools';
import { mayActForOrganisation } from './procurement-access';
import { isRealDate } from '../core/calendar-dates';

const CONTRACT_NOT_FOUND = 'We could not find that contract.';

/** A trust's own register of current contracts: only its business managers and chief executives see or change it. */
@Injectable()
export class TrustContractsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, query: PageQueryDto): Promise<Page<TrustContractView>> {
    const organisationId = this.requireContractKeeper(user);
    const [contracts, total] = await this.dataSource.getRepository(TrustContract).findAndCount({
      where: { organisationId },
      order: { endDate: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: await this.views(this.dataSource.manager, contracts),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async create(user: SessionUser, dto: CreateTrustContractDto): Promise<TrustContractView> {
    const organisationId = this.requireContractKeeper(user);
    requireRealEndDate(dto.endDate);
    return this.dataSource.transaction(async (manager) => {
      const schoolIds = await ownSchools(manager, organisationId, dto.schoolIds ?? []);
      const contract = await manager.save(
        manager.create(TrustContract, {
          organisationId,
          category: dto.category,
          supplier: dto.supplier.trim(),
          annualValuePence: dto.annualValuePence,
          endDate: dto.endDate,
          schoolIds,
          notes: dto.notes?.trim() || null,
          createdByUserId: user.id,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'trust_contract.created',
        entityType: 'trust_contract',
        entityId: contract.id,
        changes: {
          category: contract.category,
          supplier: contract.supplier,
          annualValuePence: contract.annualValuePence,
          endDate: contract.endDate,
        },
      });
      return (await this.views(manager, [contract]))[0];
    });
  }

  async update(user: SessionUser, contractId: string, dto: UpdateTrustContractDto): Promise<TrustContractView> {
    const organisationId = this.requireContractKeeper(user);
    if (dto.endDate) requireRealEndDate(dto.endDate);
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.findOwn(manager, organisationId, contractId);
      const changes = diff(contract, {
        category: dto.category,
        supplier: dto.supplier?.trim(),
        annualValuePence: dto.annualValuePence,
        endDate: dto.endDate,
        schoolIds: dto.schoolIds ? await ownSchools(manager, organisationId, dto.schoolIds) : undefined,
        // Notes are nullable: null, like empty text, clears them.
        notes: dto.notes === undefined ? undefined : dto.notes?.trim() || null,
      });
      if (Object.keys(changes).length) {
        Object.assign(contract, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, (change as { to: unknown }).to])));
        await manager.save(contract);
        await this.audit.record(manager, user, {
          action: 'trust_contract.updated',
          entityType: 'trust_contract',
          entityId: contract.id,
          changes,
        });
      }
      return (await this.views(manager, [contract]))[0];
    });
  }

  async remove(user: SessionUser, contractId: string): Promise<void> {
    const organisationId = this.requireContractKeeper(user);
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.findOwn(manager, organisationId, contractId);
      await manager.delete(TrustContract, contract.id);
      await this.audit.record(manager, user, {
        action: 'trust_contract.deleted',
        entityType: 'trust_contract',
        entityId: contract.id,
        changes: {
          category: contract.category,
          supplier: contract.supplier,
          endDate: contract.endDate,
        },
      });
    });
  }

  private requireContractKeeper(user: SessionUser): string {
    const organisationId = requireOrganisationId(user);
    if (!mayActForOrganisation(user)) throw new ForbiddenException('Only business managers and chief executives can see and change their trust’s contracts.');
    return organisationId;
  }

  /** Another organisation's contract is 404: its existence is not told. */
  private async findOwn(manager: EntityManager, organisationId: string, contractId: string): Promise<TrustContract> {
    const contract = await manager.findOne(TrustContract, {
      where: { id: contractId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contract) throw new NotFoundException(CONTRACT_NOT_FOUND);
    return contract;
  }

  private async views(manager: EntityManager, contracts: TrustContract[]): Promise<TrustContractView[]> {
    const schoolIds = [...new Set(contracts.flatMap((contract) => contract.schoolIds))];
    const schools: NeedSchoolView[] = schoolIds.length ? await manager.query(`SELECT id, urn, name FROM schools WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [schoolIds]) : [];
    return contracts.map((contract) => ({
      id: contract.id,
      category: contract.category,
      supplier: contract.supplier,
      annualValuePence: contract.annualValuePence,
      endDate: contract.endDate,
      schools: schools.filter((school) => contract.schoolIds.includes(school.id)),
      notes: contract.notes,
      createdAt: contract.createdAt.toISOString(),
      updatedAt: contract.updatedAt.toISOString(),
    }));
  }
}

function requireRealEndDate(endDate: string): void {
  if (!isRealDate(endDate)) throw new BadRequestException('The contract end date must be a real date, like 2027-08-31');
}
