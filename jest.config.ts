import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
  // Jest applies the top-level value to every project in a multi-project run;
  // integration tests start PostgreSQL and the api.
  testTimeout: 30_000,
});
