import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { isDynamicBlock } from './tree/blocks';
import type { Attribute, Block, Expression, Span } from '../hcl/ast';
import type { AttributeSchema, ResourceSchema } from '../schema/types';
import { childContext, contextOf, type BodyContext } from './bodyContext';
import { behaviourOf } from './constraints';
import { attributeMarkdown, blockMarkdown, resourceMarkdown } from './docs';
import type { ParsedFile, ResourceBlock } from './parsedFile';
import { evaluate } from './evaluation/evaluate';
import { scopeAt } from './evaluation/iterations';
import { codeSpan, escapeMarkdown, renderValue } from './evaluation/render';
import { placeOf } from './diagnostics/origins';
import type { ModuleScope } from './evaluation/scope';
import { contains, enclosingBlocks } from './tree/positions';
import { sinceOf } from '../schema';
import { describeShare, trafficSplit } from './trafficSplit';
import { describeInUse, predates, type ProviderVersionInUse } from './providerVersion/inUse';

/**
 * Hover at `offset`: a resource type label, an argument or block name, or an enum value. Nothing elsewhere. With
 * `provider`, a name that version lacks says so.
 */
export function hover(file: ParsedFile, offset: number, scope: ModuleScope, provider?: ProviderVersionInUse): Hover | null {
  const found = find(file, offset, scope);
  if (!found) return null;
  const lacking = found.since !== undefined && predates(provider, found.since)
    ? `\n\n**Not in the AWS provider version in use:** needs ${found.since} or later; ${describeInUse(provider!)}.`
    : '';
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown + lacking }, range: file.range(found.span) };
}

function find(file: ParsedFile, offset: number, scope: ModuleScope): { markdown: string; span: Span; since?: string } | undefined {
  for (const resource of file.resources) {
    const label = resource.block.labels[0];
    if (contains(label, offset)) return { markdown: resourceMarkdown(resource.schema), span: label, since: resource.schema.since };
  }
  const chain = enclosingBlocks(file.syntax.body, offset);
  const resource = chain.length ? file.resources.find((r) => r.block === chain[0]) : undefined;
  if (!resource) return undefined;
  const context = contextOf(resource.schema, chain);
  if (context.kind !== 'schema') return undefined;
  const parent = chain[chain.length - 1];
  for (const item of parent.body.items) {
    if (!contains(item, offset)) continue;
    if (item.kind === 'Attribute') {
      const found = referenceHover(item, offset, scopeAt(resource, chain, scope)) ?? attributeHover(item, context, resource, offset, scope);
      return item.name.name === 'initial_variant_weight' && chain.length === 2 ? withShare(found, resource, parent, scope) : found;
    }
    if (item.kind === 'Block') {
      const found = blockHover(item, context, resource.schema, offset);
      return chain.length === 1 && found?.span === item.type ? withShare(found, resource, item, scope) : found;
    }
  }
  return undefined;
}

type Found = { markdown: string; span: Span; since?: string };

/** On a production variant's name or weight: its share of the traffic, when the whole split is known. */
function withShare(found: Found | undefined, resource: ResourceBlock, variant: Block, scope: ModuleScope): Found | undefined {
  if (!found) return found;
  const split = trafficSplit(resource, scope);
  const entry = split?.find((s) => s.variant === variant);
  if (!entry) return found;
  return { ...found, markdown: `**Traffic share:** ${describeShare(entry, split!)}\n\n${found.markdown}` };
}

function attributeHover(item: Attribute, context: BodyContext & { kind: 'schema' }, resource: ResourceBlock, offset: number, scope: ModuleScope) {
  const schema = context.body.attributes[item.name.name];
  if (!schema) return undefined;
  if (contains(item.name, offset)) return { markdown: attributeMarkdown(item.name.name, schema, resource.schema), span: item.name, since: sinceOf(schema) };
  return valueHover(item.value, schema, offset, scope);
}

/**
 * On a reference to a value known before plan (`var.x`, `local.y`, an iterator's element): the value Terraform will use
 * and where it is written; one line per element under a known for_each.
 */
function referenceHover(item: Attribute, offset: number, scope: ModuleScope) {
  const target = item.value.kind === 'Tuple' ? item.value.items.find((i) => contains(i, offset)) : item.value;
  if (!target || target.kind !== 'Traversal' || target.source.kind !== 'Variable' || !contains(target, offset)) return undefined;
  const root = target.source.name;
  if (root !== 'var' && root !== 'local' && !scope.iteration(root)) return undefined;
  const lines: string[] = [];
  const instances = scope.instances(target);
  for (const { scope: inner, element } of instances.slice(0, MAX_HOVER_ELEMENTS)) {
    const value = evaluate(target, inner);
    const where = value.origin ? ` — ${escapeMarkdown(`${value.origin.description} (${placeOf(value.origin)})`)}` : '';
    lines.push(`${element ? `${escapeMarkdown(element)}: ` : ''}${codeSpan(renderValue(value))}${value.kind === 'unknown' ? '' : where}`);
  }
  if (instances.length > MAX_HOVER_ELEMENTS) lines.push(`…and ${instances.length - MAX_HOVER_ELEMENTS} more`);
  return { markdown: `**Value before plan**\n\n${lines.map((l) => `- ${l}`).join('\n')}`, span: target as Span };
}

const MAX_HOVER_ELEMENTS = 10;

/** An enum value (or an element of a set of enum values) under the cursor. */
function valueHover(expression: Expression, schema: AttributeSchema, offset: number, scope: ModuleScope) {
  const constraint = schema.constraint;
  if (!constraint || !contains(expression, offset)) return undefined;
  const target = expression.kind === 'Tuple' ? expression.items.find((i) => contains(i, offset)) : expression;
  if (!target) return undefined;
  const value = evaluate(target, scope);
  if (value.kind !== 'string') return undefined;
  const markdown = behaviourOf(constraint).describeValue?.(constraint, value.value);
  return markdown ? { markdown, span: target as Span } : undefined;
}

function blockHover(item: Block, context: BodyContext & { kind: 'schema' }, resource: ResourceSchema, offset: number) {
  const isDynamic = isDynamicBlock(item, context.body);
  const nameSpan = isDynamic ? item.labels[0] : item.type;
  if (!nameSpan || !contains(nameSpan, offset)) {
    if (isDynamic && contains(item.type, offset)) {
      const inner = childContext(context, item);
      if (inner.kind === 'schema' && inner.block) return { markdown: blockMarkdown('dynamic', inner.block, resource), span: item.type };
    }
    return undefined;
  }
  const name = isDynamic ? item.labels[0].value : item.type.name;
  const schema = context.body.blocks[name];
  return schema ? { markdown: blockMarkdown(name, schema, resource), span: nameSpan, since: sinceOf(schema) } : undefined;
}
