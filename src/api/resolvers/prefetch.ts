import { getArgumentValues, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { ApiContext } from '../context.js';
import { ENTITY_LISTS } from './entity.js';
import { childFields } from './selection.js';

/**
 * Starts the lists selected on an entity (relations, events, timeline, …)
 * together with the entity's own lookup: they need only its id, which the
 * root field's argument gives. Their loaders keep the promises, so the field
 * resolvers, run once the entity is there, get them without a second round
 * trip. Only fields selected directly or in fragments on `types` are started
 * (`actor`: Actor and Entity; `entity`, whose type is not known yet: Entity); a
 * list whose arguments are refused is left to its resolver, which reports it;
 * a prefetch nobody uses (an unknown id) is dropped quietly.
 */
export function prefetchEntityLists(id: string, types: readonly string[], info: GraphQLResolveInfo, ctx: ApiContext): void {
  // Actor's list fields are Place's and one more (timeline), with the same arguments.
  const actor = info.schema.getType('Actor');
  if (!isObjectType(actor)) return;
  const fields = actor.getFields();
  for (const node of childFields(info, types)) {
    const name = node.name.value;
    const def = fields[name];
    if (!(name in ENTITY_LISTS) || !def) continue;
    // graphql-js gives the arguments untyped, with the schema's defaults applied: what the field resolver would get.
    const start = ENTITY_LISTS[name as keyof typeof ENTITY_LISTS] as (id: string, a: unknown, ctx: ApiContext) => Promise<unknown>;
    try {
      start(id, getArgumentValues(def, node, info.variableValues), ctx).catch(() => undefined);
    } catch {
      // A refused argument: the field's resolver reports it.
    }
  }
}
