// The workload `npm run bench:ab` runs for each of two builds in one process (bench/ab.mjs): a 26,000-line document
// in a workspace of its own, typed into one character at a time (`edit`), or unseen documents diagnosed in full
// (`full`); each diagnosis goes as far as the JSON of its publication. Bundled from each tree, so it imports its own.
import { performance } from 'node:perf_hooks';
import { toDiagnostic } from '../server/src/analysis/diagnostics';
import { Workspace, type FileSystem } from '../server/src/analysis/workspace';

const NOTHING_ON_DISK: FileSystem = { listTfFiles: () => [], listVariableFiles: () => [], readFile: () => undefined };

/** `n` configuration and endpoint pairs, as bench/run.mjs writes them. */
export function document(n: number, salt = ''): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      `resource "aws_sagemaker_endpoint_configuration" "c${salt}${i}" {`,
      `  name        = "cfg-${salt}${i}"`,
      '  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
      '  production_variants {',
      '    variant_name           = "v1"',
      `    model_name             = "model-${salt}${i}"`,
      '    instance_type          = "ml.m5.large"',
      '    initial_instance_count = 1',
      '  }',
      '}',
      `resource "aws_sagemaker_endpoint" "e${salt}${i}" {`,
      `  endpoint_config_name = aws_sagemaker_endpoint_configuration.c${salt}${i}.name`,
      '}',
    );
  }
  return out.join('\n') + '\n';
}

const PAIRS = 2000; // 26,000 lines

export function setup(name: string): { edit(): number; full(k: number): number } {
  const workspace = new Workspace(NOTHING_ON_DISK);
  const diagnose = (uri: string) => {
    for (const [u, { file, findings }] of workspace.diagnose(Workspace.moduleOf(uri))) {
      JSON.stringify({ uri: u, diagnostics: findings.map((f) => toDiagnostic(file, f, false)) });
    }
  };
  const uri = `file:///ab/${name}/main.tf`;
  let text = document(PAIRS);
  let version = 1;
  workspace.openDocument(uri, text, version);
  diagnose(uri);
  let at = text.indexOf('"model-', text.length >> 1) + 2;
  return {
    edit() {
      text = text.slice(0, at) + 'x' + text.slice(at);
      at++;
      const t0 = performance.now();
      workspace.openDocument(uri, text, ++version);
      diagnose(uri);
      return performance.now() - t0;
    },
    full(k) {
      const other = `file:///ab/${name}/full${k}/main.tf`;
      const t0 = performance.now();
      workspace.openDocument(other, document(PAIRS, `k${k}_`), 1);
      diagnose(other);
      const ms = performance.now() - t0;
      workspace.closeDocument(other);
      diagnose(other);
      return ms;
    },
  };
}
