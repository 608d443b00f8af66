// In-process breakdown of full diagnostics for one document, run by bench/run.mjs (bundled by esbuild like the
// server): where the time of "open -> diagnostics" goes before any LSP transport. Prints one JSON object.
import { performance } from 'node:perf_hooks';
import { fileFindings, FindingList, moduleFindings, toDiagnostic } from '../server/src/analysis/diagnostics';
import { checkResource } from '../server/src/analysis/diagnostics/structure';
import { ModuleScope } from '../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../server/src/analysis/parsedFile';
import { runFileRules } from '../server/src/analysis/rules';

const [textFile, repsArg] = process.argv.slice(2);
const base: string = require('node:fs').readFileSync(textFile, 'utf8');
const reps = Number(repsArg ?? 10);
const times: Record<string, number[]> = {};
const time = <T>(phase: string, work: () => T): T => {
  const t0 = performance.now();
  const result = work();
  (times[phase] ??= []).push(performance.now() - t0);
  return result;
};

for (let r = 0; r < reps + 2; r++) {
  // A text never seen before (a trailing comment differs), so nothing is reused between repetitions.
  const file = new ParsedFile(`file:///bench/${r}/main.tf`, `${base}# ${r}\n`, 1);
  time('parse', () => file.resources);
  const scope = time('module scope', () => ModuleScope.of([file]));
  const findings = new FindingList();
  time('schema checks', () => file.resources.forEach((resource) => checkResource(resource, scope, findings)));
  time('file rules', () => runFileRules(file, scope, { kmsHint: true }));
  time('module rules', () => moduleFindings([file], scope));
  const all = [...fileFindings(file, scope), ...(moduleFindings([file], scope).get(file.uri) ?? [])];
  const diagnostics = time('to LSP diagnostics', () => all.map((f) => toDiagnostic(file, f)));
  time('JSON of the publication', () => JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: file.uri, version: 1, diagnostics } }));
}
const median = (a: number[]) => {
  const s = a.slice(2).sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))));
