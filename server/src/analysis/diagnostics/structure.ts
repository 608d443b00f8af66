import type { Attribute, Block, BodyItem, Span } from '../../hcl/ast';
import { isDynamicBlock } from '../tree/blocks';
import type { AttributeSchema, BlockSchema, BodySchema, ResourceSchema } from '../../schema/types';
import { childContext, type BodyContext } from '../bodyContext';
import { Codes, severityOf } from '../diagnosticCodes';
import { docsLink, sinceOf } from '../../schema';
import { insertion, removal, rename } from '../fixes/edits';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { evaluate } from '../evaluation/evaluate';
import { dynamicScope, resourceScope } from '../evaluation/iterations';
import { presenceOf, type Presence } from '../evaluation/presence';
import { attributeSnippet, blockSnippet, TabStops } from '../snippets';
import { closest } from '../suggest';
import { attribute, headerSpan, isIncomplete } from '../tree/blocks';
import type { Finding, Fix } from './finding';
import type { FindingList } from './findingList';
import type { ModuleScope } from '../evaluation/scope';
import { comesFrom, placeOf } from './origins';
import { checkAttributeValue } from './values';
import { describeInUse, predates, type ProviderVersionInUse } from '../providerVersion/inUse';

// Checks a resource's bodies against the schema: which children may appear, how many, which are required, and
// the schema's groups (conflicts, exactly-one-of, at-least-one-of). Values are handed to ./values.

/** `provider`: the AWS provider versions the module may use (undefined: the current one, nothing judged by version). */
export function checkResource(resource: ResourceBlock, scope: ModuleScope, out: FindingList, provider?: ProviderVersionInUse): void {
  const since = resource.schema.since;
  if (predates(provider, since)) {
    const label = resource.block.labels[0];
    const message = `${resource.type} needs AWS provider ${since} or later; ${describeInUse(provider)}.`;
    out.add({ span: { start: label.start, end: label.end }, code: Codes.notInProviderVersion, severity: severityOf(Codes.notInProviderVersion), message, docs: resource.schema.docsUrl });
    return;
  }
  const context: BodyContext = { kind: 'schema', body: resource.schema.body, name: resource.type, path: [] };
  new BodyChecker(resource.schema, resource.file, out, provider).check(resource.block, context, true, resourceScope(resource, scope));
}

const NONE: readonly Block[] = [];

/** What the checker asks of a body schema on every block, worked out once per schema. */
interface Shape {
  attributeNames: string[];
  blockNames: string[];
  names: string[];
  blockEntries: [string, BlockSchema][];
  requiredAttributes: [string, AttributeSchema][];
  /** Optional now, required in older provider versions. */
  formerlyRequired: [string, AttributeSchema][];
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
      formerlyRequired: Object.entries(schema.attributes).filter(([, a]) => !a.required && a.requiredBefore),
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

function didYouMean(name: string, names: readonly string[], parent: Block): string {
  const guess = closest(name, names);
  if (!guess) return '';
  return isTaken(parent, guess) ? ` "${guess}" is already set in this block; remove this one.` : ` Did you mean "${guess}"?`;
}

/** Whether `parent` already holds an argument named `name` (a rename to it would duplicate it). */
function isTaken(parent: Block, name: string): boolean {
  return attribute(parent, name) !== undefined;
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
    private readonly provider: ProviderVersionInUse | undefined,
  ) {
    this.text = file.text;
  }

  /** Reports an argument or block the provider version in use does not have yet; true when it did. */
  private tooNew(span: Span, name: string, entry: AttributeSchema | BlockSchema): boolean {
    const since = sinceOf(entry);
    if (!predates(this.provider, since)) return false;
    const message = `${name} needs AWS provider ${since} or later; ${describeInUse(this.provider)}.`;
    this.report(span, Codes.notInProviderVersion, message, entry.docsAnchor ?? name);
    return true;
  }

  /** Whether the provider version in use has the entry (an unknown name counts as present: reported elsewhere). */
  private available(entry: AttributeSchema | BlockSchema | undefined): boolean {
    return !entry || !predates(this.provider, sinceOf(entry));
  }

