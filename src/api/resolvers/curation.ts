import { type ActorChanges, type CurationRecord, listCurations, mergeActors, undoCuration, updateActor } from '../../graph/curation/index.js';
import type { ApiContext } from '../context.js';
import { badInput, knownError } from '../errors.js';
import { idArg, optionalIdArg, page } from '../limits.js';
import type { Resolvers } from '../schema-types.generated.js';
import { referencedEntity } from './references.js';

/** A refused curation is the client's error (coded), not a server failure to log. */
async function refusalsAsUserErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw knownError(err) ?? err;
  }
}

/** Most actors one merge may take. */
const MAX_MERGED = 100;

function checkIds(ids: string[], name: string): string[] {
  if (ids.length > MAX_MERGED) throw badInput(`\`${name}\` lists at most ${MAX_MERGED} ids, got ${ids.length}`, { argument: name, max: MAX_MERGED });
  for (const id of ids) idArg(id, name);
  return ids;
}

/** After a curation the actors it touched are reloaded, not served from this request's cache. */
async function resultOf(ctx: ApiContext, record: CurationRecord) {
  for (const id of [record.actorId, ...record.mergedIds]) ctx.loaders.entity.clear(id);
  return { curation: record, actor: await referencedEntity(ctx, record.actorId) };
}

export const curationResolvers: Resolvers = {
  Query: {
    curations: (_, a, ctx) => listCurations(ctx.graph, { ...(a.actor != null && { actorId: optionalIdArg(a.actor, 'actor')! }), first: page(a.first, 'first') }),
  },
  Mutation: {
    mergeActors: async (_, a, ctx) => resultOf(ctx, await refusalsAsUserErrors(mergeActors(ctx.graph, idArg(a.into, 'into'), checkIds(a.from, 'from')))),
    updateActor: async (_, a, ctx) => {
      const changes: ActorChanges = {
        ...(a.name != null && { name: a.name }),
        ...(a.type != null && { type: a.type }),
        ...(a.addAliases != null && { addAliases: a.addAliases }),
        ...(a.removeAliases != null && { removeAliases: a.removeAliases }),
      };
      return resultOf(ctx, await refusalsAsUserErrors(updateActor(ctx.graph, idArg(a.id, 'id'), changes)));
    },
    undoCuration: async (_, a, ctx) => {
      const record = await refusalsAsUserErrors(undoCuration(ctx.graph, idArg(a.id, 'id')));
      for (const id of [record.actorId, ...record.mergedIds]) ctx.loaders.entity.clear(id);
      return record;
    },
  },
  Curation: {
    undoneAt: (c) => c.undoneAt ?? null,
    actor: async (c, _, ctx) => {
      const e = await ctx.loaders.entity.load(c.actorId);
      return e && !e.place ? e : null;
    },
  },
};
