import type { Attribute, Block, BodyItem, Span } from '../../hcl/ast';
import { isDynamicBlock } from '../tree/blocks';
import type { AttributeSchema, BlockSchema, BodySchema, ResourceSchema } from '../../schema/types';
import { childContext, type BodyContext } from '../bodyContext';
import { Codes, severityOf } from '../diagnosticCodes';
import { docsLink } from '../../schema';
import { insertion, removal, rename } from '../fixes/edits';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { evaluate } from '../evaluation/evaluate';
import { dynamicScope, resourceScope } from '../evaluation/iterations';
import { presenceOf, type Presence } from '../evaluation/presence';
import { attributeSnippet, blockSnippet, TabStops } from '../snippets';
import { closest } from '../suggest';
import { headerSpan, isIncomplete } from '../tree/blocks';
import type { Finding, Fix } from './finding';
import type { FindingList } from './findingList';
import type { ModuleScope } from '../evaluation/scope';
import { comesFrom, placeOf } from './origins';
import { checkAttributeValue } from './values';

// Checks a resource's bodies against the schema: which children may appear, how many, which are required, and
// the schema's groups (conflicts, exactly-one-of, at-least-one-of). Values are handed to ./values.

export function checkResource(resource: ResourceBlock, scope: ModuleScope, out: FindingList): void {
  const context: BodyContext = { kind: 'schema', body: resource.schema.body, name: resource.type, path: [] };
  new BodyChecker(resource.schema, resource.file, out).check(resource.block, context, true, resourceScope(resource, scope));
}

const NONE: readonly Block[] = [];

/** What the checker asks of a body schema on every block, worked out once per schema. */
interface Shape {
  attributeNames: string[];
  blockNames: string[];
  names: string[];
  blockEntries: [string, BlockSchema][];
  requiredAttributes: [string, AttributeSchema][];
  hasGroups: boolean;
}

const shapes = new WeakMap<BodySchema, Shape>();

function shapeOf(schema: BodySchema): Shape {
  let shape = shapes.get(schema);
  if (!shape) {
    const attributeNames = Object.keys(schema.attributes);
    const blockNames = Object.keys(schema.blocks);
    shape = {
      attributeNames,
      blockNames,
      names: [...attributeNames, ...blockNames],
      blockEntries: Object.entries(schema.blocks),
      requiredAttributes: Object.entries(schema.attributes).filter(([, a]) => a.required),
      hasGroups:
        Object.values(schema.attributes).some((a) => a.conflictsWith?.length) || !!schema.exactlyOneOf?.length || !!schema.atLeastOneOf?.length,
    };
    shapes.set(schema, shape);
  }
  return shape;
}

function where(resource: ResourceSchema, context: BodyContext & { kind: 'schema' }): string {
  return context.path.length ? `in ${context.path[context.path.length - 1]}` : `in ${resource.type}`;
}

/**
 * The docs anchor of the block a finding about an unknown name sits in (the registry has no entry for the unknown
 * name itself): the block's own entry, or the resource page at the top level and inside `dynamic`.
 */
function here(context: BodyContext & { kind: 'schema' }): string | undefined {
  if (context.path.length === 0 || context.name === 'dynamic') return undefined;
  return context.block?.docsAnchor ?? context.name;
}

function didYouMean(name: string, names: readonly string[]): string {
  const guess = closest(name, names);
  return guess ? ` Did you mean "${guess}"?` : '';
}

interface Children {
  attributes: Map<string, Attribute>;
  blocks: Map<string, Block[]>;
  dynamic: Set<string>;
}

class BodyChecker {
  private readonly text: string;

  constructor(
    private readonly resource: ResourceSchema,
    private readonly file: ParsedFile,
    private readonly out: FindingList,
  ) {
    this.text = file.text;
  }

  /** `scope`: what values are known inside this block (the module's, and the iterators in effect here). */
  check(block: Block, context: BodyContext & { kind: 'schema' }, isResource: boolean, scope: ModuleScope): void {
    const children = this.children(block, context, isResource, scope);
    const incomplete = isIncomplete(block);
    const presence = (name: string): Presence => {
      const attr = children.attributes.get(name);
      if (attr) return presenceOf(attr, scope);
      if ((children.blocks.get(name)?.length ?? 0) > 0) return 'set';
      return children.dynamic.has(name) ? 'maybe' : 'unset';
    };
    this.checkCounts(block, context.body, children, incomplete, scope);
    this.checkGroups(block, context.body, children, incomplete, presence);
  }

