// The real terraform with the real AWS provider 5.100.0 (a local mirror, offline) agrees with what the server says
// under 5.100.0, both ways:
// - every valid fixture module the server finds no error in when locked at 5.100.0 passes `terraform validate` (the
//   versions on our schema never call "missing" what 5.100.0 has… and never let through what it rejects, see next);
// - in invalid/not-in-provider-version-lock-5-100, terraform rejects exactly the lines the server reports
//   (`region`, `execution_role_arn`, `capacity_reservation_config`, the missing `model_name`);
// - every path of our schema exists in the provider's own 5.100.0 schema (`terraform providers schema -json`) exactly
//   when its `since` says so, and is required there exactly when ours is under 5.100.0 (`requiredBefore`).
// Modules whose constraints exclude 5.100.0 (`~> 6.0`) are left out: terraform init could not select it; so are
// modules with variables that have no default (a child module call would need values for them).
// Skips, saying why, where terraform or the mirror is missing; never the only check (the fixture tests stand alone).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { URI } from 'vscode-uri';
import { providerVersionInUse } from '../../server/src/analysis/providerVersion/inUse';
import { exactly, intersect, isEmptySet } from '../../server/src/analysis/providerVersion/versionSet';
import { Workspace } from '../../server/src/analysis/workspace';
import { NodeFileSystem } from '../../server/src/nodeFileSystem';
import { version } from '../../server/src/schema/version';
import { findOracle, moduleName, ORACLE_AWS_VERSION, validateModules, type ProviderBlock } from '../support/terraformOracle';
import { predates } from '../../server/src/analysis/providerVersion/inUse';
import { RESOURCE_SCHEMAS, sinceOf } from '../../server/src/schema';
import { flatten } from '../unit/schema/walk';

const FIXTURES = join(__dirname, '../fixtures');
const IN_USE = exactly(version(ORACLE_AWS_VERSION));

/**
 * Every path of our schema against the provider's own schema (`terraform providers schema -json`): it exists there
 * exactly when our versions say 5.100.0 has it, and is required there exactly when ours say it is under 5.100.0.
 */
function versionMismatches(schemas: Record<string, ProviderBlock>): string[] {
  const out: string[] = [];
  const inUse = { kind: 'lock' as const, allowed: IN_USE, text: ORACLE_AWS_VERSION, uri: '', key: '' };
  for (const resource of RESOURCE_SCHEMAS) {
    for (const entry of flatten(resource.body, { skipMeta: true })) {
      let theirs: ProviderBlock | undefined = schemas[resource.type];
      const names = entry.path.split('.');
      for (const name of names.slice(0, -1)) theirs = theirs?.block_types?.[name]?.block;
      const last = names[names.length - 1];
      const attribute = entry.kind === 'attribute' ? theirs?.attributes?.[last] : undefined;
      const block = entry.kind === 'block' ? theirs?.block_types?.[last] : undefined;
      const has = !!(attribute ?? block);
      const ours = !predates(inUse, sinceOf(entry.schema));
      const where = `${resource.type}.${entry.path}`;
      if (has !== ours) out.push(`${where}: ${ORACLE_AWS_VERSION} ${has ? 'has' : 'lacks'} it, our since is ${sinceOf(entry.schema)}`);
      if (!has || !ours) continue;
      const formerly = predates(inUse, entry.schema.requiredBefore);
      const required = entry.kind === 'attribute' ? (entry.schema as { required: boolean }).required || formerly : (entry.schema as { minItems: number }).minItems > 0 || formerly;
      const theirsRequired = attribute ? attribute.required === true : (block?.min_items ?? 0) > 0;
      if (required !== theirsRequired) out.push(`${where}: required in ${ORACLE_AWS_VERSION}: provider ${theirsRequired}, ours ${required}`);
    }
  }
  return out;
}
const REJECTED = 'invalid/not-in-provider-version-lock-5-100';

const folders = (kind: string) =>
  readdirSync(join(FIXTURES, kind))
    .map((name) => join(FIXTURES, kind, name))
    .filter((path) => statSync(path).isDirectory());

