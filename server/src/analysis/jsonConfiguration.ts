import { parseExpressionDocument } from '../hcl';
import type { Attribute, Block, Body, BodyItem, Expression, Identifier, Label, ObjectExpr, ParseResult, Span, SyntaxError, TemplateExpr } from '../hcl/ast';
import { getResourceSchema } from '../schema';
import type { BodySchema } from '../schema/types';
import { dynamicSchema } from './bodyContext';

// Terraform's JSON configuration syntax (`*.tf.json`) as the same syntax tree `.tf` files give, so every feature
// reads both. JSON is HCL expression syntax, so the HCL parser reads the text and this file gives the object the
// structure Terraform does: top-level keys are block types, the next keys are labels (`resource.<type>.<name>`),
// and inside a body the schema says which keys are nested blocks (an object, or an array of objects) and which
// are arguments. Strings are templates: `"${var.x}"` is an expression, a string without `${`/`%{` is a literal.
// `//` keys in block bodies are comments, as in Terraform. Spans point into the JSON text: an argument's or a
// block's name is the key inside its quotes; a labelled block's header is its innermost label key (the outer keys
// are shared with its siblings).

/** How a body's keys are read: which are blocks (with how many label levels), the rest are arguments. */
interface Shape {
  block(name: string): { labels: number; shape(labels: readonly string[]): Shape } | undefined;
}

const ARGUMENTS: Shape = { block: () => undefined };

function shapeOf(body: BodySchema): Shape {
  return {
    block(name) {
      const schema = body.blocks[name];
      if (schema) return { labels: schema.labels ?? 0, shape: () => (schema.opaque ? ARGUMENTS : shapeOf(schema.body)) };
      if (name !== 'dynamic') return undefined;
      return {
        labels: 1,
        shape: ([target]) => {
          const generated = body.blocks[target];
          return generated && !generated.opaque && !generated.meta ? shapeOf(dynamicSchema(generated).body) : ARGUMENTS;
        },
      };
    },
  };
}

function fixed(blocks: Record<string, { labels: number; shape: Shape }>): Shape {
  return { block: (name) => (Object.hasOwn(blocks, name) ? { labels: blocks[name].labels, shape: () => blocks[name].shape } : undefined) };
}

/** Resources of other types: only their meta-argument blocks are told apart (their own blocks read as arguments). */
const OTHER_RESOURCE = fixed({ lifecycle: { labels: 0, shape: ARGUMENTS }, provisioner: { labels: 1, shape: ARGUMENTS }, connection: { labels: 0, shape: ARGUMENTS } });

const TOP_LEVEL: Shape = {
  block(name) {
    switch (name) {
      case 'resource':
        return { labels: 2, shape: ([type]) => { const schema = getResourceSchema(type); return schema ? shapeOf(schema.body) : OTHER_RESOURCE; } };
      case 'data':
      case 'ephemeral':
        return { labels: 2, shape: () => OTHER_RESOURCE };
      case 'variable':
        return { labels: 1, shape: () => fixed({ validation: { labels: 0, shape: ARGUMENTS } }) };
      case 'module':
      case 'output':
      case 'provider':
      case 'check':
        return { labels: 1, shape: () => ARGUMENTS };
      case 'terraform':
        return { labels: 0, shape: () => fixed({ required_providers: { labels: 0, shape: ARGUMENTS }, backend: { labels: 1, shape: ARGUMENTS }, cloud: { labels: 0, shape: ARGUMENTS } }) };
      case 'locals':
      case 'moved':
      case 'import':
      case 'removed':
        return { labels: 0, shape: () => ARGUMENTS };
      default:
        return undefined;
    }
  },
};

interface Key extends Span {
  name: string;
}

/** Whether a URI names a file of Terraform's JSON syntax. */
export function isJsonConfiguration(uri: string): boolean {
  return uri.endsWith('.tf.json');
}

/** Parses a `.tf.json` document into the syntax tree of the configuration it holds. Never throws. */
export function parseJsonConfiguration(text: string): ParseResult {
  return new Converter(text).run();
}

class Converter {
  private readonly errors: SyntaxError[] = [];

  constructor(private readonly text: string) {}

