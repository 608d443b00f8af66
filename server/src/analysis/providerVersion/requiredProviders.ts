import type { Expression, ObjectExpr } from '../../hcl';
import type { ParsedFile } from '../parsedFile';
import { AWS_PROVIDER_ADDRESS, literalString } from './lockFile';

// The AWS provider's version constraint in `terraform { required_providers { … } }` blocks of a module's files:
// `aws = { source = "hashicorp/aws", version = "~> 5.0" }`, or the older `aws = "~> 5.0"`. The local name does not
// matter, the source does; a local name `aws` without a source means hashicorp/aws, as in Terraform.

export interface WrittenConstraint {
  /** As written, e.g. `~> 5.0`. */
  text: string;
  file: ParsedFile;
}

function isAwsSource(source: string): boolean {
  const normal = source.trim().toLowerCase();
  return normal === 'hashicorp/aws' || normal === AWS_PROVIDER_ADDRESS;
}

function keyName(key: Expression): string | undefined {
  return key.kind === 'Variable' ? key.name : literalString(key);
}

function entry(object: ObjectExpr, name: string): Expression | undefined {
  return object.items.find((item) => keyName(item.key) === name)?.value;
}

/** Every constraint on the AWS provider written as a literal in these files (Terraform applies them all). */
export function awsConstraints(files: readonly ParsedFile[]): WrittenConstraint[] {
  const constraints: WrittenConstraint[] = [];
  for (const file of files) {
    // Only resource blocks' nodes may lag (ParsedFile.topLevel).
    for (const terraform of file.topLevel.body.items) {
      if (terraform.kind !== 'Block' || terraform.type.name !== 'terraform') continue;
      for (const required of terraform.body.items) {
        if (required.kind !== 'Block' || required.type.name !== 'required_providers') continue;
        for (const provider of required.body.items) {
          if (provider.kind !== 'Attribute') continue;
          const text = awsConstraint(provider.name.name, provider.value);
          if (text !== undefined) constraints.push({ text, file });
        }
      }
    }
  }
  return constraints;
}

/** The version constraint of one `required_providers` entry, when it is the AWS provider's and written as a literal. */
function awsConstraint(localName: string, value: Expression): string | undefined {
  if (value.kind !== 'Object') return localName === 'aws' ? literalString(value) : undefined;
  const source = entry(value, 'source');
  const sourceText = source ? literalString(source) : localName === 'aws' ? 'hashicorp/aws' : undefined;
  if (sourceText === undefined || !isAwsSource(sourceText)) return undefined;
  return literalString(entry(value, 'version'));
}
