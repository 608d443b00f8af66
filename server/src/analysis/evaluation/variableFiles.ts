import type { Range } from 'vscode-languageserver-types';
import { parse, parseExpressionDocument, type Expression, type Span } from '../../hcl';
import { LineIndex } from '../lineIndex';
import type { SourceFile } from './value';

// Variable definitions files: `terraform.tfvars`, `terraform.tfvars.json` and `*.auto.tfvars[.json]`, which Terraform
// loads in a root module's folder on every plan. Their values override the variables' defaults.

/** Whether Terraform loads a file of this name by itself, and where it stands in its order (later wins). */
export function variableFileRank(name: string): number | undefined {
  if (name === 'terraform.tfvars') return 0;
  if (name === 'terraform.tfvars.json') return 1;
  if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) return 2;
  return undefined;
}

/** Terraform's load order: terraform.tfvars, terraform.tfvars.json, then the *.auto.tfvars files by name. */
export function compareVariableFiles(a: string, b: string): number {
  const ra = variableFileRank(a) ?? 3;
  const rb = variableFileRank(b) ?? 3;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

export class VariableFile implements SourceFile {
  private readonly lines: LineIndex;
  /** The value of each variable the file sets, as written (the last one of a name stands). */
  readonly values = new Map<string, Expression>();

  constructor(
    readonly uri: string,
    /** The file's name (for messages and its place in the load order). */
    readonly name: string,
    readonly text: string,
    readonly version = 0,
  ) {
    this.lines = new LineIndex(text);
    if (name.endsWith('.json')) {
      const { expression } = parseExpressionDocument(text);
      if (expression.kind !== 'Object') return;
      for (const item of expression.items) {
        // JSON keys are strings: a key with `${` in it is not a variable name anyway.
        const key = item.key.kind === 'Template' && item.key.parts.length === 1 && item.key.parts[0].kind === 'TemplateLiteral' ? item.key.parts[0].value : undefined;
        if (key !== undefined && item.value.kind !== 'Invalid') this.values.set(key, item.value);
      }
      return;
    }
    for (const item of parse(text).body.items) {
      if (item.kind === 'Attribute' && item.equals !== undefined && item.value.kind !== 'Invalid') this.values.set(item.name.name, item.value);
    }
  }

  range(span: Span): Range {
    return { start: this.lines.positionAt(span.start), end: this.lines.positionAt(span.end) };
  }
}
