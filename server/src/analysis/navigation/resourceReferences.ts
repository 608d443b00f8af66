import { walk, type Node } from '../../hcl';
import type { Span } from '../../hcl/ast';
import type { ResourceDeclaration, ParsedFile } from '../parsedFile';
import { headerSpan } from '../tree/blocks';
import { contains } from '../tree/positions';

// References between resources: `<type>.<name>` traversals (`aws_sagemaker_endpoint_configuration.c.name`,
// `aws_sagemaker_model.m[0].name`, `aws_x.y[*].id`) and the `resource "type" "name"` blocks they point at.

export interface ResourceReference {
  type: string;
  name: string;
  /** The whole traversal, `aws_x.y[0].name`. */
  span: Span;
  /** The `aws_x.y` part that names the resource. */
  address: Span;
}

export interface DeclarationInFile {
  declaration: ResourceDeclaration;
  file: ParsedFile;
}

const cache = new WeakMap<ParsedFile, ResourceReference[]>();

/** Every `<identifier>.<identifier>…` traversal of the file, in document order. Callers filter by declared type. */
export function resourceReferences(file: ParsedFile): readonly ResourceReference[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const found: ResourceReference[] = [];
  /** Traversals wrapped in a splat (`aws_x.y[*].id`), whose whole span then counts as the reference. */
  const splatOf = new Map<Node, Span>();
  walk(file.syntax.body, (node) => {
    if (!('kind' in node)) return;
    if (node.kind === 'Splat' && node.source.kind === 'Traversal') splatOf.set(node.source, { start: node.start, end: node.end });
    if (node.kind === 'Traversal' && node.source.kind === 'Variable') {
      const step = node.steps[0];
      if (step?.kind === 'GetAttr' && step.name !== '') {
        found.push({
          type: node.source.name,
          name: step.name,
          span: splatOf.get(node) ?? { start: node.start, end: node.end },
          address: { start: node.source.start, end: step.end },
        });
      }
    }
  });
  cache.set(file, found);
  return found;
}

/** The innermost resource-like traversal holding `offset`. */
export function referenceAt(file: ParsedFile, offset: number): ResourceReference | undefined {
  let best: ResourceReference | undefined;
  for (const reference of resourceReferences(file)) {
    if (contains(reference.span, offset) && (!best || reference.span.end - reference.span.start <= best.span.end - best.span.start)) {
      best = reference;
    }
  }
  return best;
}

/** The `resource "type" "name"` block of the module with this address. */
export function findDeclaration(module: readonly ParsedFile[], type: string, name: string): DeclarationInFile | undefined {
  for (const file of module) {
    const declaration = file.declarations.resources.find((d) => d.type === type && d.name === name);
    if (declaration) return { declaration, file };
  }
  return undefined;
}

/** The declaration whose header (`resource "type" "name"`) holds `offset`. */
function declarationAtHeader(file: ParsedFile, offset: number): ResourceDeclaration | undefined {
  return file.declarations.resources.find((d) => contains(headerSpan(d.block), offset));
}

/** The resource a cursor designates: a reference to a declared resource, or a declaration's header. */
export function resourceAt(file: ParsedFile, offset: number, module: readonly ParsedFile[]): { type: string; name: string } | undefined {
  const reference = referenceAt(file, offset);
  if (reference && findDeclaration(module, reference.type, reference.name)) return { type: reference.type, name: reference.name };
  const declaration = declarationAtHeader(file, offset);
  return declaration ? { type: declaration.type, name: declaration.name } : undefined;
}
