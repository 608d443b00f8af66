import type { Position, Range } from 'vscode-languageserver-types';
import { changedRegion, parse, reparse, settle } from '../hcl';
import type { Attribute, Block, ParseResult, Span } from '../hcl/ast';
import { NodeMemo } from '../hcl/nodeMemo';
import { getResourceSchema } from '../schema';
import type { ResourceSchema } from '../schema/types';
import type { LocalDeclaration, VariableDeclaration } from './evaluation/scope';
import { isJsonConfiguration, parseJsonConfiguration } from './jsonConfiguration';
import { LineIndex } from './lineIndex';
import { attribute } from './tree/blocks';

/** A `resource "type" "name"` block of one of our types. */
export interface ResourceBlock {
  type: string;
  name: string;
  block: Block;
  schema: ResourceSchema;
  file: ParsedFile;
}

/** Any `resource "type" "name"` block, for references between resources. */
export interface ResourceDeclaration {
  type: string;
  name: string;
  block: Block;
  /** `count` or `for_each`: references to it need an index. */
  repetition?: 'count' | 'for_each';
}

/** What a file declares at its top level that other files of the module can refer to. */
export interface Declarations {
  resources: ResourceDeclaration[];
  variables: VariableDeclaration[];
  locals: LocalDeclaration[];
  /**
   * The text of the file's `variable` and `locals` blocks and where each starts: what the module scope is built from
   * (see ModuleScope). Their place is part of it because values carry it (messages say "from main.tf line 3").
   */
  scopeText: string;
}

/** Files larger than this (UTF-16 code units of an open document, bytes on disk) are not analysed: a clear message beats a frozen editor. */
export const MAX_FILE_SIZE = 16 * 1024 * 1024;

/**
 * One version of one `.tf` or `.tf.json` file. It is parsed on first use, not on creation, so a burst of keystrokes costs one
 * parse when something asks, and the parse is shared by every feature.
 */
export class ParsedFile {
  readonly text: string;
  /** The size of a file over MAX_FILE_SIZE, which is then treated as empty (and gets one finding saying so). */
  readonly tooLarge?: number;
  private lines: LineIndex;
  private parsed?: { syntax: ParseResult; resources: ResourceBlock[]; declarations: Declarations };
  /** An earlier version of the document whose parse this one's may reuse (then takes over: see hcl/incremental). */
  private base?: ParsedFile;
  /** Whether the parse reused blocks that may lag (see `topLevel`). */
  private lagging = false;

  /**
   * `size`: of the file on disk when its text was not even read. `previous`: the version this one replaces, whose
   * syntax tree the parse reuses around the edit; it must not be used afterwards (it parses again if it is).
   */
  constructor(
    readonly uri: string,
    text: string,
    readonly version: number,
    size = text.length,
    previous?: ParsedFile,
  ) {
    if (size > MAX_FILE_SIZE) this.tooLarge = size;
    this.text = this.tooLarge === undefined ? text : '';
    this.lines = new LineIndex(this.text);
    // A version never parsed (skipped while typing) passes its own base on.
    if (previous && previous.uri === uri && this.tooLarge === undefined && !isJsonConfiguration(uri)) this.base = previous.parsed ? previous : previous.base;
  }

  /** The syntax tree, every offset in it where it is in this version. */
  get syntax(): ParseResult {
    const { syntax } = this.analyse();
    this.settle();
    return syntax;
  }

  /**
   * The syntax tree as the incremental parse left it: the offsets below a top-level resource block may lag
   * (hcl/incremental.ts), so a reader of those settles the block first. For the diagnosis, which finds most blocks'
   * findings again by their node and never reads below them.
   */
  get topLevel(): ParseResult {
    return this.analyse().syntax;
  }

  /** Every offset of the tree where it is in this version: before a request reads any of this file's nodes. */
  settle(): void {
    if (!this.lagging) return;
    this.lagging = false;
    for (const item of this.analyse().syntax.body.items) if (item.kind === 'Block') settle(item);
  }

