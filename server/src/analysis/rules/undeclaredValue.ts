import { forEachChild, type Block, type Expression, type Node } from '../../hcl';
import { ENDPOINT_TYPE, CONFIGURATION_TYPE } from '../../schema';
import { Codes } from '../diagnosticCodes';
import { dynamicScope, resourceScope } from '../evaluation/iterations';
import type { ModuleScope } from '../evaluation/scope';
import { rename } from '../fixes/edits';
import { closest } from '../suggest';
import { isDynamicBlock } from '../tree/blocks';
import type { FileRule, RuleReport } from './types';

// Terraform rejects `var.X` and `local.X` that the module does not declare, and a name inside a dynamic block that is
// neither an iterator in scope nor anything else ("A managed resource "production_vairants" "value" has not been
// declared"), at plan. Judged only where the scope knows every declaration of the module (see ModuleScope.complete).
// A root name that is not an iterator is judged only when it is a near miss of one: otherwise it is a resource
// reference, which undeclaredReference judges.

/** Roots Terraform itself provides, besides resource types. */
const BUILT_IN = new Set(['var', 'local', 'each', 'count', 'self', 'path', 'terraform', 'module', 'data']);

export const undeclaredValue: FileRule = {
  scope: 'file',
  code: Codes.undeclaredValue,
  resourceTypes: [ENDPOINT_TYPE, CONFIGURATION_TYPE],
  check({ resource, scope }) {
    if (!scope.complete) return [];
    const out: RuleReport[] = [];
    walkBody(resource.block, resourceScope(resource, scope), resource.file, out);
    return out;
  },
};

function walkBody(block: Block, scope: ModuleScope, file: Parameters<typeof dynamicScope>[2], out: RuleReport[]): void {
  // Explicit stack: blocks nest as deep as the document does.
  const stack: { block: Block; scope: ModuleScope }[] = [{ block, scope }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    for (const item of next.block.body.items) {
      if (item.kind === 'Attribute') checkExpression(item.value, next.scope, out);
      else if (item.kind === 'Block') stack.push({ block: item, scope: isDynamicBlock(item) ? dynamicScope(item, next.scope, file) : next.scope });
    }
  }
}

function checkExpression(root: Expression, scope: ModuleScope, out: RuleReport[]): void {
  // Names a for-expression binds are in scope in its body: [for v in x : v.name].
  const stack: { node: Node; bound: ReadonlySet<string> }[] = [{ node: root, bound: new Set() }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, bound } = next;
    if ('kind' in node && node.kind === 'Traversal' && node.source.kind === 'Variable') {
      const report = judge(node.source.name, node.steps[0]?.kind === 'GetAttr' ? node.steps[0] : undefined, node.source, scope, bound);
      if (report) out.push(report);
    }
    let inner = bound;
    if ('kind' in node && node.kind === 'For') {
      stack.push({ node: node.collection, bound });
      inner = new Set([...bound, node.valueVar, ...(node.keyVar ? [node.keyVar] : [])]);
      for (const part of [node.keyExpr, node.valueExpr, node.condition]) if (part) stack.push({ node: part, bound: inner });
      continue;
    }
    forEachChild(node, (child) => stack.push({ node: child, bound: inner }));
  }
}

function judge(
  root: string,
  first: { name: string; start: number; end: number } | undefined,
  source: { start: number; end: number },
  scope: ModuleScope,
  bound: ReadonlySet<string>,
): RuleReport | undefined {
  if (bound.has(root)) return undefined;
  if ((root === 'var' || root === 'local') && first) {
    const declared = root === 'var' ? scope.variable(first.name) : scope.local(first.name);
    if (declared) return undefined;
    const guess = closest(first.name, root === 'var' ? scope.variableNames() : scope.localNames());
    const kind = root === 'var' ? 'input variable' : 'local value';
    const hint = guess ? ` Did you mean ${root}.${guess}?` : '';
    const fixes = guess ? [rename({ start: first.end - first.name.length, end: first.end }, guess)] : undefined;
    return { span: { start: source.start, end: first.end }, message: `No ${kind} named "${first.name}" is declared in this module.${hint}`, fixes };
  }
  if (BUILT_IN.has(root) || scope.iteration(root)) return undefined;
  const guess = closest(root, scope.iterationNames().filter((n) => n !== 'each'));
  if (!guess) return undefined;
  return {
    span: source,
    message: `"${root}" is not declared here. Did you mean "${guess}", the iterator of the enclosing dynamic block?`,
    fixes: [rename(source, guess)],
  };
}