  /**
   * Messages with suggestions and fixes cost edit distances and text scans, so they may come as functions: they are
   * only called for findings the list keeps.
   */
  private report(
    span: Span,
    code: Finding['code'],
    message: string | (() => string),
    /** The registry entry to link to; undefined for the resource's page. */
    anchor: string | undefined,
    severity: Finding['severity'] = severityOf(code),
    fixes?: Fix[] | (() => Fix[] | undefined),
    related?: Finding['related'],
  ) {
    this.out.addLazy(span, severity, () => {
      const finding: Finding = {
        span: { start: span.start, end: span.end },
        code,
        severity,
        message: typeof message === 'string' ? message : message(),
        docs: docsLink(this.resource, anchor),
        fixes: typeof fixes === 'function' ? fixes() : fixes,
      };
      if (related) finding.related = related;
      return finding;
    });
  }

  private children(block: Block, context: BodyContext & { kind: 'schema' }, isResource: boolean, scope: ModuleScope): Children {
    const schema = context.body;
    const found: Children = { attributes: new Map(), blocks: new Map(), dynamic: new Set() };
    for (const item of block.body.items) {
      if (item.kind === 'Attribute') {
        if (item.equals === undefined) continue; // the parser already reported the half-typed line
        const name = item.name.name;
        if (found.attributes.has(name)) {
          this.report(item.name, Codes.duplicateArgument, `The argument "${name}" is already set in this block; remove one of them.`, name);
          continue;
        }
        found.attributes.set(name, item);
        const attribute = schema.attributes[name];
        if (!attribute) {
          const message = () => schema.blocks[name]
            ? `"${name}" is a block, not an argument: write ${name} { … } without "=".`
            : `An argument named "${name}" is not expected ${where(this.resource, context)}.${didYouMean(name, shapeOf(schema).names)}`;
          const fixes = () => schema.blocks[name] ? [removal(this.text, item, name)] : this.renameOrRemove(item, item.name, name, shapeOf(schema).attributeNames);
          this.report(item.name, Codes.unknownArgument, message, here(context), undefined, fixes);
          continue;
        }
        if (attribute.readOnly) {
          this.report(item.name, Codes.readOnlyArgument, `"${name}" is set by AWS and cannot be configured; reference it instead.`, attribute.docsAnchor ?? name);
          continue;
        }
        checkAttributeValue(item, attribute, name, scope, this.text, (span, code, message, severity, fixes, related) =>
          this.report(span, code, message, attribute.docsAnchor ?? name, severity ?? severityOf(code), fixes, related),
        );
        continue;
      }
      if (item.kind !== 'Block') continue;
      const name = item.type.name;
      if (isDynamicBlock(item, schema)) {
        const label = item.labels[0];
        if (!label) continue;
        const target = schema.blocks[label.value];
        if (!target || target.meta) {
          const message = () => `A block of type "${label.value}" is not expected ${where(this.resource, context)}.${didYouMean(label.value, shapeOf(schema).names)}`;
          this.report(label, Codes.unknownBlock, message, here(context), undefined, () => [removal(this.text, item, `dynamic "${label.value}"`)]);
          continue;
        }
        found.dynamic.add(label.value);
        this.descend(item, context, dynamicScope(item, scope, this.file));
        continue;
      }
      const blockSchema = schema.blocks[name];
      if (!blockSchema) {
        const unsupported = isResource ? this.resource.unsupportedBlocks?.[name] : undefined;
        const remove = () => [removal(this.text, item, name)];
        if (unsupported) this.report(headerSpan(item), Codes.unsupportedBlock, unsupported, here(context), undefined, remove);
        else if (schema.attributes[name]) this.report(item.type, Codes.unknownBlock, `"${name}" is an argument, not a block: write ${name} = …`, name, undefined, remove);
        else {
          const message = () => `A block of type "${name}" is not expected ${where(this.resource, context)}.${didYouMean(name, shapeOf(schema).names)}`;
          this.report(item.type, Codes.unknownBlock, message, here(context), undefined, () => this.renameOrRemove(item, item.type, name, shapeOf(schema).blockNames));
        }
        continue;
      }
      const list = found.blocks.get(name);
      if (list) list.push(item);
      else found.blocks.set(name, [item]);
      this.descend(item, context, scope);
    }
    return found;
  }

  /** Rename to the closest known name (preferred), and removal of the whole item. */
  private renameOrRemove(item: BodyItem, nameSpan: Span, name: string, known: readonly string[]): Fix[] {
    const guess = closest(name, known);
    const fixes: Fix[] = guess ? [rename(nameSpan, guess)] : [];
    fixes.push(removal(this.text, item, name));
    return fixes;
  }

  private descend(block: Block, context: BodyContext, scope: ModuleScope) {
    const inner = childContext(context, block);
    if (inner.kind === 'schema') this.check(block, inner, false, scope);
  }

