import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Block } from '../../hcl/ast';
import { sinceOf } from '../../schema';
import type { AttributeSchema, BlockSchema, BodySchema, ResourceSchema } from '../../schema/types';
import { attributeDetail, attributeMarkdown, blockDetail, blockMarkdown } from '../docs';
import { predates, type ProviderVersionInUse } from '../providerVersion/inUse';
import { isDynamicBlock } from '../tree/blocks';

/**
 * The arguments and blocks that may still be added to `block` (whose body has schema `body`), as items without
 * their edit: HCL inserts a snippet, a `.tf.json` key the name alone.
 */
export function bodyEntries(
  block: Block,
  body: BodySchema,
  resource: ResourceSchema,
  provider: ProviderVersionInUse | undefined,
): { name: string; item: CompletionItem; attribute?: AttributeSchema; block?: BlockSchema }[] {
  const present = new Set<string>();
  for (const item of block.body.items) {
    if (item.kind === 'Attribute' && item.equals !== undefined) present.add(item.name.name);
    if (item.kind === 'Block') present.add(isDynamicBlock(item) ? (item.labels[0]?.value ?? '') : item.type.name);
  }
  const entries: { name: string; item: CompletionItem; attribute?: AttributeSchema; block?: BlockSchema }[] = [];
  // Required first, then optional arguments, meta-arguments, and deprecated ones last.
  const rank = (required: boolean, meta?: boolean, deprecated?: string) => (required ? '0' : deprecated ? '3' : meta ? '2' : '1');
  for (const [name, attribute] of Object.entries(body.attributes)) {
    if (attribute.readOnly || present.has(name) || predates(provider, sinceOf(attribute))) continue;
    entries.push({
      name,
      attribute,
      item: {
        label: name,
        kind: attribute.meta ? CompletionItemKind.Keyword : CompletionItemKind.Property,
        detail: attributeDetail(attribute),
        documentation: { kind: MarkupKind.Markdown, value: attributeMarkdown(name, attribute, resource) },
        sortText: rank(attribute.required, attribute.meta, attribute.deprecated) + name,
        tags: attribute.deprecated ? [CompletionItemTag.Deprecated] : undefined,
      },
    });
  }
  for (const [name, child] of Object.entries(body.blocks)) {
    if ((child.maxItems === 1 && present.has(name)) || predates(provider, sinceOf(child))) continue;
    entries.push({
      name,
      block: child,
      item: {
        label: child.labels ? `${name} "…"` : name,
        filterText: name,
        kind: child.meta ? CompletionItemKind.Keyword : CompletionItemKind.Module,
        detail: blockDetail(child),
        documentation: { kind: MarkupKind.Markdown, value: blockMarkdown(name, child, resource) },
        sortText: rank(child.minItems > 0, child.meta) + name,
      },
    });
  }
  return entries;
}
