import type { Attribute, Expression, Span } from '../../hcl/ast';
import type { AttributeSchema, Constraint } from '../../schema/types';
import { behaviourOf } from '../constraints';
import { isPrimitive, toPrimitive } from '../conversion';
import { Codes, severityOf } from '../diagnosticCodes';
import { evaluate } from '../evaluation/evaluate';
import type { ModuleScope } from '../evaluation/scope';
import type { Value } from '../evaluation/value';
import { comesFrom, fileName, placeOf } from './origins';
import { replacement } from '../fixes/edits';
import type { Finding, Fix } from './finding';

// Judges values known before plan (../evaluation: literals, and variables, locals and for_each elements that resolve
// to them); anything only plan knows (resource attributes, function calls) is unknown there and passes. Values are
// first converted the way Terraform converts them.

type Sink = (span: Span, code: Finding['code'], message: string, severity?: Finding['severity'], fixes?: Fix[], related?: Finding['related']) => void;

/**
 * Judges an argument's value in every scope it takes (one per element of a known `for_each` it refers to). `text`
 * is the text of the file the argument is written in.
 */
export function checkAttributeValue(attr: Attribute, schema: AttributeSchema, name: string, scope: ModuleScope, text: string, report: Sink): void {
  if (schema.meta) return;
  for (const instance of scope.instances(attr.value)) {
    const value = evaluate(attr.value, instance.scope);
    if (value.kind === 'unknown' || value.kind === 'null') continue;
    new ValueCheck(attr.value, text, instance.element, report).check(value, schema, name);
  }
}

class ValueCheck {
  constructor(
    /** The argument's expression: where findings are reported when the value is written elsewhere. */
    private readonly use: Expression,
    private readonly text: string,
    /** The `for_each` element judged, for messages. */
    private readonly element: string | undefined,
    private readonly sink: Sink,
  ) {}

  check(value: Value, schema: AttributeSchema, name: string): void {
    if (isPrimitive(schema.type)) {
      this.primitive(value, this.use, schema.type, schema.integer, schema.constraint, name);
      return;
    }
    if (schema.type === 'map(string)') {
      if (value.kind !== 'object') {
        this.report(value, this.use, Codes.typeMismatch, `${name} must be a map of strings, such as { Name = "value" }.`);
        return;
      }
      for (const entry of value.entries) this.primitive(entry.value, this.at(value, entry.expression), 'string', false, undefined, `each value of ${name}`);
      return;
    }
    if (value.kind !== 'tuple') {
      this.report(value, this.use, Codes.typeMismatch, `${name} must be a list of strings, such as ["${exampleOf(schema.constraint)}"].`);
      return;
    }
    const count = value.items.length;
    const { minItems, maxItems } = schema;
    // A tuple literal's length is known even when its elements are not.
    if (minItems !== undefined && count < minItems) {
      this.report(value, this.use, Codes.itemCount, `${name} needs at least ${minItems} element${minItems === 1 ? '' : 's'}; it has ${count}.`);
    } else if (maxItems !== undefined && count > maxItems) {
      this.report(value, this.use, Codes.itemCount, `${name} can hold at most ${maxItems} elements; it has ${count}.`);
    }
    for (const item of value.items) this.primitive(item.value, this.at(value, item.expression), 'string', false, schema.constraint, name);
  }

  /** A part of a value written elsewhere is reported on the reference here; a part written here, on itself. */
  private at(container: Value, part: Expression): Expression {
    return container.origin ? this.use : part;
  }

  private primitive(value: Value, where: Expression, type: 'string' | 'number' | 'bool', integer: boolean | undefined, constraint: Constraint | undefined, subject: string): void {
    const converted = toPrimitive(value, type);
    if (converted.ok === 'unknown') return;
    if (!converted.ok) {
      this.report(value, where, Codes.typeMismatch, `Inappropriate value for ${subject}: ${converted.reason}.`);
      return;
    }
    if (integer && typeof converted.value === 'number' && !Number.isInteger(converted.value)) {
      this.report(value, where, Codes.typeMismatch, `${subject} must be a whole number; got ${converted.value}.`);
      return;
    }
    if (!constraint) return;
    const violation = behaviourOf(constraint).check(constraint, converted.value, subject);
    if (!violation) return;
    this.report(value, where, violation.code, violation.message, violation.severity, violation.replacement);
  }

  /**
   * A finding about `value`: where it came from is named (and linked), a value that comes from a variable is a
   * warning (a caller, `-var` or another .tfvars can override it), and a fix edits the place the value is written.
   */
  private report(value: Value, where: Expression, code: Finding['code'], message: string, severity?: Finding['severity'], replacementValue?: string | number): void {
    const replacementText = replacementValue === undefined ? undefined : typeof replacementValue === 'string' ? `"${replacementValue}"` : String(replacementValue);
    // A spelling fix is safe to apply unasked; a number moved to its bound changes what is deployed, so it is offered.
    const preferred = typeof replacementValue === 'string';
    const origin = value.origin;
    // An element written in the for_each itself is already named by its origin.
    const element = this.element && origin?.description !== this.element ? ` (${this.element})` : '';
    if (!origin) {
      const fixes = replacementText !== undefined ? [replacement(where, replacementText, `Change to ${replacementText}`, preferred)] : undefined;
      this.sink(where, code, message + element, severity, fixes);
      return;
    }
    const used = this.text.slice(where.start, Math.min(where.end, where.start + 80));
    const place = placeOf(origin);
    const full = `${comesFrom(used, origin)}${element}: ${message}`;
    const level = origin.variable && (severity ?? severityOf(code)) === 'error' ? 'warning' : severity;
    // Only a value written whole (a literal) is replaced; a template built from several parts is the user's to fix.
    const fixes = replacementText !== undefined && !origin.partial && isLiteral(origin.expression)
      ? [replacement(origin.expression, replacementText, `Change to ${replacementText} in ${fileName(origin.file.uri)}`, preferred, origin.file)]
      : undefined;
    this.sink(where, code, full, level, fixes, [{ file: origin.file, span: spanOf(origin.expression), message: place }]);
  }
}

function isLiteral(expression: Expression): boolean {
  return expression.kind === 'Literal' || (expression.kind === 'Template' && expression.parts.every((p) => p.kind === 'TemplateLiteral'));
}

function spanOf(expression: Expression): Span {
  return { start: expression.start, end: expression.end };
}


function exampleOf(constraint: Constraint | undefined): string {
  return constraint ? String(behaviourOf(constraint).example(constraint)) : '…';
}