  get resources(): readonly ResourceBlock[] {
    return this.analyse().resources;
  }

  get declarations(): Readonly<Declarations> {
    return this.analyse().declarations;
  }

  range(span: Span): Range {
    return { start: this.lines.positionAt(span.start), end: this.lines.positionAt(span.end) };
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  /** The syntax tree: the base's reused around the edit where it can be, else parsed in full. */
  private parseText(): ParseResult {
    const base = this.base;
    this.base = undefined;
    const previous = base?.parsed;
    if (!base || !previous) return parse(this.text);
    base.parsed = undefined; // its tree is ours now (moved in place); asked again, it parses its own text
    base.lagging = false;
    const region = changedRegion(base.text, this.text);
    // The line starts too are the base's outside the edit, unless some were asked for already.
    if (!this.lines.built) this.lines = LineIndex.after(base.lines, this.text, region.prefix, region.suffix);
    const reused = reparse(previous.syntax, base.text, this.text, region);
    this.lagging = reused !== undefined;
    return reused ?? parse(this.text);
  }

  private scopePart(item: Block): string {
    return `${this.lines.positionAt(item.start).line}:${item.start}:${this.text.slice(item.start, item.end)}`;
  }

  private analyse() {
    if (this.parsed) return this.parsed;
    const syntax = isJsonConfiguration(this.uri) ? parseJsonConfiguration(this.text) : this.parseText();
    const resources: ResourceBlock[] = [];
    const declarations: Declarations = { resources: [], variables: [], locals: [], scopeText: '' };
    const scopeParts: string[] = [];
    for (const item of syntax.body.items) {
      if (item.kind !== 'Block') continue;
      const role = roleOf(item);
      if (role.kind === 'variable') {
        declarations.variables.push({ name: role.name, block: item, default: role.default, file: this });
        scopeParts.push(this.scopePart(item));
      } else if (role.kind === 'locals') {
        for (const local of role.locals) declarations.locals.push({ name: local.name.name, attribute: local, file: this });
        scopeParts.push(this.scopePart(item));
      } else if (role.kind === 'resource') {
        declarations.resources.push(role.declaration);
        if (role.schema) resources.push({ type: role.declaration.type, name: role.declaration.name, block: item, schema: role.schema, file: this });
      }
    }
    declarations.scopeText = scopeParts.join('\u0000');
    return (this.parsed = { syntax, resources, declarations });
  }
}

/** What a top-level block declares, worked out of its node alone. */
type Role =
  | { kind: 'variable'; name: string; default: Attribute | undefined }
  | { kind: 'locals'; locals: Attribute[] }
  | { kind: 'resource'; declaration: ResourceDeclaration; schema: ResourceSchema | undefined }
  | { kind: 'none' };

const NONE: Role = { kind: 'none' };

// Kept on the node: a block the incremental parse only moved is not read again (4,000 of them in the 26,000-line
// file, each edit).
const roles = new NodeMemo<Role>();

function roleOf(item: Block): Role {
  const kept = roles.get(item);
  if (kept) return kept;
  const role = workOutRole(item);
  roles.set(item, role);
  return role;
}

function workOutRole(item: Block): Role {
  const kind = item.type.name;
  if (kind === 'variable' && item.labels.length === 1) return { kind: 'variable', name: item.labels[0].value, default: attribute(item, 'default') };
  if (kind === 'locals' && item.labels.length === 0) {
    return { kind: 'locals', locals: item.body.items.filter((local): local is Attribute => local.kind === 'Attribute' && local.equals !== undefined) };
  }
  if (kind !== 'resource' || item.labels.length < 2) return NONE;
  const type = item.labels[0].value;
  const name = item.labels[1].value;
  const repetition = attribute(item, 'count') ? 'count' : attribute(item, 'for_each') ? 'for_each' : undefined;
  return { kind: 'resource', declaration: { type, name, block: item, repetition }, schema: getResourceSchema(type) };
}
