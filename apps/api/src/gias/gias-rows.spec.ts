import { parseEstablishment, parseGiasDate, parseGroup, schoolPhase } from './gias-rows';

describe('reading GIAS rows', () => {
  it('reads DD/MM/YYYY dates (and the DD-MM-YYYY some extracts use), refusing days that do not exist', () => {
    expect(parseGiasDate('01/09/2020')).toBe('2020-09-01');
    expect(parseGiasDate('26-02-1997')).toBe('1997-02-26');
    expect(parseGiasDate('')).toBeNull();
    expect(parseGiasDate('29/02/2023')).toBeUndefined();
    expect(parseGiasDate('2020-09-01')).toBeUndefined();
    expect(parseGiasDate('1/9/2020')).toBeUndefined();
  });

  it('maps phases, taking special schools and pupil referral units from their type', () => {
    expect(schoolPhase('Primary', 'Academy converter')).toBe('primary');
    expect(schoolPhase('Middle deemed secondary', 'Community school')).toBe('secondary');
    expect(schoolPhase('All-through', 'Free schools')).toBe('all_through');
    expect(schoolPhase('16 plus', 'Further education')).toBe('sixteen_plus');
    expect(schoolPhase('Nursery', 'LA nursery school')).toBe('nursery');
    expect(schoolPhase('Not applicable', 'Academy special converter')).toBe('special');
    expect(schoolPhase('Secondary', 'Community special school')).toBe('special');
    expect(schoolPhase('Not applicable', 'Pupil referral unit')).toBe('alternative_provision');
    expect(schoolPhase('Secondary', 'Academy alternative provision sponsor led')).toBe('alternative_provision');
    expect(schoolPhase('', null)).toBe('not_applicable');
  });

  it('reads an establishment, treating "Not applicable" as no value', () => {
    const parsed = parseEstablishment({
      URN: ' 140001 ',
      EstablishmentName: 'Hill View Primary',
      'TypeOfEstablishment (name)': 'Academy converter',
      'EstablishmentStatus (name)': 'Open, but proposed to close',
      'PhaseOfEducation (name)': 'Primary',
      'LA (name)': 'Kent',
      Postcode: 'ME1 1AA',
      'GOR (name)': 'Not Applicable',
      OpenDate: '01/09/2012',
      CloseDate: '',
    });
    expect(parsed).toEqual({
      value: {
        urn: '140001',
        name: 'Hill View Primary',
        phase: 'primary',
        establishmentType: 'Academy converter',
        localAuthority: 'Kent',
        region: null,
        postcode: 'ME1 1AA',
        status: 'open',
        openedOn: '2012-09-01',
        closedOn: null,
      },
    });
    expect(parseEstablishment({ URN: '1', EstablishmentName: 'X', 'EstablishmentStatus (name)': 'Dormant' })).toEqual({
      reason: 'EstablishmentStatus (name) "Dormant" is not a status we recognise',
    });
    expect(parseEstablishment({ URN: '1', EstablishmentName: '' })).toEqual({ reason: 'EstablishmentName is empty' });
  });

  it('reads academy trusts only, with an empty Group ID as none', () => {
    const row = { 'Group UID': '17', 'Group ID': 'tr01234', 'Group Name': 'A Trust', 'Companies House Number': '', 'Group Type': 'Multi-academy trust', 'Group Status': 'Closed' };
    expect(parseGroup(row)).toEqual({ value: { uid: '17', groupId: 'TR01234', name: 'A Trust', companiesHouseNumber: null, status: 'closed' } });
    expect(parseGroup({ ...row, 'Group ID': '' })).toMatchObject({ value: { groupId: null } });
    expect(parseGroup({ ...row, 'Group Type': 'Federation' })).toBeNull();
    expect(parseGroup({ ...row, 'Group UID': 'x' })).toEqual({ reason: 'Group UID "x" is not a number' });
  });
});
