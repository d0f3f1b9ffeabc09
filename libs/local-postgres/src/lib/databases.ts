import { Client, escapeIdentifier } from 'pg';

/** URL of another database on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(checkedName(databaseName))}`;
  return url.toString();
}

export async function createDatabase(
  adminUrl: string,
  name: string,
  options: { template?: string; ifNotExists?: boolean } = {},
): Promise<void> {
  const database = escapeIdentifier(checkedName(name));
  const template =
    options.template === undefined
      ? ''
      : ` TEMPLATE ${escapeIdentifier(checkedName(options.template))}`;
  await withClient(adminUrl, async (client) => {
    if (options.ifNotExists && (await exists(client, name))) return;
    try {
      await client.query(`CREATE DATABASE ${database}${template}`);
    } catch (error) {
      // Another process may have created it since the check above.
      if (options.ifNotExists && pgErrorCode(error) === DUPLICATE_DATABASE) {
        return;
      }
      throw error;
    }
  });
}

/** Drops the database if it exists, disconnecting its sessions. */
export async function dropDatabase(
  adminUrl: string,
  name: string,
): Promise<void> {
  const database = escapeIdentifier(checkedName(name));
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  );
}

const DUPLICATE_DATABASE = '42P04';
const MAX_IDENTIFIER_BYTES = 63;

// PostgreSQL silently truncates longer identifiers (so two long names could
// collide) and cannot carry control characters such as NUL over the protocol.
function checkedName(name: string): string {
  if (
    name.length === 0 ||
    Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES ||
    /\p{Cc}/u.test(name)
  ) {
    throw new Error(`Invalid database name: ${JSON.stringify(name)}`);
  }
  return name;
}

async function exists(client: Client, name: string): Promise<boolean> {
  const result = await client.query(
    'SELECT 1 FROM pg_database WHERE datname = $1',
    [name],
  );
  return result.rowCount !== 0;
}

async function withClient<T>(
  connectionString: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function pgErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}
