import { listDocuments } from '../../graph/queries/documents.js';
import { listEntities } from '../../graph/queries/entities.js';
import { listEvents } from '../../graph/queries/events.js';
import { centerById, neighborhood } from '../../graph/queries/neighborhood.js';
import { MAX_PATH_HOPS, readConnection } from '../../graph/queries/connection.js';
import type { CountMode, EntityRecord } from '../../graph/queries/read.js';
import type { GraphQLResolveInfo } from 'graphql';
import { searchAll } from '../../graph/queries/search.js';
import type { ApiContext } from '../context.js';
import { connectionOf, offsetAfter } from '../cursor.js';
import { notFound } from '../errors.js';
import { confidenceArg, idArg, inRange, optionalIdArg, page, searchArg } from '../limits.js';
import { highlight, matchScore } from '../snippet.js';
import { prefetchEntityLists } from './prefetch.js';
import { childFields, connectionSelection } from './selection.js';
import type { Resolvers } from '../schema-types.generated.js';

type Ctx = ApiContext;

/** How much of a connection's size the selection needs: a count only for `totalCount`. */
function countMode(info: GraphQLResolveInfo): CountMode {
  const wanted = connectionSelection(info);
  return wanted.totalCount ? 'exact' : wanted.hasNextPage ? 'more' : 'none';
}

/** The name or alias of an entity that best matches the query: what a hit is shown with. */
function bestName(e: EntityRecord, query: string): string {
  let best = e.name;
  let score = matchScore(e.name, query);
  for (const alias of e.aliases ?? []) {
    const s = matchScore(alias, query);
    if (s > score) [best, score] = [alias, s];
  }
  return best;
}

export const queryResolvers: Resolvers = {
  Query: {
    actor: async (_, a, ctx, info) => {
      const id = idArg(a.id, 'id');
      prefetchEntityLists(id, ['Actor', 'Entity'], info, ctx);
      const e = await ctx.loaders.entity.load(id);
      return e && !e.place ? e : null;
    },
    entity: (_, a, ctx, info) => {
      const id = idArg(a.id, 'id');
      prefetchEntityLists(id, ['Entity'], info, ctx);
      return ctx.loaders.entity.load(id);
    },
    actors: async (_, a, ctx, info) => {
      const limit = page(a.first, 'first');
      const skip = offsetAfter(a.after);
      const result = await listEntities(ctx.reader, { search: searchArg(a.search, 'search'), type: a.type ?? null, skip, limit, actorsOnly: true, count: countMode(info) });
      for (const row of result.rows) ctx.loaders.entity.prime(row.entity.id, row.entity);
      return connectionOf(result.rows, skip, result.total, (row) => row.entity, (row) => ({ score: row.score }));
    },
    event: (_, a, ctx) => ctx.loaders.event.load(idArg(a.id, 'id')),
    events: async (_, a, ctx, info) => {
      const limit = page(a.first, 'first');
      const skip = offsetAfter(a.after);
      const filter = {
        type: a.type ?? null,
        from: a.from ?? null,
        to: a.to ?? null,
        actor: optionalIdArg(a.actor, 'actor'),
        place: optionalIdArg(a.place, 'place'),
        minConfidence: confidenceArg(a.minConfidence),
      };
      const result = await listEvents(ctx.reader, filter, { skip, limit, count: countMode(info) });
      return connectionOf(result.rows, skip, result.total, (v) => v);
    },
    connection: async (_, a, ctx) => {
      const maxHops = inRange(a.maxHops, 'maxHops', 1, MAX_PATH_HOPS);
      const first = page(a.first, 'first');
      const fromId = idArg(a.from, 'from');
      const toId = idArg(a.to, 'to');
      // One statement: the ends, the paths and the records on them, which the path fields then find in the loaders.
      const { from, to, paths, entities, events } = await readConnection(ctx.reader, fromId, toId, maxHops, first);
      if (!from) throw notFound(`no entity with id "${fromId}" (\`from\`)`);
      if (!to) throw notFound(`no entity with id "${toId}" (\`to\`)`);
      for (const e of [from, to, ...entities]) ctx.loaders.entity.prime(e.id, e);
      for (const v of events) ctx.loaders.event.prime(v.id, v);
      return { from, to, length: paths[0]?.length ?? null, paths };
    },
    neighborhood: async (_, a, ctx, info) => {
      const depth = inRange(a.depth, 'depth', 1, 3);
      const limit = page(a.limit, 'limit');
      const minConfidence = confidenceArg(a.minConfidence);
      const id = idArg(a.actor, 'actor');
      // The first ring's statement reads the center's record too: no statement of its own.
      // Edges only when asked for: among a hub's heaviest neighbours they are most of the statement's work.
      const withEdges = childFields(info, ['Neighborhood']).some((f) => f.name.value === 'edges' || f.name.value === 'edgesTruncated');
      const { centerRecord: center, ...n } = await neighborhood(ctx.reader, centerById(id), depth, limit, minConfidence, withEdges);
      if (!center) throw notFound(`no entity with id "${id}" (\`actor\`)`);
      ctx.loaders.entity.prime(center.id, center);
      return { center, depth, ...n };
    },
    document: (_, a, ctx) => ctx.loaders.document.load(idArg(a.id, 'id')),
    documents: async (_, a, ctx, info) => {
      const limit = page(a.first, 'first');
      const skip = offsetAfter(a.after);
      const search = searchArg(a.search, 'search');
      const result = await listDocuments(ctx.reader, { search, from: a.from ?? null, to: a.to ?? null, skip, limit, count: countMode(info) });
      return connectionOf(
        result.rows,
        skip,
        result.total,
        (row) => row.document,
        (row) => ({ score: row.score, snippet: search !== null && row.sentence ? highlight(row.sentence.text, search) : null }),
      );
    },
    search: async (_, a, ctx) => {
      const first = page(a.first, 'first');
      searchArg(a.q, 'q');
      const found = await searchAll(ctx.reader, a.q, first);
      return {
        query: a.q,
        entities: found.entities.map(({ entity, score }) => {
          ctx.loaders.entity.prime(entity.id, entity);
          return { entity, score, snippet: highlight(bestName(entity, a.q), a.q) };
        }),
        sentences: found.sentences.map(({ sentence, document, score }) => ({ sentence, document, score, snippet: highlight(sentence.text, a.q) })),
      };
    },
    // Memoized per request: aliases of `stats` read the graph's counts once.
    stats: (_, __, ctx) => ctx.stats(),
  },
};
