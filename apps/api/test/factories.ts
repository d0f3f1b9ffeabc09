import type { Role } from '@alliance/contracts';
import { DataSource } from 'typeorm';

/** Adds people to a demo organisation, with the demo password (alliance-demo); returns their emails. */
export async function createPeople(dataSource: DataSource, organisationName: string, role: Role, count: number, prefix: string = role): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}-${Date.now().toString(36)}@factory.test`);
  await dataSource.query(
    `INSERT INTO users (email, name, "passwordHash", "organisationId", roles)
     SELECT email, 'Person ' || email, (SELECT "passwordHash" FROM users WHERE email = 'ceo@oakfield.test'),
            (SELECT id FROM organisations WHERE name = $2), ARRAY[$3]::text[]
       FROM unnest($1::text[]) AS email`,
    [emails, organisationName, role],
  );
  return emails;
}

/** An ISO time this many days (and hours) from now. */
export function fromNow(days: number, hours = 0): string {
  return new Date(Date.now() + (days * 24 + hours) * 60 * 60 * 1000).toISOString();
}
