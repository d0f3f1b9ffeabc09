export default async function globalTeardown(): Promise<void> {
  await globalThis.__ALLIANCE_E2E_STOP__?.();
}