  run(): ParseResult {
    // The structure is parsed with every string's contents masked: JSON escapes are not HCL's (`\/`, `\"` inside
    // `${…}`), and a string's template is parsed on its own, from the original text (see string()).
    const { expression, errors: syntaxErrors } = parseExpressionDocument(maskStrings(this.text));
    let body: Body = { kind: 'Body', items: [], start: 0, end: this.text.length };
    if (expression.kind === 'Object') body = this.body(expression, TOP_LEVEL, syntaxErrors);
    else if (expression.kind !== 'Invalid') this.error(expression, 'A Terraform JSON configuration file holds one JSON object.');
    return { body, errors: syntaxErrors.concat(this.errors).sort((a, b) => a.start - b.start) };
  }

  private error(span: Span, message: string): void {
    this.errors.push({ start: span.start, end: span.end, message });
  }

  private body(object: ObjectExpr, shape: Shape, syntaxErrors: readonly SyntaxError[]): Body {
    const items: BodyItem[] = [];
    for (const item of object.items) {
      const key = this.key(item.key);
      if (!key || key.name === '//') continue;
      const spec = shape.block(key.name);
      if (spec) items.push(...this.blocks(key, item.value, spec, [], syntaxErrors));
      else items.push(this.attribute(key, item.key, item.value));
    }
    // Where the parser had to recover, the body is incomplete: an ErrorItem says so, as in a `.tf` file.
    for (const e of syntaxErrors) {
      if (e.start < object.start || e.start >= object.end) continue;
      if (items.some((i) => i.kind === 'Block' && i.start <= e.start && e.start < i.end)) continue;
      items.push({ kind: 'ErrorItem', message: e.message, start: e.start, end: Math.max(e.end, e.start) });
    }
    items.sort((a, b) => a.start - b.start);
    return { kind: 'Body', items, start: object.start, end: object.end };
  }

  /** The blocks a key stands for: one per object at the innermost label level (arrays give several). */
  private blocks(type: Key, value: Expression, spec: { labels: number; shape(labels: readonly string[]): Shape }, labels: Key[], syntaxErrors: readonly SyntaxError[]): Block[] {
    const objects = value.kind === 'Object' ? [{ object: value, listed: false }] : value.kind === 'Tuple' ? value.items.filter((i): i is ObjectExpr => i.kind === 'Object').map((object) => ({ object, listed: true })) : [];
    const out: Block[] = [];
    for (const { object, listed } of objects) {
      if (labels.length < spec.labels) {
        for (const item of object.items) {
          const label = this.key(item.key);
          if (label && label.name !== '//') out.push(...this.blocks(type, item.value, spec, [...labels, label], syntaxErrors));
        }
        continue;
      }
      const header = labels[labels.length - 1];
      const typeName: Identifier = header
        ? { kind: 'Identifier', name: type.name, start: header.start, end: header.end }
        : { kind: 'Identifier', name: type.name, start: type.start + 1, end: Math.max(type.start + 1, type.end - 1) };
      const blockLabels: Label[] = labels.map((l) => ({ kind: 'Label', value: l.name, quoted: true, start: l.start, end: l.end }));
      const start = listed ? object.start : (header ?? type).start;
      out.push({
        kind: 'Block',
        type: typeName,
        labels: blockLabels,
        openBrace: object.start,
        closeBrace: this.text[object.end - 1] === '}' ? object.end - 1 : undefined,
        body: this.body(object, spec.shape(labels.map((l) => l.name)), syntaxErrors),
        start,
        end: object.end,
      });
    }
    return out;
  }

  private attribute(key: Key, keyExpression: Expression, value: Expression): Attribute {
    const colon = this.text.indexOf(':', keyExpression.end);
    const equals = value.kind === 'Invalid' && value.start === value.end ? undefined : colon >= 0 && colon < value.start ? colon : keyExpression.end;
    return {
      kind: 'Attribute',
      name: { kind: 'Identifier', name: key.name, start: key.start + 1, end: Math.max(key.start + 1, key.end - 1) },
      value: this.value(value, key.name === 'iterator'),
      equals,
      start: key.start,
      end: Math.max(value.end, keyExpression.end),
    };
  }

  /** A JSON key: a string, decoded. Anything else is not JSON. */
  private key(expression: Expression): Key | undefined {
    if (expression.kind === 'Template' && !expression.heredoc) {
      const decoded = this.decode(expression);
      if (decoded !== undefined) return { name: decoded, start: expression.start, end: expression.end };
      return undefined;
    }
    if (expression.kind !== 'Invalid') this.error(expression, 'A property name in JSON is a quoted string.');
    return undefined;
  }

