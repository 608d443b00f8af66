// The real `terraform` with the AWS provider 5.100.0 from a local filesystem mirror, as an oracle: several modules are
// copied into one temporary root module as child modules, so one `terraform init` (offline, from the mirror) and one
// `terraform validate -json` judge them all. Nothing is downloaded; without terraform or the mirror, `findOracle`
// says why, and the caller skips.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const ORACLE_AWS_VERSION = '5.100.0';

const PLATFORM = `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;

/** Terraform's implied local mirror folders, plus TF_ORACLE_MIRROR and the folder this image uses. */
function mirrorCandidates(): string[] {
  return [
    process.env.TF_ORACLE_MIRROR,
    '/opt/tf-plugins',
    join(homedir(), '.terraform.d', 'plugins'),
    '/usr/local/share/terraform/plugins',
    '/usr/share/terraform/plugins',
  ].filter((p): p is string => !!p);
}

function hasProvider(mirror: string): boolean {
  const folder = join(mirror, 'registry.terraform.io', 'hashicorp', 'aws', ORACLE_AWS_VERSION, PLATFORM);
  try {
    return readdirSync(folder).some((name) => name.startsWith('terraform-provider-aws'));
  } catch {
    return false;
  }
}

export interface Oracle {
  terraform: string;
  mirror: string;
  version: string;
}

/** The oracle, or the reason it cannot run here. */
export function findOracle(env: NodeJS.ProcessEnv = process.env): Oracle | string {
  const run = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', timeout: 30_000, env: { ...env, TF_CLI_CONFIG_FILE: '/dev/null' } });
  if (run.status !== 0) return 'terraform is not on PATH (the oracle needs terraform 1.x)';
  const version = (JSON.parse(run.stdout) as { terraform_version: string }).terraform_version;
  const mirror = mirrorCandidates().find(hasProvider);
  if (!mirror) return `no local mirror holds hashicorp/aws ${ORACLE_AWS_VERSION} for ${PLATFORM} (looked in ${mirrorCandidates().join(', ')}; set TF_ORACLE_MIRROR)`;
  return { terraform: 'terraform', mirror, version };
}

export interface ValidateDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  /** `<module>/<file>` relative to the root module, and a 1-based line. */
  range?: { filename: string; start: { line: number } };
}

/** A block of `terraform providers schema -json`. */
export interface ProviderBlock {
  attributes?: Record<string, { required?: boolean; optional?: boolean; computed?: boolean }>;
  block_types?: Record<string, { min_items?: number; max_items?: number; block: ProviderBlock }>;
}

/** A CLI configuration that installs hashicorp/aws from the local mirror only. */
export function mirrorConfig(oracle: Oracle): string {
  return `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(oracle.mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`;
}

/** Runs a command to its end, its output collected (schemas are megabytes). */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Validates each module (a folder of `.tf` files, copied without its lock file) as a child module `module "<name>"`
 * of one root, with hashicorp/aws 5.100.0 from the mirror; `root`, if given, is the root module itself (for what only
 * a root may hold, such as `import` blocks; its diagnostics' file names have no folder). Returns terraform's
 * diagnostics and the provider's schemas of `resourceTypes` (both worked out at once, after one init), or init's
 * output when init failed.
 */
export async function validateModules(
  oracle: Oracle,
  modules: ReadonlyMap<string, string>,
  root: string | undefined,
  resourceTypes: readonly string[],
): Promise<{ diagnostics: ValidateDiagnostic[]; schemas: Record<string, ProviderBlock>; init?: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'sm-oracle-'));
  try {
    const config = join(scratch, 'cli.tfrc');
    writeFileSync(config, mirrorConfig(oracle));
    const work = join(scratch, 'root');
    const noLock = (src: string) => !src.endsWith('.terraform.lock.hcl');
    if (root) cpSync(root, work, { recursive: true, filter: noLock });
    const calls: string[] = [`terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${ORACLE_AWS_VERSION}" }\n  }\n}\n`];
    for (const [name, folder] of modules) {
      cpSync(folder, join(work, name), { recursive: true, filter: noLock });
      calls.push(`module "${name}" {\n  source = "./${name}"\n}\n`);
    }
    writeFileSync(join(work, 'oracle_modules.tf'), calls.join('\n'));
    const env = { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_PLUGIN_CACHE_DIR: '' };
    const init = await run(oracle.terraform, ['init', '-input=false', '-backend=false', '-no-color'], work, env);
    if (init.status !== 0) return { diagnostics: [], schemas: {}, init: `${init.stdout}\n${init.stderr}` };
    const [validate, schema] = await Promise.all([
      run(oracle.terraform, ['validate', '-json', '-no-color'], work, env),
      run(oracle.terraform, ['providers', 'schema', '-json'], work, env),
    ]);
    const parsed = JSON.parse(validate.stdout) as { diagnostics?: ValidateDiagnostic[] };
    const all = (JSON.parse(schema.stdout) as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: ProviderBlock }> }> })
      .provider_schemas['registry.terraform.io/hashicorp/aws'].resource_schemas;
    const schemas = Object.fromEntries(resourceTypes.map((type) => [type, all[type]?.block ?? {}]));
    return { diagnostics: parsed.diagnostics ?? [], schemas };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const moduleName = (label: string) => label.replace(/[^A-Za-z0-9_-]/g, '_');
