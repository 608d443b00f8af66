// Generic traversal of the syntax tree, so callers (and tests) need not know every node's child fields.

import type { Body, BodyItem, Expression, Identifier, Label, ObjectItem, Span, TemplatePart, TraversalStep } from './ast';

/** Every node that has a span: the `kind`-tagged nodes, plus object items (which have no `kind`). */
export type Node = Body | BodyItem | Expression | Identifier | Label | TemplatePart | TraversalStep | ObjectItem;

/** Calls `visit` for each direct child of `node`, in source order. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  if (!('kind' in node)) {
    visit(node.key);
    visit(node.value);
    return;
  }
  switch (node.kind) {
    case 'Body':
      for (const item of node.items) visit(item);
      return;
    case 'Attribute':
      visit(node.name);
      visit(node.value);
      return;
    case 'Block':
      visit(node.type);
      for (const label of node.labels) visit(label);
      visit(node.body);
      return;
    case 'Template':
      for (const part of node.parts) visit(part);
      return;
    case 'TemplateInterpolation':
      visit(node.expression);
      return;
    case 'TemplateDirective':
      if (node.expression) visit(node.expression);
      return;
    case 'Traversal':
    case 'Splat':
      visit(node.source);
      for (const step of node.steps) visit(step);
      return;
    case 'Index':
      visit(node.key);
      return;
    case 'FunctionCall':
      visit(node.name);
      for (const arg of node.args) visit(arg);
      return;
    case 'Conditional':
      visit(node.condition);
      visit(node.trueResult);
      visit(node.falseResult);
      return;
    case 'For':
      visit(node.collection);
      if (node.keyExpr) visit(node.keyExpr);
      visit(node.valueExpr);
      if (node.condition) visit(node.condition);
      return;
    case 'Tuple':
      for (const item of node.items) visit(item);
      return;
    case 'Object':
      for (const item of node.items) visit(item);
      return;
    case 'Binary':
      visit(node.left);
      visit(node.right);
      return;
    case 'Unary':
      visit(node.operand);
      return;
    case 'Paren':
      visit(node.expression);
      return;
    default:
      return;
  }
}

/**
 * Calls `visit` on `root` and every node below it, each parent before its children, children in source order (the
 * order of a recursive walk). It keeps its own stack: trees from a document can be far deeper than the call stack,
 * since the parser builds `1 + 1 + …` as one Binary per operator and `x[*][*]…` as one Splat per step.
 */
export function walk(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  const children: Node[] = [];
  const collect = (child: Node) => void children.push(child);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    forEachChild(node, collect);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    children.length = 0;
  }
}

/** The innermost chain of nodes containing `offset` (end-inclusive, so a cursor just after a name still hits it). */
export function pathAt(root: Body, offset: number): Node[] {
  const path: Node[] = [root];
  let current: Node = root;
  for (;;) {
    let next: Node | undefined;
    forEachChild(current, (child) => {
      if (next === undefined && contains(child, offset)) next = child;
    });
    if (next === undefined) return path;
    path.push(next);
    current = next;
  }
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
