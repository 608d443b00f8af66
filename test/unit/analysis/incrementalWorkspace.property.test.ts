// Editing a document costs what the edit touches: its parse and its blocks' findings are reused from the version
// before (hcl/incremental.ts, diagnostics/blockFindings.ts). This checks that what is published is exactly what a
// from-scratch analysis gives: every fixture module, a document edited by random edits (typed characters, pasted
// blocks, deletions) one version after another in one long-lived workspace, against a fresh workspace at each step.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { URI } from 'vscode-uri';
import { Workspace, type FileSystem } from '../../../server/src/analysis/workspace';
import { fuzzParameters } from '../../support/fuzz';

const FIXTURES = join(__dirname, '../../fixtures');

interface Module {
  name: string;
  files: Map<string, string>; // path → text
}

function modules(): Module[] {
  return ['valid', 'invalid'].flatMap((kind) =>
    readdirSync(join(FIXTURES, kind))
      .map((name) => join(FIXTURES, kind, name))
      .filter((path) => statSync(path).isDirectory())
      .sort()
      .map((dir) => ({
        name: dir.slice(FIXTURES.length + 1),
        files: new Map(readdirSync(dir).filter((f) => f.endsWith('.tf') || f.endsWith('.tfvars')).map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')])),
      }))
      .filter((m) => [...m.files.keys()].some((f) => f.endsWith('.tf'))),
  );
}

/** The module's files from memory, as the editor's disk. */
function memory(files: Map<string, string>): FileSystem {
  return {
    listTfFiles: (dir) => [...files.keys()].filter((p) => p.startsWith(`${dir}/`) && p.endsWith('.tf')).sort(),
    listVariableFiles: (dir) => [...files.keys()].filter((p) => p.startsWith(`${dir}/`) && p.endsWith('.tfvars')),
    readFile: (path) => files.get(path),
  };
}

/** Everything a client sees of a module's diagnostics, positions included. */
function published(workspace: Workspace, moduleUri: string): unknown {
  return [...workspace.diagnose(moduleUri).entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([uri, { file, findings }]) => ({
      uri,
      findings: findings.map((f) => ({
        range: file.range(f.span),
        code: f.code,
        severity: f.severity,
        message: f.message,
        docs: f.docs,
        fixes: (f.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ newText: e.newText, range: (e.file ? e.file : file).range(e.span), uri: e.file?.uri })) })),
        related: (f.related ?? []).map((r) => ({ uri: r.file.uri, range: r.file.range(r.span), message: r.message })),
      })),
    }));
}

const SNIPPETS = [
  'x', '"', '{', '}', '\n', ' ', '#', '=', '1', 'ml.', '${var.x}', '<<EOT\nhi\nEOT\n',
  '\nresource "aws_sagemaker_endpoint" "typed" {\n  name = "typed-1"\n  endpoint_config_name = "c"\n}\n',
  '\n  production_variants {\n    variant_name = "v"\n    instance_type = "ml.m5.large"\n  }\n',
  '\nvariable "n" {\n  default = 2\n}\n', '\nlocals {\n  size = 4\n}\n', '  volume_size_in_gb = 9999\n',
];
const edit = fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.constantFrom(0, 0, 0, 1, 5, 30), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')) });

describe('incremental analysis equals analysis from scratch', () => {
  const all = modules();

  test('random edits of a document of each fixture module, one version after another', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), (module, pick, edits) => {
        const files = new Map(module.files);
        const paths = [...files.keys()].filter((p) => p.endsWith('.tf'));
        const path = paths[pick % paths.length]!;
        const uri = URI.file(path).toString();
        const moduleUri = Workspace.moduleOf(uri);
        const live = new Workspace(memory(files));
        let text = files.get(path)!;
        live.openDocument(uri, text, 1);
        published(live, moduleUri);
        edits.forEach((e, i) => {
          const p = e.at % (text.length + 1);
          text = text.slice(0, p) + e.insert + text.slice(p + e.remove);
          live.openDocument(uri, text, i + 2);
          const fresh = new Workspace(memory(files));
          fresh.openDocument(uri, text, i + 2);
          assert.deepEqual(published(live, moduleUri), published(fresh, moduleUri), `${module.name}, ${path.split('/').pop()} after edit ${i + 1}`);
        });
      }),
      fuzzParameters(16018, 120),
    );
  });

  test('typing a new block into a large file, one character per version', () => {
    const dir = join(FIXTURES, 'valid', 'typed-large');
    const path = join(dir, 'main.tf');
    const blocks: string[] = [];
    for (let i = 0; i < 40; i++) blocks.push(`resource "aws_sagemaker_endpoint_configuration" "c${i}" {\n  name = "c-${i}"\n  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = ${i % 5}\n  }\n}\n`);
    let text = blocks.join('\n');
    const files = new Map([[path, text]]);
    const uri = URI.file(path).toString();
    const live = new Workspace(memory(files));
    live.openDocument(uri, text, 1);
    published(live, Workspace.moduleOf(uri));
    const typed = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-bad"\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c3.name\n}\n';
    const at = text.indexOf('resource "aws_sagemaker_endpoint_configuration" "c20"');
    for (let i = 0; i < typed.length; i++) {
      text = text.slice(0, at + i) + typed[i] + text.slice(at + i);
      live.openDocument(uri, text, i + 2);
      const fresh = new Workspace(memory(files));
      fresh.openDocument(uri, text, i + 2);
      assert.deepEqual(published(live, Workspace.moduleOf(uri)), published(fresh, Workspace.moduleOf(uri)), `after typing ${JSON.stringify(typed.slice(0, i + 1))}`);
    }
  });
});

test('an edit in one module leaves every other module as it was analysed (its diagnosis is not worked out again)', () => {
  const files = new Map([
    ['/repo/a/main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-a"\n  endpoint_config_name = "c"\n}\n'],
    ['/repo/b/main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-b"\n  endpoint_config_name = "c"\n}\n'],
  ]);
  const workspace = new Workspace(memory(files));
  const a = URI.file('/repo/a/main.tf').toString();
  const b = Workspace.moduleOf(URI.file('/repo/b/main.tf').toString());
  workspace.openDocument(a, files.get('/repo/a/main.tf')!, 1);
  workspace.diagnose(Workspace.moduleOf(a));
  const before = workspace.diagnose(b);
  for (let v = 2; v < 5; v++) {
    workspace.openDocument(a, files.get('/repo/a/main.tf')!.replace('"c"', `"c${v}"`), v);
    workspace.diagnose(Workspace.moduleOf(a));
  }
  assert.equal(workspace.diagnose(b), before, 'the same result, not a new analysis');
});
