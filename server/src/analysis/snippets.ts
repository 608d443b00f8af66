import type { AttributeSchema, BlockSchema, BodySchema } from '../schema/types';
import { behaviourOf, choicesOf, hasLongList } from './constraints';

// Snippets with tab stops for arguments, blocks and whole resources, used by completion and by quick fixes alike.
// A block's snippet holds its required children, recursively, so inserting `production_variants` or a resource
// yields something that validates.

export class TabStops {
  constructor(private next = 1) {}
  take(): number {
    return this.next++;
  }
}

export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Inside a choice list, `,` and `|` separate and close the choices. */
function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, (c) => `\\${c}`);
}

/** The value part of `name = …` as a snippet. */
export function valueSnippet(attribute: AttributeSchema, stops: TabStops): string {
  const n = stops.take();
  const c = attribute.constraint;
  const choices = c && choicesOf(c);
  if (choices) {
    const list = `\${${n}|${choices.map((v) => escapeChoice(v.value)).join(',')}|}`;
    const one = choices[0].quoted ? `"${list}"` : list;
    return attribute.type === 'set(string)' || attribute.type === 'list(string)' ? `[${one}]` : one;
  }
  // Long value lists stay empty so the suggest list opened after insertion shows every value.
  const example = c && !hasLongList(c) ? behaviourOf(c).example(c) : undefined;
  switch (attribute.type) {
    case 'string':
      return example === undefined || example === '' ? `"\${${n}}"` : `"\${${n}:${escapeSnippet(String(example))}}"`;
    case 'bool':
      return `\${${n}|true,false|}`;
    case 'number': {
      const start = attribute.default ?? example ?? 1;
      return `\${${n}:${escapeSnippet(String(start))}}`;
    }
    case 'map(string)':
      return `{\n\t\${${n}}\n}`;
    default:
      return example === undefined ? `[\${${n}}]` : `["\${${n}:${escapeSnippet(String(example))}}"]`;
  }
}

export function attributeSnippet(name: string, attribute: AttributeSchema, stops: TabStops): string {
  return `${name} = ${valueSnippet(attribute, stops)}`;
}

/** The required arguments and blocks of a body, one per line, indented by `indent` tabs. */
export function requiredChildren(body: BodySchema, stops: TabStops, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (attribute.required && !attribute.meta) lines.push(indent + indentLines(attributeSnippet(name, attribute, stops), indent));
  }
  for (const [name, block] of Object.entries(body.blocks)) {
    if (block.minItems > 0 && !block.meta) lines.push(indent + blockSnippet(name, block, stops, indent));
  }
  return lines;
}

export function blockSnippet(name: string, block: BlockSchema, stops: TabStops, indent = ''): string {
  const children = requiredChildren(block.body, stops, indent + '\t');
  if (children.length === 0) return `${name} {\n${indent}\t\${${stops.take()}}\n${indent}}`;
  return `${name} {\n${children.join('\n')}\n${indent}}`;
}

function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** The text a snippet inserts when the client cannot take tab stops: defaults and first choices. */
export function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
