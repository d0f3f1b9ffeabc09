import { dropDatabase } from '@alliance/local-postgres';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__ALLIANCE_TEST_SERVER__;
  if (!server) return;
  await dropDatabase(server.adminUrl, process.env['ALLIANCE_TEST_TEMPLATE_DB']!);
  await server.stop();
}
