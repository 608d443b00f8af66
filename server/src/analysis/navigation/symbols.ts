import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { dynamicTarget, isDynamicBlock } from '../tree/blocks';
import type { Block, Span } from '../../hcl/ast';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { describeShare, trafficSplit } from '../trafficSplit';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import { attribute, headerSpan } from '../tree/blocks';

// The outline: every top-level block of the file, SageMaker resources with their variants and other nested blocks.

const VARIANT_BLOCKS = new Set(['production_variants', 'shadow_production_variants']);

/**
 * The block's header, which LSP needs inside the block's range. In Terraform JSON a block written as an array element
 * has its header key before its object (where its range starts): its opening brace is the selection then.
 */
function selectionSpan(block: Block): Span {
  const header = headerSpan(block);
  if (header.start >= block.start && header.end <= block.end) return header;
  return { start: block.start, end: Math.min(block.end, block.start + 1) };
}

function symbol(file: ParsedFile, block: Block, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  return {
    name: name || block.type.name || '(block)',
    detail,
    kind,
    range: file.range(block),
    selectionRange: file.range(selectionSpan(block)),
    children,
  };
}

/** Nested blocks of a SageMaker resource: variants by their literal `variant_name`, else `type[index]`. */
function nestedSymbols(file: ParsedFile, resource: ResourceBlock, scope: ModuleScope): DocumentSymbol[] {
  const block = resource.block;
  const split = trafficSplit(resource, scope);
  const counts = new Map<string, number>();
  const symbols: DocumentSymbol[] = [];
  for (const item of block.body.items) {
    if (item.kind !== 'Block') continue;
    const type = dynamicTarget(item) ?? item.type.name;
    const index = counts.get(type) ?? 0;
    counts.set(type, index + 1);
    if (isDynamicBlock(item)) {
      symbols.push(symbol(file, item, `dynamic "${type}"`, SymbolKind.Array, undefined, []));
    } else if (VARIANT_BLOCKS.has(type)) {
      // A production variant's detail says its share of traffic, when the whole split is known.
      const share = split?.find((s) => s.variant === item);
      const detail = share ? `${type} · ${describeShare(share, split!)}` : type;
      symbols.push(symbol(file, item, knownString(attribute(item, 'variant_name'), scope) || `${type}[${index}]`, SymbolKind.Struct, detail, []));
    } else {
      symbols.push(symbol(file, item, type, SymbolKind.Struct, undefined, []));
    }
  }
  return symbols;
}

function topLevel(file: ParsedFile, block: Block, sagemaker: ReadonlyMap<Block, ResourceBlock>, scope: ModuleScope): DocumentSymbol {
  const labels = block.labels.map((l) => l.value);
  switch (block.type.name) {
    case 'resource':
      if (sagemaker.has(block)) return symbol(file, block, labels.join('.'), SymbolKind.Class, 'resource', nestedSymbols(file, sagemaker.get(block)!, scope));
      return symbol(file, block, labels.join('.'), SymbolKind.Object, 'resource', []);
    case 'data':
      return symbol(file, block, ['data', ...labels].join('.'), SymbolKind.Object, 'data', []);
    case 'variable':
      return symbol(file, block, `var.${labels[0] ?? ''}`, SymbolKind.Variable, 'variable', []);
    case 'output':
      return symbol(file, block, `output.${labels[0] ?? ''}`, SymbolKind.Property, 'output', []);
    case 'module':
      return symbol(file, block, `module.${labels[0] ?? ''}`, SymbolKind.Module, 'module', []);
    case 'provider':
      return symbol(file, block, `provider "${labels[0] ?? ''}"`, SymbolKind.Package, 'provider', []);
    default:
      return symbol(file, block, [block.type.name, ...labels.map((l) => `"${l}"`)].join(' '), SymbolKind.Namespace, undefined, []);
  }
}

export function documentSymbols(file: ParsedFile, scope: ModuleScope): DocumentSymbol[] {
  const sagemaker = new Map(file.resources.map((r) => [r.block, r]));
  const symbols: DocumentSymbol[] = [];
  for (const item of file.syntax.body.items) {
    if (item.kind === 'Block') symbols.push(topLevel(file, item, sagemaker, scope));
  }
  return symbols;
}
