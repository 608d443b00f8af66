import type { Expression } from '../../hcl/ast';

/** `type.name.attr` or `type.name[index].attr`: the referenced type and name, else undefined. */
export function plainReference(expression: Expression): { type: string; name: string; attr: string } | undefined {
  if (expression.kind !== 'Traversal' || expression.source.kind !== 'Variable') return undefined;
  const steps = expression.steps;
  const [name, ...rest] = steps;
  if (name?.kind !== 'GetAttr') return undefined;
  const tail = rest[0]?.kind === 'Index' ? rest.slice(1) : rest;
  if (tail.length !== 1 || tail[0].kind !== 'GetAttr') return undefined;
  return { type: expression.source.name, name: name.name, attr: tail[0].name };
}
