import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Removes dataDir/postmaster.pid when the server that wrote it is gone.
 * PostgreSQL clears such a file itself only when its PID is unused; after a
 * container restart the PID often belongs to another process, and postgres
 * then refuses to start.
 */
export async function removeStaleLock(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = (await readFile(lockFile, 'utf8')).split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && (await servesDataDir(pid, dataDir))) {
    const port = lines[3]?.trim() || 'unknown';
    throw new Error(
      `PostgreSQL for ${dataDir} is already running (pid ${pid}, port ${port}); stop it or use its port.`,
    );
  }
  await rm(lockFile, { force: true });
}

async function servesDataDir(pid: number, dataDir: string): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: no such process. EPERM: another user's process, so not a server
    // we started (as root we may signal any process).
    return false;
  }
  const commandLine = await processCommandLine(pid);
  // Unknown command line: assume it is the server rather than risk two
  // postmasters on one data directory.
  return (
    commandLine === undefined || ` ${commandLine} `.includes(` ${dataDir} `)
  );
}

async function processCommandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8'))
      .split('\0')
      .join(' ');
  } catch {
    // Not Linux: fall back to ps.
  }
  try {
    const { stdout } = await promisify(execFile)('ps', [
      '-o',
      'args=',
      '-p',
      String(pid),
    ]);
    return stdout.trim();
  } catch {
    return undefined;
  }
}
