// `terraform fmt` in our own code: the file as Terraform would format it, or undefined when it has syntax errors
// (terraform fmt refuses those too). Our lexer and parser, hclwrite's whitespace rules, terraform's own rewrites.

import { parse, type Body } from '../hcl';
import { formatTokens } from './formatTokens';
import { layout } from './layout';
import { applyTerraformStyle } from './terraformStyle';

export function formatTerraform(text: string): string | undefined {
  const { body, errors } = parse(text);
  if (errors.length > 0 || redefinesAttribute(body)) return undefined;
  const tokens = formatTokens(text);
  const styled = applyTerraformStyle(body, tokens);
  layout(styled);
  let out = ''; // a byte-order mark is dropped, as terraform fmt drops it
  for (const token of styled) out += ' '.repeat(token.spaces) + token.text;
  return out;
}

/** hclsyntax's "Attribute redefined" (our parser leaves it to the analysis), which terraform fmt refuses too. */
function redefinesAttribute(body: Body): boolean {
  const names = new Set<string>();
  for (const item of body.items) {
    if (item.kind === 'Attribute') {
      if (names.has(item.name.name)) return true;
      names.add(item.name.name);
    } else if (item.kind === 'Block' && redefinesAttribute(item.body)) {
      return true;
    }
  }
  return false;
}