  /** " by AWS provider versions before 6.21.0; this module uses …" when only the version in use requires the entry. */
  private formerly(entry: AttributeSchema | BlockSchema): string | undefined {
    if (!predates(this.provider, entry.requiredBefore) || !this.available(entry)) return undefined;
    return ` by AWS provider versions before ${entry.requiredBefore}; ${describeInUse(this.provider)}`;
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
            : `An argument named "${name}" is not expected ${where(this.resource, context)}.${didYouMean(name, shapeOf(schema).names, block)}`;
          const fixes = () => schema.blocks[name] ? [removal(this.text, item, name)] : this.renameOrRemove(block, item, item.name, name, shapeOf(schema).attributeNames);
          this.report(item.name, Codes.unknownArgument, message, here(context), undefined, fixes);
          continue;
        }
        if (attribute.readOnly) {
          this.report(item.name, Codes.readOnlyArgument, `"${name}" is set by AWS and cannot be configured; reference it instead.`, attribute.docsAnchor ?? name);
          continue;
        }
        if (this.tooNew(item.name, name, attribute)) continue;
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
          const message = () => `A block of type "${label.value}" is not expected ${where(this.resource, context)}.${didYouMean(label.value, shapeOf(schema).names, block)}`;
          this.report(label, Codes.unknownBlock, message, here(context), undefined, () => [removal(this.text, item, `dynamic "${label.value}"`)]);
          continue;
        }
        if (this.tooNew(label, label.value, target)) continue;
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
          const message = () => `A block of type "${name}" is not expected ${where(this.resource, context)}.${didYouMean(name, shapeOf(schema).names, block)}`;
          this.report(item.type, Codes.unknownBlock, message, here(context), undefined, () => this.renameOrRemove(block, item, item.type, name, shapeOf(schema).blockNames));
        }
        continue;
      }
      if (this.tooNew(item.type, name, blockSchema)) continue;
      const list = found.blocks.get(name);
      if (list) list.push(item);
      else found.blocks.set(name, [item]);
      this.descend(item, context, scope);
    }
    return found;
  }

  /**
   * Rename to the closest known name (preferred), and removal of the whole item. When `parent` already has an
   * argument of that name, the rename would make a duplicate: removal is the fix.
   */
  private renameOrRemove(parent: Block, item: BodyItem, nameSpan: Span, name: string, known: readonly string[]): Fix[] {
    const guess = closest(name, known);
    const remove = removal(this.text, item, name);
    if (guess && isTaken(parent, guess)) return [{ ...remove, preferred: true }];
    return guess ? [rename(nameSpan, guess), remove] : [remove];
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
      const formerly = blockSchema.minItems === 0 ? this.formerly(blockSchema) : undefined;
      const minItems = formerly ? 1 : blockSchema.minItems;
      if (blocks.length < minItems && !dynamic && !incomplete) {
        const need = minItems === 1 ? `a "${name}" block` : `at least ${minItems} "${name}" blocks`;
        const add = () => {
          const fix = insertion(this.text, block, (indent) => blockSnippet(name, blockSchema, new TabStops(), indent), `Add a "${name}" block`);
          return fix && [fix];
        };
        this.report(headerSpan(block), Codes.missingBlock, `${need[0].toUpperCase()}${need.slice(1)} is required here${formerly ?? ''}${blocks.length ? `; found ${blocks.length}` : ''}.`, blockSchema.docsAnchor ?? name, undefined, add);
      }
    }
    if (incomplete) return;
    const missing = (name: string, attribute: AttributeSchema, message: string) => {
      const add = () => {
        const fix = insertion(this.text, block, () => attributeSnippet(name, attribute, new TabStops()), `Add the required argument "${name}"`);
        return fix && [fix];
      };
      this.report(headerSpan(block), Codes.missingArgument, message, attribute.docsAnchor ?? name, undefined, add);
    };
    for (const [name, attribute] of shape.formerlyRequired) {
      const formerly = this.formerly(attribute);
      if (formerly && !children.attributes.has(name)) missing(name, attribute, `The argument "${name}" is required${formerly}.`);
    }
    for (const [name, attribute] of shape.requiredAttributes) {
      const written = children.attributes.get(name);
      if (written) this.checkNotNull(written, name, attribute, scope);
      else missing(name, attribute, `The argument "${name}" is required, but it is not set.`);
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
    for (const all of schema.exactlyOneOf ?? []) {
      // Members the version in use lacks are reported on their own; a group left with one member is that member's
      // required-ness (requiredBefore), not a choice.
      const group = all.filter((name) => this.available(schema.attributes[name] ?? schema.blocks[name]));
      if (group.length < 2) continue;
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
