import { buildRadar, quarterEnd, quarterStarts, RadarContract } from './contract-radar';

const today = '2026-11-23';

function contract(organisationId: string, endDate: string, annualValuePence: number, schoolIds: string[] = [], category: RadarContract['category'] = 'catering'): RadarContract {
  return { organisationId, category, endDate, annualValuePence, schoolIds };
}

function catering(contracts: RadarContract[]) {
  const row = buildRadar('alliance', today, contracts).rows.find((candidate) => candidate.category === 'catering');
  if (!row) throw new Error('no catering row');
  return row;
}

describe('contract renewal radar', () => {
  it('looks four calendar quarters ahead from the current one, across the year end', () => {
    expect(quarterStarts(today)).toEqual(['2026-10-01', '2027-01-01', '2027-04-01', '2027-07-01']);
    expect(quarterStarts('2027-03-31')).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(quarterEnd('2027-07-01')).toBe('2027-09-30');
    expect(quarterEnd('2028-01-01')).toBe('2028-03-31');
    const radar = buildRadar('alliance', today, []);
    expect(radar).toMatchObject({ from: today, to: '2027-09-30', minimumTrusts: 3 });
  });

  it('shows every category, and shows no figure for a quarter with fewer than three trusts', () => {
    const radar = buildRadar('alliance', today, [contract('a', '2027-02-01', 100_000_00), contract('b', '2027-02-01', 200_000_00)]);
    expect(radar.rows).toHaveLength(11);
    const row = catering([contract('a', '2027-02-01', 100_000_00), contract('b', '2027-02-01', 200_000_00)]);
    expect(row.total).toBeNull();
    expect(row.quarters.every((quarter) => quarter.figures === null)).toBe(true);
  });

  it('counts distinct trusts and schools and rounds the value to the nearest £1,000', () => {
    const row = catering([
      contract('a', '2027-02-01', 150_400_00, ['s1', 's2']),
      contract('a', '2027-03-01', 10_000_00, ['s2']),
      contract('b', '2027-01-15', 120_000_00, ['s3']),
      contract('c', '2027-03-31', 129_250_00, ['s4', 's5']),
    ]);
    expect(row.total).toEqual({ trustCount: 3, schoolCount: 5, annualValuePence: 410_000_00 });
    expect(row.quarters[1]).toEqual({ quarterStart: '2027-01-01', figures: { trustCount: 3, schoolCount: 5, annualValuePence: 410_000_00 } });
  });

  it('leaves out contracts that have already ended or end after the last quarter', () => {
    const row = catering([contract('a', '2026-11-22', 1), contract('b', '2027-10-01', 1), contract('c', today, 1), contract('d', '2027-09-30', 1)]);
    expect(row.total).toBeNull();
  });

  it('hides more quarters when the hidden one could be worked out by subtraction from the total', () => {
    // Three trusts end contracts in January to March, and trust "d" alone in April to June: the total has four trusts,
    // so showing it and January to March would give away d's contract.
    const row = catering([contract('a', '2027-02-01', 100_000_00), contract('b', '2027-02-01', 100_000_00), contract('c', '2027-02-01', 100_000_00), contract('d', '2027-05-01', 77_000_00)]);
    expect(row.total).toMatchObject({ trustCount: 4 });
    expect(row.quarters.map((quarter) => quarter.figures)).toEqual([null, null, null, null]);
  });

  it('keeps a quarter visible when what the hidden quarters add up to covers three trusts themselves', () => {
    const contracts = [
      ...['a', 'b', 'c'].map((trust) => contract(trust, '2027-02-01', 100_000_00)),
      ...['d', 'e'].map((trust) => contract(trust, '2027-05-01', 50_000_00)),
      contract('f', '2027-08-01', 50_000_00),
    ];
    const row = catering(contracts);
    expect(row.total).toMatchObject({ trustCount: 6 });
    expect(row.quarters.map((quarter) => quarter.figures?.trustCount ?? null)).toEqual([null, 3, null, null]);
  });
});
