import { walk, type Attribute, type Block, type Expression } from '../../hcl';
import type { ParsedFile } from '../parsedFile';
import { evaluate } from './evaluate';
import { dependsOnVariable, UNKNOWN, withOrigin, type Origin, type SourceFile, type Value } from './value';
import { compareVariableFiles, type VariableFile } from './variableFiles';

// The names a module declares that values can come from: input variables (with their defaults, overridden by the
// folder's variable files), locals, and the iterators in effect at a place (`each`, a dynamic block's iterator).
// It is built once per module from every file's declarations; the evaluator asks it, no rule does.

export interface VariableDeclaration {
  name: string;
  block: Block;
  /** `default = …`, when the variable has one. */
  default?: Attribute;
  file: ParsedFile;
}

export interface LocalDeclaration {
  name: string;
  attribute: Attribute;
  file: ParsedFile;
}

/** One element of an iteration in effect: its key and value, and how messages name it. */
export interface Element {
  key: Value;
  value: Value;
  /** `"a"` (a map key) or `1` (an index). */
  label: string;
}

/** An iterator in effect at a place: `each` in a resource with `for_each`, or a dynamic block's iterator. */
export interface Iteration {
  name: string;
  /** The elements, when the collection is known before plan; undefined when it is not. */
  elements?: readonly Element[];
  /** The element being judged, while one is. */
  current?: Element;
}

/** Locals that refer to locals that refer to locals…: deeper than this is not followed. */
const MAX_LOCAL_CHAIN = 64;

/** More elements than this are not checked one by one (a literal map of a thousand entries is rare, and costly). */
const MAX_INSTANCES = 256;

/** What the module's files declare. */
interface Declared {
  variables: Map<string, VariableDeclaration>;
  locals: Map<string, LocalDeclaration>;
  /** Variable name → its value in the variable files and the file that sets it (the last file in load order wins). */
  assigned: Map<string, { expression: Expression; file: VariableFile }>;
}

/** Values worked out once per module, shared by the scopes with iterators derived from it. */
interface Resolved {
  variables: Map<string, Value>;
  locals: Map<string, Value>;
  /** Locals being worked out: a local that refers back to itself is unknown (Terraform rejects the cycle). */
  resolving: Set<string>;
}

export class ModuleScope {
  private declared: Declared = { variables: new Map(), locals: new Map(), assigned: new Map() };
  private resolved: Resolved = { variables: new Map(), locals: new Map(), resolving: new Set() };
  private iterations: ReadonlyMap<string, Iteration> = new Map();

  /**
   * `fingerprint` identifies what the scope was built from (the text of every variable and locals block, and of the
   * variable files), so a module whose edits leave those alone keeps the same scope, and findings cached against it
   * stay valid.
   */
  private constructor(readonly fingerprint: string) {}

  /**
   * Whether every declaration of the module is here (its folder on disk was read, `.tf` and `.tf.json` files alike):
   * only then can a name be called undeclared.
   */
  complete = false;

  static of(files: readonly ParsedFile[], variableFiles: readonly VariableFile[] = [], complete = false): ModuleScope {
    const scope = new ModuleScope(ModuleScope.fingerprintOf(files, variableFiles, complete));
    scope.complete = complete;
    for (const file of files) {
      // Terraform rejects a name declared twice; the first one stands here.
      for (const v of file.declarations.variables) if (!scope.declared.variables.has(v.name)) scope.declared.variables.set(v.name, v);
      for (const l of file.declarations.locals) if (!scope.declared.locals.has(l.name)) scope.declared.locals.set(l.name, l);
    }
    for (const file of [...variableFiles].sort((a, b) => compareVariableFiles(a.name, b.name))) {
      for (const [name, expression] of file.values) scope.declared.assigned.set(name, { expression, file });
    }
    return scope;
  }

  static fingerprintOf(files: readonly ParsedFile[], variableFiles: readonly VariableFile[] = [], complete = false): string {
    const parts = files.map((f) => `${f.uri}\u0000${f.declarations.scopeText}`);
    if (complete) parts.push('complete');
    for (const f of variableFiles) parts.push(`${f.uri}\u0000${f.text}`);
    return parts.join('\u0001');
  }

  /** The scope of these files: `previous` again when they declare the same values. */
  static update(previous: ModuleScope | undefined, files: readonly ParsedFile[], variableFiles: readonly VariableFile[] = [], complete = false): ModuleScope {
    return previous && previous.fingerprint === ModuleScope.fingerprintOf(files, variableFiles, complete) ? previous : ModuleScope.of(files, variableFiles, complete);
  }

  variable(name: string): VariableDeclaration | undefined {
    return this.declared.variables.get(name);
  }

  local(name: string): LocalDeclaration | undefined {
    return this.declared.locals.get(name);
  }

  /** Names declared, for "did you mean". */
  variableNames(): string[] {
    return [...this.declared.variables.keys()];
  }

  localNames(): string[] {
    return [...this.declared.locals.keys()];
  }

  /**
   * The value of `var.name` before plan: the last variable file's, else the default; unknown without either (a
   * caller or `-var` gives it). It is marked as coming from a variable: anyone can override it.
   */
  variableValue(name: string): Value {
    const cached = this.resolved.variables.get(name);
    if (cached) return cached;
    const declaration = this.declared.variables.get(name);
    let value: Value = UNKNOWN;
    if (declaration) {
      const assigned = this.declared.assigned.get(name);
      if (assigned) {
        value = this.resolve(assigned.expression, assigned.file, `var.${name} in ${assigned.file.name}`, true);
      } else if (declaration.default) {
        // A default cannot refer to anything (Terraform rejects it), so it is evaluated with nothing in scope.
        value = this.resolve(declaration.default.value, declaration.file, `the default of var.${name}`, true, ModuleScope.EMPTY);
      }
    }
    this.resolved.variables.set(name, value);
    return value;
  }

