import type { AllianceDetail } from '@alliance/contracts';

/** A query parameter's value if it is one of the allowed ones; anything else is left out. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly string[],
): T | undefined {
  return value !== undefined && allowed.includes(value)
    ? (value as T)
    : undefined;
}

/** A query parameter read as a whole number from 1, or the fallback. */
export function wholeNumber(
  value: string | undefined,
  fallback: number,
): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The active member organisations of the given alliances, as choices sorted by name. */
export function activeMemberOptions(
  alliances: AllianceDetail[],
): { value: string; label: string }[] {
  const names = new Map<string, string>();
  for (const alliance of alliances)
    for (const member of alliance.members)
      if (member.status === 'active')
        names.set(member.organisationId, member.name);
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
