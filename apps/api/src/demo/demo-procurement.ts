import type { NeedStatus, ProcurementCategory, RouteToMarket } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import { NeedInterest } from '../procurement/entities/need-interest.entity';
import { NeedQuestion } from '../procurement/entities/need-question.entity';
import { NeedSchool } from '../procurement/entities/need-school.entity';
import { ProcurementNeed } from '../procurement/entities/procurement-need.entity';

interface DemoNeed {
  alliance: string;
  organisation: string;
  createdBy: string;
  title: string;
  category: ProcurementCategory;
  description: string;
  estimatedAnnualValuePence: number;
  /** Days from today. */
  closesInDays: number;
  contractEndsInDays: number | null;
  status: NeedStatus;
  routeToMarket: RouteToMarket;
  schoolUrns: string[];
  interests: { organisation: string; by: string; schoolUrns: string[]; estimatedValuePence: number | null; notes: string | null }[];
  questions: { by: string; organisation: string; question: string; answer?: string; pinned?: boolean }[];
  award?: { supplier: string; contractStartDate: string; contractLengthMonths: number; savingPence: number; savingMethod: string };
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    alliance: 'Better Together Alliance',
    organisation: 'oakfield',
    createdBy: 'bm@oakfield.test',
    title: 'School meals for primary schools from September',
    category: 'catering',
    description:
      'Our catering contract for three primary schools ends in August. We want a supplier who cooks on site, meets the School Food Standards and can serve universal infant free school meals. Joining together should bring the price per meal down.',
    estimatedAnnualValuePence: 41000000,
    closesInDays: 21,
    contractEndsInDays: 270,
    status: 'open',
    routeToMarket: 'framework',
    schoolUrns: ['148201', '148202', '148204'],
    interests: [
      { organisation: 'riverside', by: 'bm@riverside.test', schoolUrns: ['147310', '147312'], estimatedValuePence: 26500000, notes: 'About 650 meals a day across two primaries.' },
      { organisation: 'marshside', by: 'bm@marshside.test', schoolUrns: [], estimatedValuePence: 12000000, notes: null },
    ],
    questions: [
      { by: 'bm@riverside.test', organisation: 'riverside', question: 'Would breakfast club be included?', answer: 'Yes, as a priced option for each school.', pinned: true },
      { by: 'bm@marshside.test', organisation: 'marshside', question: 'Can a school join part way through the first year?' },
    ],
  },
  {
    alliance: 'Better Together Alliance',
    organisation: 'riverside',
    createdBy: 'bm@riverside.test',
    title: 'Electricity and gas from April',
    category: 'energy',
    description: 'Flexible energy purchasing for all four Riverside schools through a public sector framework, with a renewable tariff.',
    estimatedAnnualValuePence: 18500000,
    closesInDays: 10,
    contractEndsInDays: 130,
    status: 'open',
    routeToMarket: 'framework',
    schoolUrns: ['147310', '147311', '147312', '147313'],
    interests: [{ organisation: 'oakfield', by: 'bm@oakfield.test', schoolUrns: ['148203'], estimatedValuePence: 7400000, notes: 'Secondary site only for now.' }],
    questions: [],
  },
  {
    alliance: 'Better Together Alliance',
    organisation: 'oakfield',
    createdBy: 'bm@oakfield.test',
    title: 'Replacement management information system',
    category: 'mis',
    description: 'Early thinking about replacing our MIS when the current licence ends; not yet open to members.',
    estimatedAnnualValuePence: 3200000,
    closesInDays: 60,
    contractEndsInDays: 400,
    status: 'draft',
    routeToMarket: 'undecided',
    schoolUrns: [],
    interests: [],
    questions: [],
  },
  {
    alliance: 'Better Together Alliance',
    organisation: 'riverside',
    createdBy: 'bm@riverside.test',
    title: 'Electricity and gas for all schools',
    category: 'energy',
    description: 'A flexible purchasing contract for electricity and gas, bought through a public sector energy framework.',
    estimatedAnnualValuePence: 96000000,
    closesInDays: -200,
    contractEndsInDays: null,
    status: 'awarded',
    routeToMarket: 'framework',
    schoolUrns: [],
    interests: [{ organisation: 'oakfield', by: 'bm@oakfield.test', schoolUrns: ['148201', '148202'], estimatedValuePence: 31000000, notes: null }],
    questions: [],
    award: {
      supplier: 'Crown Commercial Service energy framework',
      contractStartDate: '2025-10-01',
      contractLengthMonths: 24,
      savingPence: 8640000,
      savingMethod: 'Quoted renewal price for each trust alone minus the framework price for the combined volume, over one year.',
    },
  },
  {
    alliance: 'Better Together Alliance',
    organisation: 'marshside',
    createdBy: 'bm@marshside.test',
    title: 'Payroll and HR advice',
    category: 'hr_payroll',
    description: 'Payroll for about 400 staff and an HR advice line.',
    estimatedAnnualValuePence: 5500000,
    closesInDays: -90,
    contractEndsInDays: null,
    status: 'awarded',
    routeToMarket: 'mini_competition',
    schoolUrns: [],
    interests: [{ organisation: 'riverside', by: 'bm@riverside.test', schoolUrns: [], estimatedValuePence: 4800000, notes: null }],
    questions: [],
    award: {
      supplier: 'Kent Schools Payroll Ltd',
      contractStartDate: '2026-09-01',
      contractLengthMonths: 36,
      savingPence: 1215050,
      savingMethod: 'Per-payslip price of the old contracts minus the joint price, times payslips a year.',
    },
  },
];

