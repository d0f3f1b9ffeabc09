import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BookingResult } from '../../../libs/contracts/src/lib/events';
import type { ApiProcess } from './api-processes';
import { isGapless } from './bench-data';
import { errorMessage } from './cleanup';
import { ownCpuMs, processCpuMs } from './cpu';
import type { ApiClient, Session } from './http-client';
import { ms, percentile } from './stats';

export interface Outcome {
  status: number;
  body: string;
  ms: number;
  api: string;
}

export interface Burst {
  outcomes: Outcome[];
  wallMs: number;
  /** CPU ms each API process (and this client) used during the burst; empty without /proc. */
  cpuMs: Map<string, number>;
  /** Latencies of GET /api/health sent while the burst was in flight, to show what other traffic meets. */
  healthMs: number[];
}

export interface Expected {
  people: number;
  capacity: number;
  targetPerSecond: number;
}

const ERRORS_SHOWN = 5;
const HEALTH_PROBE_INTERVAL_MS = 100;

/** Every booking in flight at once, alternating processes; each person books through the process they did not sign in on. */
export async function bookAllAtOnce(
  clients: ApiClient[],
  apis: ApiProcess[],
  sessions: Session[],
  eventId: string,
): Promise<Burst> {
  const path = `/api/events/${eventId}/bookings`;
  const cpuBefore = cpuTimes(apis);
  const started = performance.now();
  const booked = Promise.all(
    sessions.map((session, index) => {
      const target = (index + 1) % 2;
      const api = apis[target].name;
      return clients[target].send('POST', path, { session, body: {} }).then(
        (response): Outcome => ({
          status: response.status,
          body: response.body,
          ms: response.ms,
          api,
        }),
        (error: unknown): Outcome => ({
          status: 0,
          body: errorMessage(error),
          ms: Number.NaN,
          api,
        }),
      );
    }),
  );
  const probing = probeHealthUntil(clients, booked);
  const outcomes = await booked;
  const wallMs = performance.now() - started;
  const cpuAfter = cpuTimes(apis);
  const healthMs = await probing;
  const cpuMs = new Map<string, number>();
  for (const [name, before] of cpuBefore) {
    const after = cpuAfter.get(name);
    if (before !== undefined && after !== undefined)
      cpuMs.set(name, after - before);
  }
  return { outcomes, wallMs, cpuMs, healthMs };
}

async function probeHealthUntil(
  clients: ApiClient[],
  done: Promise<unknown>,
): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const probes = await Promise.all(
      clients.map((client) =>
        client.send('GET', '/api/health').then(
          (response) => response.ms,
          () => Number.NaN,
        ),
      ),
    );
    latencies.push(...probes);
    await sleep(HEALTH_PROBE_INTERVAL_MS);
  }
  return latencies;
}

function cpuTimes(apis: ApiProcess[]): Map<string, number | undefined> {
  return new Map([
    ...apis.map((api): [string, number | undefined] => [
      api.name,
      processCpuMs(api.child.pid),
    ]),
    ['this client', ownCpuMs()],
  ]);
}

/** Prints the burst's figures; returns what was wrong with the responses. */
export function reportBurst(burst: Burst, expected: Expected): string[] {
  const { outcomes, wallMs } = burst;
  const results = outcomes
    .filter((outcome) => outcome.status === 201)
    .map((outcome) => JSON.parse(outcome.body) as BookingResult);
  const errors = outcomes.filter((outcome) => outcome.status !== 201);
  const confirmed = results.filter(
    (result) => result.status === 'confirmed',
  ).length;
  const waitlisted = results.filter(
    (result) => result.status === 'waitlisted',
  ).length;
  const latencies = sortedLatencies(outcomes);
  const perSecond = outcomes.length / (wallMs / 1000);

  console.log(`\nBooking burst: ${outcomes.length} requests at once`);
  console.log(`  confirmed   ${confirmed}`);
  console.log(`  waitlisted  ${waitlisted}`);
  console.log(`  errors      ${errors.length}`);
  for (const error of errors.slice(0, ERRORS_SHOWN)) {
    console.log(
      `    ${error.status || 'no response'} from ${error.api}: ${error.body.slice(0, 200)}`,
    );
  }
  console.log(`  wall time   ${ms(wallMs)}`);
  console.log(
    `  throughput  ${perSecond.toFixed(0)} bookings/s (target ≥ ${expected.targetPerSecond}${perSecond < expected.targetPerSecond ? ', NOT met' : ', met'})`,
  );
  console.log(
    `  latency     p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? Number.NaN)}`,
  );
  for (const api of new Set(outcomes.map((outcome) => outcome.api))) {
    const own = sortedLatencies(
      outcomes.filter((outcome) => outcome.api === api),
    );
    console.log(
      `    ${api}: p50 ${ms(percentile(own, 50))}, p95 ${ms(percentile(own, 95))}`,
    );
  }
  const health = burst.healthMs
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
  if (health.length > 0) {
    console.log(
      `  GET /api/health meanwhile: p50 ${ms(percentile(health, 50))}, max ${ms(health.at(-1) ?? Number.NaN)} (${burst.healthMs.length} probes)`,
    );
  }
  if (burst.cpuMs.size > 0) {
    const cores = availableParallelism();
    const used = [...burst.cpuMs].map(
      ([name, cpu]) => `${name} ${(cpu / 1000).toFixed(2)} s`,
    );
    // PostgreSQL's CPU is not counted; the rest of the cores' time is it, or waiting.
    console.log(
      `  CPU         ${used.join(', ')} (of ${((cores * wallMs) / 1000).toFixed(2)} s on ${cores} cores)`,
    );
  }

  const waitlistSize = expected.people - expected.capacity;
  const failures: string[] = [];
  if (confirmed > expected.capacity) {
    failures.push(
      `capacity exceeded: ${confirmed} confirmed for ${expected.capacity} places`,
    );
  }
  if (errors.length > 0) {
    failures.push(`${errors.length} bookings did not answer 201`);
  }
  if (confirmed !== expected.capacity || waitlisted !== waitlistSize) {
    failures.push(
      `responses: ${confirmed} confirmed / ${waitlisted} waitlisted, expected ${expected.capacity} / ${waitlistSize}`,
    );
  }
  const positions = results
    .flatMap((result) =>
      result.status === 'waitlisted' ? [result.waitlistPosition ?? 0] : [],
    )
    .sort((a, b) => a - b);
  if (!isGapless(positions, waitlistSize)) {
    failures.push(
      `waitlist positions in the responses are not 1..${waitlistSize} without gaps or repeats`,
    );
  }
  return failures;
}

function sortedLatencies(outcomes: Outcome[]): number[] {
  return outcomes
    .map((outcome) => outcome.ms)
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
}
