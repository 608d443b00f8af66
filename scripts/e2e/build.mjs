// Bundles the extension-host suites (test/e2e/suite/*.ts) into test/e2e/out/suite/*.js, one file per entry, with
// `vscode` (the extension host's) and `mocha` (the project's) left as requires.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './env.mjs';

export const SUITE_OUT = join(ROOT, 'test', 'e2e', 'out', 'suite');

export async function buildSuites() {
  const source = join(ROOT, 'test', 'e2e', 'suite');
  rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = readdirSync(source)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(source, name));
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await buildSuites());
}
