import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import type { Span } from '../../hcl/ast';
import { RESOURCE_SCHEMAS } from '../../schema';
import { predates, type ProviderVersionInUse } from '../providerVersion/inUse';
import type { AttributeSchema } from '../../schema/types';
import { candidatesOf, hasLongList } from '../constraints';
import { resourceMarkdown } from '../docs';
import type { ParsedFile } from '../parsedFile';
import { completionContext, type CompletionContext } from './context';
import { isJsonConfiguration } from '../jsonConfiguration';
import { jsonKeyItems } from './jsonKeys';
import { bodyEntries } from './bodyEntries';
import { candidateSortTexts } from './order';
import { attributeSnippet, blockSnippet, escapeSnippet, requiredChildren, TabStops } from '../snippets';

export interface CompletionOptions {
  /** Ask the client to open the suggest list again after inserting `name = "…"` (VS Code's command). */
  retriggerCommand?: string;
}

/**
 * Completion items at `offset`; `module` lists every file of the module (for references). With `provider`, nothing
 * that version lacks is offered.
 */
export function complete(
  file: ParsedFile,
  offset: number,
  module: readonly ParsedFile[],
  options: CompletionOptions = {},
  provider?: ProviderVersionInUse,
): CompletionItem[] {
  // A file over the size limit is analysed as empty, which would offer a new resource anywhere.
  if (file.tooLarge !== undefined) return [];
  if (isJsonConfiguration(file.uri)) return jsonKeyItems(file, offset, provider);
  const context = completionContext(file, offset);
  const range = (span: Span): Range => file.range(span);
  const resources = RESOURCE_SCHEMAS.filter((schema) => !predates(provider, schema.since));
  switch (context.kind) {
    case 'resourceType':
      return resources.map((schema) => ({
        label: schema.type,
        kind: CompletionItemKind.Class,
        detail: 'SageMaker resource type',
        documentation: { kind: MarkupKind.Markdown, value: resourceMarkdown(schema) },
        textEdit: { range: range(context.replace), newText: context.quoted ? schema.type : `"${schema.type}"` },
      }));
    case 'topLevel':
      return resources.map((schema) => {
        const stops = new TabStops();
        const name = stops.take();
        const children = requiredChildren(schema.body, stops, '\t');
        return {
          label: `resource "${schema.type}"`,
          filterText: `resource ${schema.type}`,
          kind: CompletionItemKind.Snippet,
          detail: `New ${schema.type} with its required arguments`,
          documentation: { kind: MarkupKind.Markdown, value: resourceMarkdown(schema) },
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: {
            range: range(context.replace),
            newText: `resource "${schema.type}" "\${${name}:name}" {\n${children.join('\n')}\n}`,
          },
        };
      });
    case 'body':
      return bodyItems(context, range(context.replace), module, options, provider);
    case 'value':
      return valueItems(context, range(context.replace), module);
    case 'none':
      return [];
  }
}

function bodyItems(
  context: Extract<CompletionContext, { kind: 'body' }>,
  replace: Range,
  module: readonly ParsedFile[],
  options: CompletionOptions,
  provider: ProviderVersionInUse | undefined,
): CompletionItem[] {
  return bodyEntries(context.block, context.context.body, context.resource.schema, provider).map(({ item, attribute, block, name }) => {
    if (attribute) {
      // An argument naming another resource, with such resources in the module, takes a reference: inserted bare, so
      // the list reopened after it offers them first (or, without a command to reopen it, the first as placeholder).
      const references = referenceItems(attribute, replace, module);
      const reference = references.length > 0;
      const retrigger = options.retriggerCommand && (reference || (attribute.constraint && hasLongList(attribute.constraint)));
      const snippet = !reference
        ? attributeSnippet(name, attribute, new TabStops())
        : options.retriggerCommand
          ? `${name} = \${1}`
          : `${name} = \${1:${escapeSnippet(String(references[0].label))}}`;
      return {
        ...item,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: replace, newText: snippet },
        command: retrigger ? { title: 'Suggest', command: options.retriggerCommand! } : undefined,
      };
    }
    const snippet = block!.labels ? blockSnippet(`${name} "\${1}"`, block!, new TabStops(2)) : blockSnippet(name, block!, new TabStops());
    return { ...item, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: replace, newText: snippet } };
  });
}

function valueItems(context: Extract<CompletionContext, { kind: 'value' }>, replace: Range, module: readonly ParsedFile[]): CompletionItem[] {
  const { attribute, inString } = context;
  const items: CompletionItem[] = [];
  const constraint = attribute.constraint;
  const candidates = constraint ? candidatesOf(constraint) : [];
  const sortTexts = candidateSortTexts(candidates);
  candidates.forEach((candidate, index) => {
    if (inString && !candidate.quoted) return;
    items.push({
      label: candidate.value,
      kind: CompletionItemKind.EnumMember,
      detail: candidate.deprecated ? 'deprecated' : undefined,
      documentation: candidate.doc || candidate.deprecated
        ? { kind: MarkupKind.Markdown, value: [candidate.doc, candidate.deprecated && `**Deprecated:** ${candidate.deprecated}`].filter(Boolean).join('\n\n') }
        : undefined,
      sortText: sortTexts[index],
      filterText: candidate.value,
      tags: candidate.deprecated ? [CompletionItemTag.Deprecated] : undefined,
      textEdit: { range: replace, newText: candidate.quoted && !inString ? `"${candidate.value}"` : candidate.value },
    });
  });
  if (inString) return items;
  if (attribute.type === 'bool') {
    for (const value of ['true', 'false']) items.push({ label: value, kind: CompletionItemKind.Value, textEdit: { range: replace, newText: value } });
  }
  items.push(...referenceItems(attribute, replace, module));
  return items;
}

function referenceItems(attribute: AttributeSchema, replace: Range, module: readonly ParsedFile[]): CompletionItem[] {
  const target = attribute.references;
  if (!target) return [];
  const items: CompletionItem[] = [];
  for (const file of module) {
    for (const declaration of file.declarations.resources) {
      if (declaration.type !== target.resourceType) continue;
      const index = declaration.repetition === 'count' ? '[${1:0}]' : declaration.repetition === 'for_each' ? '["${1:key}"]' : '';
      const label = `${declaration.type}.${declaration.name}${index ? (declaration.repetition === 'count' ? '[0]' : '["key"]') : ''}.${target.attribute}`;
      items.push({
        label,
        kind: CompletionItemKind.Reference,
        detail: `${declaration.type} declared in ${file.uri.slice(file.uri.lastIndexOf('/') + 1)}`,
        sortText: '!' + label,
        filterText: `${declaration.type}.${declaration.name}.${target.attribute}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: replace, newText: `${declaration.type}.${declaration.name}${index}.${target.attribute}` },
      });
    }
  }
  return items;
}