  /** The value of `local.name` before plan; unknown when any part of it is, or when it refers back to itself. */
  localValue(name: string): Value {
    const cached = this.resolved.locals.get(name);
    if (cached) return cached;
    const declaration = this.declared.locals.get(name);
    // A chain of locals deeper than any real module stays unknown rather than exhausting the call stack.
    if (!declaration || this.resolved.resolving.has(name) || this.resolved.resolving.size >= MAX_LOCAL_CHAIN) return UNKNOWN;
    this.resolved.resolving.add(name);
    const raw = evaluate(declaration.attribute.value, this.withoutIterations());
    this.resolved.resolving.delete(name);
    const value = this.stamp(raw, declaration.attribute.value, declaration.file, `local.${name}`, dependsOnVariable(raw));
    this.resolved.locals.set(name, value);
    return value;
  }

  private resolve(expression: Expression, file: SourceFile, description: string, variable: boolean, scope: ModuleScope = this.withoutIterations()): Value {
    return this.stamp(evaluate(expression, scope), expression, file, description, variable);
  }

  private stamp(value: Value, expression: Expression, file: SourceFile, description: string, variable: boolean): Value {
    const origin: Origin = { file, expression, description, variable };
    return withOrigin(value, origin);
  }

  /** The iterator of this name in effect here. */
  iteration(name: string): Iteration | undefined {
    return this.iterations.get(name);
  }

  iterationNames(): string[] {
    return [...this.iterations.keys()];
  }

  /** This scope with one more iterator in effect (inside a resource with `for_each`, or a dynamic block). */
  withIteration(name: string, collection: Value, file: SourceFile): ModuleScope {
    const child = this.derive();
    const iterations = new Map(this.iterations);
    const label = name === 'each' ? 'for_each' : name;
    // Elements written in the collection itself point there (their own expression), so findings name and fix them.
    const stamp = (value: Value, expression: Expression, element: string) =>
      this.stamp(value, expression, file, `${label} element ${element}`, false);
    iterations.set(name, { name, elements: elementsOf(collection, stamp) });
    child.iterations = iterations;
    return child;
  }

  /**
   * The scopes an expression is judged in: one per element of each known iteration it refers to (each with that
   * element current), or this scope alone. `element` names the elements for messages.
   */
  instances(expression: Expression): { scope: ModuleScope; element?: string }[] {
    if (this.iterations.size === 0) return [{ scope: this }];
    const used = [...this.iterations.values()].filter((it) => it.elements && !it.current && refersTo(expression, it.name));
    if (used.length === 0) return [{ scope: this }];
    let out: { scope: ModuleScope; element?: string }[] = [{ scope: this }];
    for (const iteration of used) {
      const next: { scope: ModuleScope; element?: string }[] = [];
      for (const { scope, element } of out) {
        for (const item of iteration.elements!) {
          if (next.length >= MAX_INSTANCES) return [{ scope: this }];
          const label = `${iteration.name === 'each' ? 'for_each' : iteration.name} element ${item.label}`;
          next.push({ scope: scope.withCurrent(iteration.name, item), element: element ? `${element}, ${label}` : label });
        }
      }
      out = next;
    }
    return out;
  }

  /**
   * One scope per element of the iterator `name`, that element current (the instances of a resource, the blocks a
   * dynamic block generates); undefined when its collection is not known before plan or too large to go through.
   */
  elementScopes(name: string): { scope: ModuleScope; element: Element }[] | undefined {
    const elements = this.iterations.get(name)?.elements;
    if (!elements || elements.length > MAX_INSTANCES) return undefined;
    return elements.map((element) => ({ scope: this.withCurrent(name, element), element }));
  }

  private withCurrent(name: string, element: Element): ModuleScope {
    const child = this.derive();
    const iterations = new Map(this.iterations);
    iterations.set(name, { ...iterations.get(name)!, current: element });
    child.iterations = iterations;
    return child;
  }

  private withoutIterations(): ModuleScope {
    if (this.iterations.size === 0) return this;
    const child = this.derive();
    child.iterations = new Map();
    return child;
  }

  private derive(): ModuleScope {
    const child = new ModuleScope(this.fingerprint);
    // Shared, not copied: the declarations and what has been worked out from them.
    child.declared = this.declared;
    child.complete = this.complete;
    child.resolved = this.resolved;
    return child;
  }

  /** A scope that declares nothing: a file on its own. */
  static readonly EMPTY = new ModuleScope('');
}

/** The elements of a known `for_each` collection: a map's entries (by key) or a tuple's items (by index). */
function elementsOf(collection: Value, stamp: (value: Value, expression: Expression, label: string) => Value): Element[] | undefined {
  if (collection.kind === 'object') {
    const out: Element[] = [];
    for (const entry of collection.entries) {
      if (entry.key === undefined) return undefined;
      const label = JSON.stringify(entry.key);
      out.push({ key: { kind: 'string', value: entry.key }, value: stamp(entry.value, entry.expression, label), label });
    }
    return out;
  }
  if (collection.kind === 'tuple') {
    return collection.items.map((item, index) => ({ key: { kind: 'number', value: index }, value: stamp(item.value, item.expression, String(index)), label: String(index) }));
  }
  return undefined;
}

/** Whether the expression mentions the name as the root of a reference. */
function refersTo(expression: Expression, name: string): boolean {
  let found = false;
  walk(expression, (node) => {
    if ('kind' in node && node.kind === 'Variable' && node.name === name) found = true;
  });
  return found;
}
