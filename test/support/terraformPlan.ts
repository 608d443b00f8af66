// `terraform plan` of one root module, offline, as an oracle for what Terraform accepts once values are known:
// variables' defaults and .tfvars, null arguments, conditionals. The provider gets static fake credentials, skips
// every account and region lookup, and any API endpoint it might call is 127.0.0.1 (port 9, discard): nothing leaves
// the machine. `-refresh=false` on a module of new resources makes no call at all.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mirrorConfig, ORACLE_AWS_VERSION, run, type Oracle } from './terraformOracle';

const PROVIDER = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "${ORACLE_AWS_VERSION}" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "not-a-secret"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  endpoints {
    sagemaker = "http://127.0.0.1:9"
    sts       = "http://127.0.0.1:9"
    iam       = "http://127.0.0.1:9"
    kms       = "http://127.0.0.1:9"
  }
}
`;

export interface PlanDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number } };
}

/** Plans `folder` (its .tf and .tfvars files, as a root module) and returns terraform's diagnostics, or init's output when init failed. */
export async function planModule(oracle: Oracle, folder: string): Promise<{ diagnostics: PlanDiagnostic[]; planned: boolean; init?: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'sm-plan-'));
  try {
    const config = join(scratch, 'cli.tfrc');
    writeFileSync(config, mirrorConfig(oracle));
    const work = join(scratch, 'root');
    cpSync(folder, work, { recursive: true, filter: (src) => !src.endsWith('.terraform.lock.hcl') });
    writeFileSync(join(work, 'oracle_provider.tf'), PROVIDER);
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: config,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      TF_PLUGIN_CACHE_DIR: '',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PROFILE: '',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    };
    const init = await run(oracle.terraform, ['init', '-input=false', '-no-color'], work, env);
    if (init.status !== 0) return { diagnostics: [], planned: false, init: `${init.stdout}\n${init.stderr}` };
    const plan = await run(oracle.terraform, ['plan', '-input=false', '-refresh=false', '-lock=false', '-no-color', '-json'], work, env);
    const diagnostics: PlanDiagnostic[] = [];
    let planned = false;
    for (const line of plan.stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const message = JSON.parse(line) as { type: string; diagnostic?: PlanDiagnostic };
      if (message.type === 'diagnostic' && message.diagnostic) diagnostics.push(message.diagnostic);
      if (message.type === 'change_summary') planned = true;
    }
    return { diagnostics, planned };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