  private checkCounts(block: Block, schema: BodySchema, children: Children, incomplete: boolean, scope: ModuleScope) {
    const shape = shapeOf(schema);
    for (const [name, blockSchema] of shape.blockEntries) {
      const blocks = children.blocks.get(name) ?? NONE;
      const dynamic = children.dynamic.has(name);
      const max = blockSchema.maxItems;
      if (max !== undefined && blocks.length > max && !dynamic) {
        for (let i = max; i < blocks.length; i++) {
          const message = max === 1
            ? `Only one "${name}" block is allowed here.`
            : `No more than ${max} "${name}" blocks are allowed here; this is number ${i + 1}.`;
          this.report(headerSpan(blocks[i]), Codes.tooManyBlocks, message, blockSchema.docsAnchor ?? name);
        }
      }
      if (blocks.length < blockSchema.minItems && !dynamic && !incomplete) {
        const need = blockSchema.minItems === 1 ? `a "${name}" block` : `at least ${blockSchema.minItems} "${name}" blocks`;
        const add = () => {
          const fix = insertion(this.text, block, (indent) => blockSnippet(name, blockSchema, new TabStops(), indent), `Add a "${name}" block`);
          return fix && [fix];
        };
        this.report(headerSpan(block), Codes.missingBlock, `${need[0].toUpperCase()}${need.slice(1)} is required here${blocks.length ? `; found ${blocks.length}` : ''}.`, blockSchema.docsAnchor ?? name, undefined, add);
      }
    }
    if (incomplete) return;
    for (const [name, attribute] of shape.requiredAttributes) {
      const written = children.attributes.get(name);
      if (written) {
        this.checkNotNull(written, name, attribute, scope);
      } else {
        const add = () => {
          const fix = insertion(this.text, block, () => attributeSnippet(name, attribute, new TabStops()), `Add the required argument "${name}"`);
          return fix && [fix];
        };
        this.report(headerSpan(block), Codes.missingArgument, `The argument "${name}" is required, but it is not set.`, attribute.docsAnchor ?? name, undefined, add);
      }
    }
  }

  /** A required argument written as null (or as a value that is null before plan) is not set. */
  private checkNotNull(attr: Attribute, name: string, schema: AttributeSchema, scope: ModuleScope) {
    if (presenceOf(attr, scope) !== 'unset') return;
    const origin = evaluate(attr.value, scope).origin;
    if (!origin) {
      this.report(attr.value, Codes.missingArgument, `The argument "${name}" is required, but it is null.`, schema.docsAnchor ?? name);
      return;
    }
    const used = this.text.slice(attr.value.start, Math.min(attr.value.end, attr.value.start + 80));
    const span = { start: origin.expression.start, end: origin.expression.end };
    this.report(attr.value, Codes.missingArgument, `The argument "${name}" is required, but its value is null: ${comesFrom(used, origin)}.`, schema.docsAnchor ?? name,
      origin.variable ? 'warning' : severityOf(Codes.missingArgument), undefined, [{ file: origin.file, span, message: placeOf(origin) }]);
  }

  /** Groups judge presence (set, unset, maybe; see ../evaluation/presence): a finding never rests on "maybe". */
  private checkGroups(block: Block, schema: BodySchema, children: Children, incomplete: boolean, presence: (name: string) => Presence) {
    if (!shapeOf(schema).hasGroups) return;
    for (const [name, attr] of children.attributes) {
      for (const other of schema.attributes[name]?.conflictsWith ?? []) {
        if (presence(name) === 'set' && presence(other) === 'set') {
          this.report(attr.name, Codes.conflictingArguments, `"${name}" and "${other}" cannot both be set; keep one.`, name);
        }
      }
    }
    const definitely = (name: string) => presence(name) === 'set';
    const possibly = (name: string) => presence(name) !== 'unset';
    const list = (group: readonly string[]) => group.map((g) => `"${g}"`).join(' or ');
    for (const group of schema.exactlyOneOf ?? []) {
      const present = group.filter(definitely);
      if (present.length > 1) {
        this.report(headerSpan(block), Codes.exactlyOneOf, `Only one of ${list(group)} may be set here; found ${present.join(' and ')}.`, group[0]);
      } else if (!incomplete && !group.some(possibly)) {
        this.report(headerSpan(block), Codes.exactlyOneOf, `Exactly one of ${list(group)} must be set here; found none.`, group[0]);
      }
    }
    for (const group of schema.atLeastOneOf ?? []) {
      if (!incomplete && !group.some(possibly)) {
        this.report(headerSpan(block), Codes.atLeastOneOf, `At least one of ${list(group)} must be set here.`, group[0]);
      }
    }
  }
}
