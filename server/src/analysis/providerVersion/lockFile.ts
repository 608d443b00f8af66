import { parse, type Expression } from '../../hcl';
import { parseVersion, type Version } from '../../schema/version';
import { evaluate } from '../evaluation/evaluate';
import { ModuleScope } from '../evaluation/scope';
import { attribute } from '../tree/blocks';

// `.terraform.lock.hcl`, which `terraform init` writes into the module folder: the provider version it selected,
// read with our own HCL parser. Terraform uses exactly this version until the next `init -upgrade`.

export const LOCK_FILE_NAME = '.terraform.lock.hcl';

export const AWS_PROVIDER_ADDRESS = 'registry.terraform.io/hashicorp/aws';

export function literalString(expression: Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const value = evaluate(expression, ModuleScope.EMPTY);
  return value.kind === 'string' ? value.value : undefined;
}

/** The AWS provider version the lock file selected; undefined when it names none (or not a full version). */
export function lockedAwsVersion(text: string): Version | undefined {
  for (const item of parse(text).body.items) {
    if (item.kind !== 'Block' || item.type.name !== 'provider' || item.labels[0]?.value !== AWS_PROVIDER_ADDRESS) continue;
    const written = literalString(attribute(item, 'version')?.value);
    const parsed = written === undefined ? undefined : parseVersion(written);
    return parsed && parsed.parts === 3 ? parsed.version : undefined;
  }
  return undefined;
}
