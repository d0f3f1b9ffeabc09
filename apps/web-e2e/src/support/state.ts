export interface E2eState {
  skipped: boolean;
  baseUrl?: string;
}

// Global setup runs in Jest's parent process before the workers start, so they inherit this variable.
const VARIABLE = 'ALLIANCE_E2E_STATE';

export function saveState(state: E2eState): void {
  process.env[VARIABLE] = JSON.stringify(state);
}

export function loadState(): E2eState {
  const saved = process.env[VARIABLE];
  if (!saved) throw new Error('Run the browser tests through Jest so that the global setup starts the portal.');
  return JSON.parse(saved) as E2eState;
}
