import type { Attribute, Block, Expression } from '../../hcl/ast';
import { NodeMemo } from '../../hcl/nodeMemo';
import type { BodySchema } from '../../schema/types';
import { childContext, resourceContext, type BodyContext } from '../bodyContext';
import { Codes } from '../diagnosticCodes';
import type { ResourceBlock } from '../parsedFile';
import { plainReference } from '../tree/references';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import type { ModuleRule, RuleReport } from './types';

// Every argument the schema says refers to a resource (`references`, at any depth, inside a dynamic block's
// `content` too) whose value is a plain reference `<type>.<name>.<attr>` (optionally indexed) to a resource of the
// target type that the module (every .tf file of the folder) does not declare. Terraform rejects such a reference
// itself ("Reference to undeclared resource"), whether the type is one the module usually declares (models,
// configurations) or one often passed in from elsewhere (roles, keys, topics): `data.`, `var.`, `module.` and
// `local.` references are not resource references. Only the target type is judged: a reference to another type
// may be right for reasons the schema does not know.

/** Bodies holding an argument with `references`, themselves or below: only those are walked. */
const referring = new WeakMap<BodySchema, boolean>();

function hasReferences(body: BodySchema): boolean {
  let known = referring.get(body);
  if (known === undefined) {
    known =
      Object.values(body.attributes).some((a) => a.references !== undefined) ||
      Object.values(body.blocks).some((b) => !b.opaque && hasReferences(b.body));
    referring.set(body, known);
  }
  return known;
}

/** The arguments of `resource` that the schema says refer to a resource type, with that type, in document order. */
function referringArguments(resource: ResourceBlock): { attr: Attribute; type: string }[] {
  const out: { attr: Attribute; type: string }[] = [];
  // An explicit stack: `dynamic` blocks nest as deep as the text does.
  const stack: { block: Block; context: BodyContext & { kind: 'schema' } }[] = [];
  const root = resourceContext(resource.schema);
  if (root.kind === 'schema' && hasReferences(root.body)) stack.push({ block: resource.block, context: root });
  while (stack.length) {
    const { block, context } = stack.pop()!;
    for (const item of block.body.items) {
      if (item.kind === 'Attribute') {
        const target = context.body.attributes[item.name.name]?.references;
        if (target && item.equals !== undefined) out.push({ attr: item, type: target.resourceType });
      } else if (item.kind === 'Block') {
        // childContext gives `dynamic "x"` its own schema, whose `content` carries x's body.
        const inner = childContext(context, item);
        if (inner.kind === 'schema' && hasReferences(inner.body)) stack.push({ block: item, context: inner });
      }
    }
  }
  return out.sort((a, b) => a.attr.start - b.attr.start);
}

interface Reference {
  /** The argument's value: a node of the block, so it is where the block is now. */
  value: Expression;
  type: string;
  name: string;
}

/**
 * Per block node (the same node is the same text, see moduleRuleMemo.ts): its arguments' plain references to the
 * type the schema says they refer to. Finding them walks the block; checking them is a lookup each.
 */
const references = new NodeMemo<Reference[]>();

function referencesOf(resource: ResourceBlock): Reference[] {
  let found = references.get(resource.block);
  if (!found) {
    found = [];
    for (const { attr, type } of referringArguments(resource)) {
      const ref = plainReference(attr.value);
      if (ref && ref.type === type) found.push({ value: attr.value, type: ref.type, name: ref.name });
    }
    references.set(resource.block, found);
  }
  return found;
}

/** The resource names the module declares, per type. */
type Declared = Map<string, Set<string>>;

export const undeclaredReference: ModuleRule<Declared> = {
  scope: 'module',
  code: Codes.undeclaredReference,
  resourceTypes: [ENDPOINT_TYPE, CONFIGURATION_TYPE],
  index({ files }) {
    // Names per type: a "type.name" string per declaration costs more than the rule.
    const declared: Declared = new Map();
    for (const file of files) {
      for (const d of file.declarations.resources) {
        const names = declared.get(d.type);
        if (names) names.add(d.name);
        else declared.set(d.type, new Set([d.name]));
      }
    }
    return declared;
  },
  contribution: (d) => `${d.type}.${d.name}`,
  // Of the other blocks, check reads whether each reference's target is declared.
  inputs: (resource, index) => {
    const found = referencesOf(resource);
    return found.length === 0 ? '' : found.map(({ type, name }) => (index().get(type)?.has(name) ? '1' : '0')).join('');
  },
  check(resource, index) {
    const out: RuleReport[] = [];
    const declared = referencesOf(resource).length === 0 ? undefined : index();
    for (const { value, type, name } of referencesOf(resource)) {
      if (declared!.get(type)?.has(name)) continue;
      out.push({ span: { start: value.start, end: value.end }, message: `No resource "${type}" "${name}" is declared in this module.` });
    }
    return out;
  },
};
