import type { ProcurementCategory } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import { TrustContract } from '../procurement/entities/trust-contract.entity';

interface DemoContract {
  organisation: string;
  category: ProcurementCategory;
  supplier: string;
  annualValuePence: number;
  /** Days from today. */
  endsInDays: number;
  schoolUrns: string[];
}

/** Enough catering and MIS contracts ending soon for the radar to show them; energy has only two trusts, so it stays hidden. */
export const DEMO_CONTRACTS: DemoContract[] = [
  { organisation: 'oakfield', category: 'catering', supplier: 'Kent County Catering', annualValuePence: 18500000, endsInDays: 270, schoolUrns: ['148201', '148202', '148204'] },
  { organisation: 'riverside', category: 'catering', supplier: 'Medway School Meals Ltd', annualValuePence: 14200000, endsInDays: 250, schoolUrns: ['147310', '147312', '147313'] },
  { organisation: 'marshside', category: 'catering', supplier: 'Coastal Kitchens', annualValuePence: 8300000, endsInDays: 290, schoolUrns: ['149020', '149021'] },
  { organisation: 'oakfield', category: 'mis', supplier: 'Arbor', annualValuePence: 2100000, endsInDays: 60, schoolUrns: ['148201', '148202', '148203', '148204', '148205'] },
  { organisation: 'riverside', category: 'mis', supplier: 'SIMS', annualValuePence: 1900000, endsInDays: 75, schoolUrns: ['147310', '147311', '147312', '147313'] },
  { organisation: 'marshside', category: 'mis', supplier: 'Bromcom', annualValuePence: 1150000, endsInDays: 80, schoolUrns: ['149020', '149021', '149022'] },
  { organisation: 'oakfield', category: 'energy', supplier: 'British Gas Business', annualValuePence: 31000000, endsInDays: 150, schoolUrns: ['148203'] },
  { organisation: 'marshside', category: 'energy', supplier: 'EDF Energy', annualValuePence: 12500000, endsInDays: 170, schoolUrns: [] },
  { organisation: 'riverside', category: 'ict', supplier: 'Medway Grid for Learning', annualValuePence: 4400000, endsInDays: 320, schoolUrns: ['147311'] },
];

export async function seedTrustContracts(manager: EntityManager, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  const schools: { id: string; urn: string }[] = await manager.query(`SELECT id, urn FROM schools`);
  const schoolIds = new Map(schools.map((school) => [school.urn, school.id]));
  for (const demo of DEMO_CONTRACTS) {
    await manager.insert(TrustContract, {
      organisationId: organisationIds.get(demo.organisation)!,
      category: demo.category,
      supplier: demo.supplier,
      annualValuePence: demo.annualValuePence,
      endDate: new Date(Date.now() + demo.endsInDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
      schoolIds: demo.schoolUrns.map((urn) => schoolIds.get(urn)!),
      createdByUserId: userIds.get(`bm@${demo.organisation}.test`) ?? null,
    });
  }
}
