import type { ValueTransformer } from 'typeorm';

/** Money is stored as bigint pence; values are capped at MAX_PENCE, so they are exact JavaScript integers. */
export const penceTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
};