  /** A JSON value as Terraform reads it; `identifier`: a string that names a variable (a dynamic block's iterator). */
  private value(expression: Expression, identifier = false): Expression {
    switch (expression.kind) {
      case 'Literal':
      case 'Invalid':
        return expression;
      case 'Unary':
        if (expression.operator === '-' && expression.operand.kind === 'Literal' && typeof expression.operand.value === 'number') {
          return { kind: 'Literal', value: -expression.operand.value, raw: this.text.slice(expression.start, expression.end), start: expression.start, end: expression.end };
        }
        break;
      case 'Template':
        if (!expression.heredoc) return this.string(expression, identifier);
        break;
      case 'Tuple':
        return { ...expression, items: expression.items.map((item) => this.value(item)) };
      case 'Object': {
        const items = [];
        for (const item of expression.items) {
          const key = this.key(item.key);
          if (key) items.push({ ...item, key: this.literal(key.name, key) as Expression, value: this.value(item.value) });
        }
        return { ...expression, items };
      }
    }
    this.error(expression, 'Terraform JSON takes JSON values here; an expression goes in a string, as "${…}".');
    return { kind: 'Invalid', start: expression.start, end: expression.end };
  }

  private string(template: TemplateExpr, identifier: boolean): Expression {
    const decoded = this.decode(template);
    if (decoded === undefined) return { kind: 'Invalid', start: template.start, end: template.end };
    if (identifier && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(decoded)) return { kind: 'Variable', name: decoded, start: template.start, end: template.end };
    if (!decoded.includes('${') && !decoded.includes('%{')) return this.literal(decoded, template);
    // A template. Without escapes, the raw text is the quoted template Terraform reads: it is parsed on its own.
    const raw = this.text.slice(template.start, template.end);
    if (!raw.includes('\\')) {
      const parsed = parseExpressionDocument(raw);
      const expression = shifted(parsed.expression, template.start);
      for (const e of parsed.errors) this.errors.push({ ...e, start: e.start + template.start, end: e.end + template.start });
      if (expression.kind === 'Template' && expression.end === template.end) {
        // A string that is one interpolation is that expression, its type kept (Terraform's rule for JSON and HCL).
        const [only] = expression.parts;
        return expression.parts.length === 1 && only.kind === 'TemplateInterpolation' ? only.expression : expression;
      }
    }
    // Escapes inside an interpolation (`\"` around a string in `${…}`): its value is unknown here.
    const inner = { start: template.start + 1, end: Math.max(template.start + 1, template.end - 1) };
    return { ...template, parts: [{ kind: 'TemplateInterpolation', expression: { kind: 'Invalid', ...inner }, ...inner }] };
  }

  private literal(value: string, span: Span): TemplateExpr {
    const inner = { start: span.start + 1, end: Math.max(span.start + 1, span.end - 1) };
    return { kind: 'Template', parts: value === '' ? [] : [{ kind: 'TemplateLiteral', value, ...inner }], terminated: true, start: span.start, end: span.end };
  }

  /** The decoded text of a JSON string, or undefined (with a syntax error) when it is not one. */
  private decode(template: TemplateExpr): string | undefined {
    const raw = this.text.slice(template.start, template.end);
    try {
      const decoded: unknown = JSON.parse(raw);
      if (typeof decoded === 'string') return decoded;
    } catch {
      // reported below
    }
    this.error(template, 'Not a valid JSON string.');
    return undefined;
  }
}

/**
 * The text with the contents of every JSON string replaced by `x` (same length, quotes kept), so the HCL parser sees
 * the structure only. One linear pass; an unterminated string runs to the end.
 */
function maskStrings(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    const open = i++;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' && i + 1 < text.length && text[i + 1] !== '\n' ? 2 : 1;
    out += text.slice(from, open + 1) + 'x'.repeat(i - open - 1);
    from = i;
    if (i < text.length && text[i] === '"') i++;
  }
  return out + text.slice(from);
}

/** A sub-tree parsed from a slice, with its offsets moved to where the slice sits. */
function shifted<T>(node: T, by: number): T {
  if (Array.isArray(node)) return node.map((n: unknown) => shifted(n, by)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = (key === 'start' || key === 'end') && typeof value === 'number' ? value + by : shifted(value, by);
  return out as T;
}
