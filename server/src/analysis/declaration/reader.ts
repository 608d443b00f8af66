import type { Declared } from '../../../../shared/protocol';
import type { Block, Expression } from '../../hcl/ast';
import { toPrimitive } from '../conversion';
import { valueOf } from '../evaluation/evaluate';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile } from '../parsedFile';
import { attribute } from '../tree/blocks';

// Arguments of a block as the values a declaration reports: known before plan (after Terraform's conversions: "2"
// is 2, "true" is true), or unknown with the expression as written. A null or missing argument is absent.

/** Unknown expressions are reported at most this long. */
const MAX_EXPRESSION = 200;

/** The text each known value was read from, so a value that differs between instances can be reported unknown. */
const writtenAs = new WeakMap<object, string>();

/** The expression as written, on one line (a report's row), at most MAX_EXPRESSION characters long. */
export function expressionText(file: ParsedFile, expression: Expression): string {
  const written = file.text.slice(expression.start, Math.min(expression.end, expression.start + 4 * MAX_EXPRESSION));
  const text = written
    .split('\n')
    .map((line, i) => (i === 0 ? line.trimEnd() : line.trim()))
    .join(' ');
  return text.length > MAX_EXPRESSION || written.length < expression.end - expression.start ? `${text.slice(0, MAX_EXPRESSION - 1)}…` : text;
}

export function unknown(expression: string): Declared<never> {
  return { known: false, expression };
}

function known<T>(value: T, expression: string): Declared<T> {
  const declared: Declared<T> = { known: true, value };
  writtenAs.set(declared, expression);
  return declared;
}

/** The same value as not known before plan (set by Terraform at plan). */
export function asUnknown<T>(declared: Declared<T>): Declared<T> {
  return declared.known ? unknown(writtenAs.get(declared) ?? '') : declared;
}

/**
 * Reads one block in one scope. `maybe`: the block may not exist at all (a dynamic block over a collection not known
 * before plan), so nothing in it is known.
 */
export class Reader {
  constructor(
    readonly file: ParsedFile,
    readonly scope: ModuleScope,
    readonly maybe = false,
  ) {}

  with(scope: ModuleScope, maybe = this.maybe): Reader {
    return new Reader(this.file, scope, maybe);
  }

  line(block: Block): number {
    return this.file.positionAt(block.start).line;
  }

  string(block: Block, name: string): Declared<string> | undefined {
    return this.primitive(block, name, 'string') as Declared<string> | undefined;
  }

  number(block: Block, name: string): Declared<number> | undefined {
    return this.primitive(block, name, 'number') as Declared<number> | undefined;
  }

  bool(block: Block, name: string): Declared<boolean> | undefined {
    return this.primitive(block, name, 'bool') as Declared<boolean> | undefined;
  }

  /** A default the provider fills in for an argument not written. */
  defaulted<T>(value: T): Declared<T> {
    return this.maybe ? unknown('') : { known: true, value, defaulted: true };
  }

  /** Whether the argument is certainly not set (not written, or null). */
  isUnset(block: Block, name: string): boolean {
    return !this.maybe && valueOf(attribute(block, name), this.scope).kind === 'null';
  }

  /** A map of strings (`tags`): known when every key and value is. */
  stringMap(block: Block, name: string): Declared<Record<string, string>> | undefined {
    const attr = attribute(block, name);
    if (!attr) return undefined;
    const value = valueOf(attr, this.scope);
    if (value.kind === 'null') return undefined;
    const text = expressionText(this.file, attr.value);
    if (this.maybe || value.kind !== 'object') return unknown(text);
    // No prototype: a tag named `__proto__` is a tag like any other.
    const map: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const entry of value.entries) {
      const converted = toPrimitive(entry.value, 'string');
      if (entry.key === undefined || converted.ok !== true) return unknown(text);
      map[entry.key] = String(converted.value);
    }
    return known(map, text);
  }

  private primitive(block: Block, name: string, type: 'string' | 'number' | 'bool'): Declared<string | number | boolean> | undefined {
    const attr = attribute(block, name);
    if (!attr) return undefined;
    const value = valueOf(attr, this.scope);
    if (value.kind === 'null') return undefined;
    const text = expressionText(this.file, attr.value);
    const converted = toPrimitive(value, type);
    // A value Terraform would reject is not a value it deploys: it is left unknown rather than compared.
    return converted.ok === true && !this.maybe ? known(converted.value, text) : unknown(text);
  }
}
