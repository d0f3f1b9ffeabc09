export const ROLES = [
  'ceo',
  'business_manager',
  'headteacher',
  'governor',
  'ect',
  'mentor',
  'staff',
  'coordinator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person can be given inside their own organisation (coordinator and admin are granted by the platform). */
export const ORGANISATION_ROLES = [
  'ceo',
  'business_manager',
  'headteacher',
  'governor',
  'ect',
  'mentor',
  'staff',
] as const satisfies readonly Role[];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ceo: 'Chief executive',
  business_manager: 'Business manager',
  headteacher: 'Headteacher',
  governor: 'Governor or trustee',
  ect: 'Early-career teacher',
  mentor: 'Mentor',
  staff: 'Staff',
  coordinator: 'Alliance coordinator',
  admin: 'Platform administrator',
};