/** Seeds a few procurement needs, with interest and questions, from the maps the demo seed built. */
export async function seedProcurement(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  const schools: { id: string; urn: string }[] = await manager.query(`SELECT id, urn FROM schools`);
  const schoolIds = new Map(schools.map((school) => [school.urn, school.id]));
  for (const demo of DEMO_NEEDS) {
    const need = await manager.save(
      manager.create(ProcurementNeed, {
        allianceId: allianceIds.get(demo.alliance)!,
        organisationId: organisationIds.get(demo.organisation)!,
        createdByUserId: userIds.get(demo.createdBy)!,
        title: demo.title,
        category: demo.category,
        description: demo.description,
        estimatedAnnualValuePence: demo.estimatedAnnualValuePence,
        contractEndDate: demo.contractEndsInDays === null ? null : dateFromToday(demo.contractEndsInDays),
        closingDate: dateFromToday(demo.closesInDays),
        status: demo.status,
        routeToMarket: demo.routeToMarket,
        statusChangedAt: new Date(),
        awardedSupplier: demo.award?.supplier ?? null,
        contractStartDate: demo.award?.contractStartDate ?? null,
        contractLengthMonths: demo.award?.contractLengthMonths ?? null,
        savingPence: demo.award?.savingPence ?? null,
        savingMethod: demo.award?.savingMethod ?? null,
      }),
    );
    for (const urn of demo.schoolUrns) await manager.insert(NeedSchool, { needId: need.id, schoolId: schoolIds.get(urn)! });
    for (const interest of demo.interests) {
      await manager.insert(NeedInterest, {
        needId: need.id,
        organisationId: organisationIds.get(interest.organisation)!,
        expressedByUserId: userIds.get(interest.by)!,
        schoolIds: interest.schoolUrns.map((urn) => schoolIds.get(urn)!),
        estimatedValuePence: interest.estimatedValuePence,
        notes: interest.notes,
      });
    }
    for (const question of demo.questions) {
      await manager.insert(NeedQuestion, {
        needId: need.id,
        askedByUserId: userIds.get(question.by)!,
        askedByOrganisationId: organisationIds.get(question.organisation)!,
        question: question.question,
        answer: question.answer ?? null,
        answeredByUserId: question.answer ? userIds.get(demo.createdBy)! : null,
        answeredAt: question.answer ? new Date() : null,
        pinned: question.pinned ?? false,
      });
    }
  }
}

function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