/** The server's error lines (1-based, per file name) for a copy of the module locked at 5.100.0. */
function serverErrors(folder: string, scratch: string): { errors: Map<string, Set<number>>; allows: boolean; rootOnly: boolean; needsInput: boolean } {
  const copy = join(scratch, moduleName(relative(FIXTURES, folder)));
  cpSync(folder, copy, { recursive: true, filter: (src) => !src.endsWith('.terraform.lock.hcl') });
  const workspace = new Workspace(new NodeFileSystem());
  const moduleUri = URI.file(copy).toString();
  // Whether the module's own constraints let terraform select 5.100.0 at all.
  const files = workspace.moduleFiles(moduleUri);
  const constraint = providerVersionInUse(undefined, files);
  // `import` blocks are only allowed in a root module.
  const rootOnly = files.some((f) => f.syntax.body.items.some((i) => i.kind === 'Block' && i.type.name === 'import'));
  const allows = !constraint || !isEmptySet(intersect(constraint.allowed, exactly(version(ORACLE_AWS_VERSION))));
  writeFileSync(join(copy, '.terraform.lock.hcl'), `provider "registry.terraform.io/hashicorp/aws" {\n  version = "${ORACLE_AWS_VERSION}"\n}\n`);
  const errors = new Map<string, Set<number>>();
  for (const { file, findings } of workspace.diagnose(moduleUri).values()) {
    const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
    for (const f of findings) if (f.severity === 'error') errors.set(name, (errors.get(name) ?? new Set()).add(file.positionAt(f.span.start).line + 1));
  }
  // A variable without a default makes the module call fail before terraform looks at the resources.
  const needsInput = files.some((f) => f.declarations.variables.some((v) => !v.default));
  return { errors, allows, rootOnly, needsInput };
}

test(`terraform validate with the AWS provider ${ORACLE_AWS_VERSION} agrees with the server's judgement under ${ORACLE_AWS_VERSION}`, async (t) => {
  const oracle = findOracle();
  if (typeof oracle === 'string') {
    t.skip(`oracle not available: ${oracle}`);
    return;
  }
  t.diagnostic(`terraform ${oracle.version}, hashicorp/aws ${ORACLE_AWS_VERSION} from ${oracle.mirror}`);
  const scratch = mkdtempSync(join(tmpdir(), 'sm-oracle-server-'));
  try {
    const modules = new Map<string, string>();
    let root: { name: string; folder: string } | undefined;
    const expected = new Map<string, Map<string, Set<number>>>();
    for (const folder of [...folders('valid'), join(FIXTURES, REJECTED)]) {
      const label = relative(FIXTURES, folder);
      const { errors, allows, rootOnly, needsInput } = serverErrors(folder, scratch);
      if (!allows || needsInput || (rootOnly && root)) continue;
      // Valid modules the server rejects under 5.100.0 (v6-only arguments) are not claimed to validate.
      if (label !== REJECTED && errors.size > 0) continue;
      if (rootOnly) root = { name: moduleName(label), folder };
      else modules.set(moduleName(label), folder);
      expected.set(moduleName(label), errors);
    }
    assert.ok(modules.size >= 10, `enough modules to say something (${modules.size})`);
    t.diagnostic(`${expected.size} modules validated in one root module`);
    const { diagnostics, schemas, init } = await validateModules(oracle, modules, root?.folder, RESOURCE_SCHEMAS.map((r) => r.type));
    assert.equal(init, undefined, `terraform init failed:\n${init}`);
    assert.deepEqual(versionMismatches(schemas), [], `the schema's versions against the ${ORACLE_AWS_VERSION} provider's own schema`);
    const actual = new Map<string, Map<string, Set<number>>>();
    const other: string[] = [];
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const parts = d.range?.filename.split('/') ?? [];
      const [module, file] = parts.length === 1 ? [root?.name, parts[0]] : parts;
      if (!module || !file || !expected.has(module)) {
        other.push(`${d.range?.filename ?? '?'}: ${d.summary}: ${d.detail ?? ''}`);
        continue;
      }
      const files = actual.get(module) ?? new Map<string, Set<number>>();
      files.set(file, (files.get(file) ?? new Set()).add(d.range!.start.line));
      actual.set(module, files);
    }
    assert.deepEqual(other, [], 'terraform errors outside the modules');
    const show = (m: Map<string, Map<string, Set<number>>>) =>
      Object.fromEntries([...m].filter(([, files]) => files.size).map(([module, files]) => [module, Object.fromEntries([...files].map(([f, lines]) => [f, [...lines].sort((a, b) => a - b)]))]));
    const said = diagnostics.map((d) => `${d.range?.filename}:${d.range?.start.line} ${d.summary}: ${d.detail ?? ''}`).join('\n');
    assert.deepEqual(show(actual), show(expected), `terraform's error lines (+) against the server's (-); terraform said:\n${said}`);
    assert.ok(expected.get(moduleName(REJECTED))!.size > 0, 'the rejected module has errors to agree on');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('without terraform on PATH the oracle says why instead of failing', () => {
  const reason = findOracle({ ...process.env, PATH: '/nonexistent' });
  assert.equal(typeof reason, 'string');
  assert.match(reason as string, /terraform is not on PATH/);
});
