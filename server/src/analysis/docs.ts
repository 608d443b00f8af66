import { docsLink, sinceOf } from '../schema';
import type { AttributeSchema, BlockSchema, ResourceSchema } from '../schema/types';
import { behaviourOf } from './constraints';

// Markdown for arguments, blocks and resources, shared by hover and completion so both say the same thing.

function typeLabel(schema: AttributeSchema): string {
  return schema.type === 'number' && schema.integer ? 'number (whole)' : schema.type;
}

export function requirement(schema: { required?: boolean; minItems?: number }, isBlock: boolean): string {
  if (isBlock) return (schema.minItems ?? 0) > 0 ? 'Required' : 'Optional';
  return schema.required ? 'Required' : 'Optional';
}

/** The one-line summary completion shows beside an argument. */
export function attributeDetail(schema: AttributeSchema): string {
  return `${requirement(schema, false)} · ${typeLabel(schema)}${schema.forceNew ? ' · forces replacement' : ''}`;
}

export function blockDetail(schema: BlockSchema): string {
  const count =
    schema.maxItems === 1 ? 'block' : `block, ${schema.minItems}..${schema.maxItems ?? '∞'}`;
  return `${requirement(schema, true)} · ${count}${schema.forceNew ? ' · forces replacement' : ''}`;
}

/** When the provider added the entry (when later than the resource itself), and until when it was required. */
function versionFacts(schema: AttributeSchema | BlockSchema, resource: ResourceSchema): string[] {
  const since = sinceOf(schema);
  const facts = since && since !== resource.since ? [`Since AWS provider ${since}.`] : [];
  if (schema.requiredBefore) facts.push(`Required in AWS provider versions before ${schema.requiredBefore}.`);
  return facts;
}

function replacementLine(forceNew: boolean, resource: ResourceSchema): string {
  return forceNew
    ? `Changing it **replaces** the ${resource.type}.`
    : 'Can be changed without replacing the resource.';
}

export function attributeMarkdown(name: string, schema: AttributeSchema, resource: ResourceSchema): string {
  const lines = [`**${name}** · ${attributeDetail(schema)}`, '', schema.description];
  if (schema.deprecated) lines.push('', `**Deprecated:** ${schema.deprecated}`);
  const facts: string[] = [];
  if (schema.constraint) {
    const each = schema.type === 'set(string)' || schema.type === 'list(string)' ? 'Each element: ' : '';
    facts.push(each + behaviourOf(schema.constraint).describe(schema.constraint));
  }
  if (schema.minItems !== undefined || schema.maxItems !== undefined) {
    facts.push(`Holds ${schema.minItems ?? 0} to ${schema.maxItems ?? 'any number of'} elements.`);
  }
  if (schema.default !== undefined) facts.push(`Default: \`${String(schema.default)}\`.`);
  if (schema.computed && !schema.readOnly) facts.push('When omitted, AWS or the provider chooses a value.');
  if (schema.readOnly) facts.push('Read-only: set by AWS; reference it, do not set it.');
  else if (!schema.meta) facts.push(replacementLine(schema.forceNew, resource));
  if (schema.conflictsWith?.length) facts.push(`Conflicts with ${schema.conflictsWith.map((c) => `\`${c}\``).join(', ')}.`);
  facts.push(...versionFacts(schema, resource));
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  if (!schema.meta) lines.push('', `[Registry documentation](${docsLink(resource, schema.docsAnchor ?? name)})`);
  return lines.join('\n');
}

export function blockMarkdown(name: string, schema: BlockSchema, resource: ResourceSchema): string {
  const lines = [`**${name}** · ${blockDetail(schema)}`, '', schema.description];
  const facts: string[] = [];
  if (schema.maxItems !== 1) facts.push(`Between ${schema.minItems} and ${schema.maxItems ?? 'any number of'} blocks.`);
  if (!schema.meta) facts.push(replacementLine(schema.forceNew, resource));
  const required = Object.entries(schema.body.attributes).filter(([, a]) => a.required).map(([n]) => `\`${n}\``);
  if (required.length) facts.push(`Requires ${required.join(', ')}.`);
  for (const group of schema.body.exactlyOneOf ?? []) facts.push(`Exactly one of ${group.map((g) => `\`${g}\``).join(', ')}.`);
  for (const group of schema.body.atLeastOneOf ?? []) facts.push(`At least one of ${group.map((g) => `\`${g}\``).join(', ')}.`);
  facts.push(...versionFacts(schema, resource));
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  if (!schema.meta) lines.push('', `[Registry documentation](${docsLink(resource, schema.docsAnchor ?? name)})`);
  return lines.join('\n');
}

export function resourceMarkdown(resource: ResourceSchema): string {
  return [`**${resource.type}**`, '', resource.description, '', `- Since AWS provider ${resource.since}.`, '', `[Registry documentation](${resource.docsUrl})`].join('\n');
}
