import {
  ContractRadar,
  PROCUREMENT_CATEGORIES,
  ProcurementCategory,
  RADAR_MIN_TRUSTS,
  RADAR_QUARTERS,
  RADAR_ROUNDING_PENCE,
  RadarCategoryRow,
  RadarFigures,
} from '@alliance/contracts';

export interface RadarContract {
  organisationId: string;
  category: ProcurementCategory;
  /** YYYY-MM-DD */
  endDate: string;
  annualValuePence: number;
  schoolIds: string[];
}

/** The first day of each of the `count` calendar quarters starting with the one that holds `today`. */
export function quarterStarts(today: string, count = RADAR_QUARTERS): string[] {
  const [year, month] = today.split('-').map(Number);
  const firstMonth = Math.floor((month - 1) / 3) * 3;
  return Array.from({ length: count }, (_, index) => {
    const months = firstMonth + index * 3;
    return `${year + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
  });
}

/** The last day of the quarter that starts on `quarterStart`. */
export function quarterEnd(quarterStart: string): string {
  const [year, month] = quarterStart.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month + 2, 0));
  return lastDay.toISOString().slice(0, 10);
}

/**
 * Anonymous totals of contracts ending in each category and quarter. A figure is shown only when at least
 * RADAR_MIN_TRUSTS trusts stand behind it, and, because a hidden quarter's figures could otherwise be worked
 * out by subtracting the shown quarters from the category's total, more quarters are hidden until whatever
 * the subtraction reveals also covers at least RADAR_MIN_TRUSTS trusts.
 */
export function buildRadar(allianceId: string, today: string, contracts: RadarContract[]): ContractRadar {
  const starts = quarterStarts(today);
  const to = quarterEnd(starts[starts.length - 1]);
  const inWindow = contracts.filter((contract) => contract.endDate >= today && contract.endDate <= to);
  const quarterOf = (endDate: string) => starts.filter((start) => start <= endDate).length - 1;
  const rows: RadarCategoryRow[] = PROCUREMENT_CATEGORIES.map((category) => {
    const ofCategory = inWindow.filter((contract) => contract.category === category);
    const byQuarter = starts.map((_, index) => ofCategory.filter((contract) => quarterOf(contract.endDate) === index));
    const total = figuresIfEnoughTrusts(ofCategory);
    const hidden = new Set(byQuarter.flatMap((quarter, index) => (figuresIfEnoughTrusts(quarter) ? [] : [index])));
    if (total) {
      const residualTrusts = () => trustCount(byQuarter.filter((_, index) => hidden.has(index)).flat());
      while (residualTrusts() > 0 && residualTrusts() < RADAR_MIN_TRUSTS && hidden.size < starts.length) {
        hidden.add(smallestShownQuarter(byQuarter, hidden));
      }
    }
    return {
      category,
      total,
      quarters: starts.map((quarterStart, index) => ({
        quarterStart,
        figures: hidden.has(index) ? null : figuresIfEnoughTrusts(byQuarter[index]),
      })),
    };
  });
  return {
    allianceId,
    from: today,
    to,
    minimumTrusts: RADAR_MIN_TRUSTS,
    quarterStarts: starts,
    rows,
  };
}

function trustCount(contracts: RadarContract[]): number {
  return new Set(contracts.map((contract) => contract.organisationId)).size;
}

function figuresIfEnoughTrusts(contracts: RadarContract[]): RadarFigures | null {
  const trusts = trustCount(contracts);
  if (trusts < RADAR_MIN_TRUSTS) return null;
  const pence = contracts.reduce((sum, contract) => sum + contract.annualValuePence, 0);
  return {
    trustCount: trusts,
    schoolCount: new Set(contracts.flatMap((contract) => contract.schoolIds)).size,
    annualValuePence: Math.round(pence / RADAR_ROUNDING_PENCE) * RADAR_ROUNDING_PENCE,
  };
}

function smallestShownQuarter(byQuarter: RadarContract[][], hidden: Set<number>): number {
  const shown = byQuarter.map((contracts, index) => ({ index, trusts: trustCount(contracts) })).filter(({ index }) => !hidden.has(index));
  shown.sort((a, b) => a.trusts - b.trusts || a.index - b.index);
  return shown[0].index;
}
