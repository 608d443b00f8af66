// npm run fuzz: the long version of the property-based fuzz tests that `npm test` runs briefly (same properties,
// same seeds, many more runs, each property bounded in time), and the hostile inputs at larger sizes.
// SAGEMAKER_FUZZ_SEED=<n> replays another seed.
import { spawnSync } from 'node:child_process';

const suites = [
  'test/lsp/robustness.test.ts',
  'test/lsp/hostileInputs.test.ts',
  'test/lsp/prototypeNames.test.ts',
  'test/unit/hcl/parser.property.test.ts',
  'test/unit/analysis/lineIndex.test.ts',
  'test/unit/hcl/incremental.property.test.ts',
  'test/unit/analysis/incrementalWorkspace.property.test.ts',
];
const bundle = spawnSync('npm', ['run', 'bundle'], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
const result = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...suites], {
  stdio: 'inherit',
  env: { ...process.env, SAGEMAKER_FUZZ: 'long' },
});
process.exit(result.status ?? 1);
