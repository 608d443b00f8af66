import type { Parameters } from 'fast-check';

// How hard the property-based fuzz tests push. `npm test` runs the short version (fixed seed, small counts);
// `npm run fuzz` sets SAGEMAKER_FUZZ=long for many more runs, each property bounded in time. A failure prints its
// seed and path; SAGEMAKER_FUZZ_SEED replays a run.

const long = process.env.SAGEMAKER_FUZZ === 'long';
const seedOverride = process.env.SAGEMAKER_FUZZ_SEED ? Number(process.env.SAGEMAKER_FUZZ_SEED) : undefined;

/** fast-check parameters: `runs` in the short version, `runs * longFactor` (at most `longSeconds`) in the long one. */
export function fuzzParameters<T>(seed: number, runs: number, longFactor = 50, longSeconds = 240): Parameters<T> {
  if (!long) return { seed: seedOverride ?? seed, numRuns: runs };
  return {
    seed: seedOverride ?? seed,
    numRuns: runs * longFactor,
    interruptAfterTimeLimit: longSeconds * 1000,
    markInterruptAsFailure: false,
  };
}

export const isLongFuzz = long;
