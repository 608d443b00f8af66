// The syntax tree of an HCL file. Every node carries `start`/`end` as offsets into the document string: JavaScript
// strings are UTF-16, so these are UTF-16 code units, which is what LSP positions count. `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface Identifier extends Span {
  kind: 'Identifier';
  name: string;
}

export interface ParseResult {
  body: Body;
  /** Syntax problems, in document order. The parser never throws; it records here and recovers. */
  errors: SyntaxError[];
}

export interface SyntaxError extends Span {
  message: string;
}

export interface Body extends Span {
  kind: 'Body';
  items: BodyItem[];
}

export type BodyItem = Attribute | Block | ErrorItem;

export interface Attribute extends Span {
  kind: 'Attribute';
  name: Identifier;
  /** Missing (an `Invalid` expression) when the user has typed only `name =` or `name`. */
  value: Expression;
  /** Offset of `=`; undefined when the user has typed a name only. */
  equals?: number;
}

export interface Block extends Span {
  kind: 'Block';
  type: Identifier;
  labels: Label[];
  /** Offset of `{`; undefined when missing. */
  openBrace?: number;
  /** Offset of `}`; undefined when the block is unterminated (its body then runs to where recovery stopped). */
  closeBrace?: number;
  body: Body;
  /** What the analysis keeps of this node while it lives (nodeMemo.ts); the parser leaves it empty. */
  memo?: unknown[];
  /**
   * How far the offsets of the nodes below a top-level resource block lag behind its own: the incremental parse
   * moves only the block's own offsets, and settle() (incremental.ts) the rest when they are read. 0 from the parser.
   */
  lag?: number;
}

export interface Label extends Span {
  kind: 'Label';
  /** Decoded text of a quoted label, or the identifier. */
  value: string;
  quoted: boolean;
}

/** A region the parser could not make sense of. The rest of the body keeps its structure. */
export interface ErrorItem extends Span {
  kind: 'ErrorItem';
  message: string;
}

export type Expression =
  | LiteralValue
  | TemplateExpr
  | VariableExpr
  | TraversalExpr
  | FunctionCallExpr
  | ConditionalExpr
  | ForExpr
  | TupleExpr
  | ObjectExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr
  | SplatExpr
  | InvalidExpr;

/** A number, `true`, `false` or `null`. Strings are templates. */
export interface LiteralValue extends Span {
  kind: 'Literal';
  value: number | boolean | null;
  raw: string;
}

/** A quoted string or heredoc. A plain string is a template with one literal part. */
export interface TemplateExpr extends Span {
  kind: 'Template';
  parts: TemplatePart[];
  /** Heredoc marker info; undefined for a quoted string. */
  heredoc?: { marker: string; indented: boolean };
  /** False when the closing quote or heredoc marker is missing. */
  terminated: boolean;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateDirective;

export interface TemplateLiteral extends Span {
  kind: 'TemplateLiteral';
  /** Decoded text: escapes (`\n`, `\"`, `\u00e9`, `$${`, `%%{`) resolved; heredoc `<<-` indentation removed. */
  value: string;
}

export interface TemplateInterpolation extends Span {
  kind: 'TemplateInterpolation';
  expression: Expression;
}

/** `%{ if … }`, `%{ for … }`, `%{ else }`, `%{ endif }`, `%{ endfor }` (kept flat: the keyword and the raw text). */
export interface TemplateDirective extends Span {
  kind: 'TemplateDirective';
  keyword: string;
  /** The condition of `%{ if … }` or the collection of `%{ for … in … }`. */
  expression?: Expression;
  /** `%{ for k, v in … }`: `k` (absent when only a value variable is declared). */
  keyVar?: string;
  /** `%{ for v in … }`: `v`. */
  valueVar?: string;
}

export interface VariableExpr extends Span {
  kind: 'Variable';
  name: string;
}

export type TraversalStep =
  | ({ kind: 'GetAttr'; name: string } & Span)
  | ({ kind: 'Index'; key: Expression } & Span)
  /** Legacy `.*` attribute-only splat. */
  | ({ kind: 'AttrSplat' } & Span);

/** `source.step.step[...]`: `aws_sagemaker_endpoint_configuration.ec.name`, `var.x[0]`, `f(x).y`. */
export interface TraversalExpr extends Span {
  kind: 'Traversal';
  source: Expression;
  steps: TraversalStep[];
}

/** `source[*].rest`: full splat. */
export interface SplatExpr extends Span {
  kind: 'Splat';
  source: Expression;
  steps: TraversalStep[];
}

export interface FunctionCallExpr extends Span {
  kind: 'FunctionCall';
  name: Identifier;
  args: Expression[];
  /** `f(list...)` */
  expandFinal: boolean;
}

export interface ConditionalExpr extends Span {
  kind: 'Conditional';
  condition: Expression;
  trueResult: Expression;
  falseResult: Expression;
}

export interface ForExpr extends Span {
  kind: 'For';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  /** Present for `{ for … : k => v }`. */
  keyExpr?: Expression;
  valueExpr: Expression;
  condition?: Expression;
  grouping: boolean;
  object: boolean;
}

export interface TupleExpr extends Span {
  kind: 'Tuple';
  items: Expression[];
}

export interface ObjectItem extends Span {
  key: Expression;
  value: Expression;
}

export interface ObjectExpr extends Span {
  kind: 'Object';
  items: ObjectItem[];
}

export interface BinaryExpr extends Span {
  kind: 'Binary';
  operator: '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';
  left: Expression;
  right: Expression;
}

export interface UnaryExpr extends Span {
  kind: 'Unary';
  operator: '!' | '-';
  operand: Expression;
}

export interface ParenExpr extends Span {
  kind: 'Paren';
  expression: Expression;
}

/** An expression that is missing or could not be parsed. Never judged by value. */
export interface InvalidExpr extends Span {
  kind: 'Invalid';
}
