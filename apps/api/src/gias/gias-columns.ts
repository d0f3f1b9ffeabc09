import type { GiasFileKind } from '@alliance/contracts';

/** Columns read from each download, by their header in GIAS; column order changes between releases. */
export const ESTABLISHMENT_COLUMNS = {
  urn: 'URN',
  name: 'EstablishmentName',
  type: 'TypeOfEstablishment (name)',
  status: 'EstablishmentStatus (name)',
  phase: 'PhaseOfEducation (name)',
  localAuthority: 'LA (name)',
  postcode: 'Postcode',
  region: 'GOR (name)',
  openDate: 'OpenDate',
  closeDate: 'CloseDate',
} as const;

export const GROUP_COLUMNS = {
  uid: 'Group UID',
  groupId: 'Group ID',
  name: 'Group Name',
  companiesHouseNumber: 'Companies House Number',
  type: 'Group Type',
  status: 'Group Status',
} as const;

export const LINK_COLUMNS = {
  urn: 'URN',
  uid: 'Linked UID',
} as const;

export interface GiasFileSpec {
  kind: GiasFileKind;
  /** How messages name the file, e.g. "establishments file". */
  label: string;
  /** The start of the file's name in the GIAS download, e.g. edubasealldata20250101.csv. */
  namePrefix: string;
  requiredColumns: readonly string[];
}

export const GIAS_FILES: Record<GiasFileKind, GiasFileSpec> = {
  establishments: {
    kind: 'establishments',
    label: 'establishments file',
    namePrefix: 'edubasealldata',
    requiredColumns: Object.values(ESTABLISHMENT_COLUMNS),
  },
  groups: {
    kind: 'groups',
    label: 'groups file',
    namePrefix: 'allgroupsdata',
    requiredColumns: Object.values(GROUP_COLUMNS),
  },
  links: {
    kind: 'links',
    label: 'group links file',
    namePrefix: 'alllinksdata',
    requiredColumns: Object.values(LINK_COLUMNS),
  },
};
