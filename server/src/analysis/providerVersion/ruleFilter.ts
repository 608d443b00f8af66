import type { Span } from '../../hcl/ast';
import { sinceOf } from '../../schema';
import type { BodySchema } from '../../schema/types';
import { childContext, resourceContext, type BodyContext } from '../bodyContext';
import type { ResourceBlock } from '../parsedFile';
import { itemAt } from '../rules/reportDocs';
import { isDynamicBlock } from '../tree/blocks';
import { predates, type ProviderVersionInUse } from './inUse';

// A rule's report about something the provider version in use does not have is left out: that thing already has its
// own not-in-provider-version error, and advice about it (or asking for it, `about`) would be advice the module
// cannot follow.

/** Whether the report sits inside an argument or block the version lacks, or asks for one (`about`). */
export function concernsMissing(resource: ResourceBlock, span: Span, about: string | undefined, provider: ProviderVersionInUse | undefined): boolean {
  if (!provider) return false;
  const bodies: BodySchema[] = [resource.schema.body];
  let context: BodyContext = resourceContext(resource.schema);
  let block = resource.block;
  for (;;) {
    if (context.kind !== 'schema') break;
    const current: BodyContext & { kind: 'schema' } = context;
    const item = itemAt(block.body.items, span);
    if (!item || item.kind === 'ErrorItem') break;
    if (item.kind === 'Attribute') {
      const attribute = current.body.attributes[item.name.name];
      if (attribute && predates(provider, sinceOf(attribute))) return true;
      break;
    }
    const name = isDynamicBlock(item, current.body) ? (item.labels[0]?.value ?? '') : item.type.name;
    const entry = current.body.blocks[name];
    if (entry && predates(provider, sinceOf(entry))) return true;
    context = childContext(current, item);
    if (context.kind === 'schema') bodies.push(context.body);
    block = item;
  }
  if (about === undefined) return false;
  // As the docs link does: the innermost enclosing body that has the name.
  for (const body of bodies.reverse()) {
    const entry = body.attributes[about] ?? body.blocks[about];
    if (entry) return predates(provider, sinceOf(entry));
  }
  return false;
}
