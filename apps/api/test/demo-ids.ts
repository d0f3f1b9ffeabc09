import { DataSource } from 'typeorm';

/** Looks up seeded demo records by their natural names, so tests read in the domain's words. */
export class DemoIds {
  constructor(private readonly dataSource: DataSource) {}

  async organisation(name: string): Promise<string> {
    return this.single(`SELECT id FROM organisations WHERE name = $1`, [name]);
  }

  async alliance(name: string): Promise<string> {
    return this.single(`SELECT id FROM alliances WHERE name = $1`, [name]);
  }

  async user(email: string): Promise<string> {
    return this.single(`SELECT id FROM users WHERE email = $1`, [email]);
  }

  private async single(sql: string, parameters: unknown[]): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(sql, parameters);
    if (rows.length !== 1) throw new Error(`Expected one demo record for ${parameters.join(', ')}`);
    return rows[0].id;
  }
}
