import { Injectable } from '@nestjs/common';
import { AwardedNeedView, ContractRadar, ProcurementCategory, SavingsByCategory, SavingsSummary, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { buildRadar, quarterEnd, quarterStarts, RadarContract } from './contract-radar';
import { todayInLondon } from '../core/calendar-dates';

/** Alliance-wide views over procurement: the anonymous contract renewal radar and the coordinator's savings summary. */
@Injectable()
export class ProcurementInsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
  ) {}

  async radar(user: SessionUser, allianceId: string): Promise<ContractRadar> {
    await this.access.requireActiveMember(user, allianceId);
    const today = todayInLondon();
    const starts = quarterStarts(today);
    const rows: (Omit<RadarContract, 'annualValuePence'> & {
      annualValuePence: string;
    })[] = await this.dataSource.query(
      `SELECT c."organisationId", c.category, c."endDate"::text AS "endDate", c."annualValuePence"::text AS "annualValuePence", c."schoolIds"
         FROM trust_contracts c
         JOIN alliance_memberships m ON m."organisationId" = c."organisationId" AND m."allianceId" = $1 AND m.status = 'active'
        WHERE c."endDate" BETWEEN $2 AND $3`,
      [allianceId, today, quarterEnd(starts[starts.length - 1])],
    );
    return buildRadar(
      allianceId,
      today,
      rows.map((row) => ({
        ...row,
        annualValuePence: Number(row.annualValuePence),
      })),
    );
  }

  async savings(user: SessionUser, allianceId: string): Promise<SavingsSummary> {
    await this.access.requireCoordinator(user, allianceId);
    const rows: (Omit<AwardedNeedView, 'savingPence'> & {
      savingPence: string;
    })[] = await this.dataSource.query(
      `SELECT n.id, n.title, o.name AS "organisationName", n.category, n."awardedSupplier" AS supplier,
              n."contractStartDate"::text AS "contractStartDate", n."contractLengthMonths", n."savingPence"::text AS "savingPence", n."savingMethod"
         FROM procurement_needs n JOIN organisations o ON o.id = n."organisationId"
        WHERE n."allianceId" = $1 AND n.status = 'awarded'
        ORDER BY n."contractStartDate" DESC, n.title, n.id`,
      [allianceId],
    );
    const awarded: AwardedNeedView[] = rows.map((row) => ({
      ...row,
      savingPence: Number(row.savingPence),
    }));
    const years = [...new Set(awarded.map((need) => academicYear(need.contractStartDate)))].sort();
    return {
      allianceId,
      awardedCount: awarded.length,
      totalSavingPence: sum(awarded),
      byCategory: byCategory(awarded),
      byYear: years.map((year) => {
        const ofYear = awarded.filter((need) => academicYear(need.contractStartDate) === year);
        return {
          year,
          awardedCount: ofYear.length,
          savingPence: sum(ofYear),
          byCategory: byCategory(ofYear),
        };
      }),
      awarded,
    };
  }
}

/** Academies' financial year and the school year both run from September to August: 2027-03-01 is in "2026/27". */
export function academicYear(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const start = month >= 9 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function sum(needs: AwardedNeedView[]): number {
  return needs.reduce((total, need) => total + need.savingPence, 0);
}

function byCategory(needs: AwardedNeedView[]): SavingsByCategory[] {
  const categories = [...new Set(needs.map((need) => need.category))] as ProcurementCategory[];
  return categories
    .map((category) => {
      const ofCategory = needs.filter((need) => need.category === category);
      return {
        category,
        awardedCount: ofCategory.length,
        savingPence: sum(ofCategory),
      };
    })
    .sort((a, b) => b.savingPence - a.savingPence || a.category.localeCompare(b.category));
}
