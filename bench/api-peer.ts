// Our API side by side with the peer (@neo4j/graphql over the same graph,
// bench/peer-api.ts): for each scenario a pair of equivalent operations (same
// fields, same limits, same order where the peer can say it), run alternately
// in the same run, single client (p50/p99) and under concurrent connections
// (req/s), for typical actors and for the top hub separately.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { buildLuceneQuery } from '../src/graph/queries/lucene.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import type { Neo4jConnection } from './api-corpus.js';
import { closedLoop, type LoadResult } from './api-driver-load.js';
import { type Actor, body, searchTexts, typicalAndHub } from './api-operations.js';
import { httpLoad, post } from './http-load.js';
import { PREDICATES, predicateField, startPeer } from './peer-api.js';
import { median, table } from './stats.js';

export interface PeerOptions {
  /** Our server: its base URL and the node:http server (its settings are copied to the peer's). */
  base: string;
  server: Server;
  connection: Neo4jConnection;
  actors: Actor[];
  seconds: number;
  connections: number;
  rounds: number;
  log: (line: string) => void;
}

const SEARCH_FIRST = 12;
const RELATIONS_FIRST = 20;
const EVENTS_FIRST = 20;
const NEIGHBORHOOD_LIMIT = 50;
const TIMELINE_FIRST = 50;

type Data = Record<string, unknown>;

/** One side of a scenario: the operation, its variables per input, and how many rows an answer holds. */
interface Side {
  query: string;
  variables: (input: Input) => Record<string, unknown> | null;
  /** The ids of the rows an answer holds (entities or events), in order, repeats kept. */
  ids: (data: Data) => string[];
  /**
   * A second request the client must send, built from the first answer, to
   * have what the other side's one answer holds (null: none). Its body is
   * built once per input from the untimed answer (the graph does not change),
   * and every timed operation sends both, one after the other.
   */
  follow?: (data: Data, input: Input) => { query: string; variables: Record<string, unknown> } | null;
}

interface Input {
  actor: Actor;
  /** For search: what the user typed. */
  text?: string;
}

interface PeerScenario {
  name: string;
  /** What is compared, and where the two answers differ in kind. */
  note: string;
  ours: Side;
  peer: Side;
}

const ACTOR_FIELDS = 'id name type aliases mentionCount documentCount';

const list = (x: unknown): Data[] => (Array.isArray(x) ? (x as Data[]) : []);
const peerActor = (d: Data): Data => list(d.actors)[0] ?? {};
const edgeNodeIds = (edges: unknown): string[] => list(edges).map((e) => (e.node as Data).id as string);

/** The peer has one relationship field per predicate: all of them, each with the same limit and order. */
function perPredicate(first: string, sort: string, selection: string): string {
  return PREDICATES.map((p) => `${predicateField(p)}Connection(first: ${first}, sort: ${sort}) { edges { ${selection} } }`).join('\n    ');
}
const predicateIds = (actor: Data): string[] => PREDICATES.flatMap((p) => edgeNodeIds((actor[`${predicateField(p)}Connection`] as Data | undefined)?.edges));

/**
 * What a client of the peer draws from its neighbourhood answer: the center
 * and the `limit` most strongly tied of the neighbours it got (entities by the
 * documents stating their heaviest relation with the center, events by
 * reporting documents, ties by id), as our server ranks them.
 */
function peerDrawn(actor: Data, limit: number): { entityIds: string[]; eventIds: string[] } {
  const byId = new Map<string, { id: string; weight: number; event: boolean }>();
  for (const p of PREDICATES) {
    for (const e of list((actor[`${predicateField(p)}Connection`] as Data | undefined)?.edges)) {
      const n = e.node as Data;
      const weight = Number((e.properties as Data | undefined)?.sourceCount ?? 0);
      if ((byId.get(n.id as string)?.weight ?? -1) < weight) byId.set(n.id as string, { id: n.id as string, weight, event: false });
    }
  }
  for (const e of list((actor.participatedInConnection as Data | undefined)?.edges)) {
    const n = e.node as Data;
    byId.set(n.id as string, { id: n.id as string, weight: Number(n.sourceCount ?? 0), event: true });
  }
  byId.delete(actor.id as string);
  const kept = [...byId.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
  return { entityIds: [actor.id as string, ...kept.filter((n) => !n.event).map((n) => n.id)], eventIds: kept.filter((n) => n.event).map((n) => n.id) };
}

/** The edges among nodes the client has: relations from their subject, participations and places from the event. */
const PEER_EDGES = `query PeerNeighborhoodEdges($entityIds: [ID!]!, $eventIds: [ID!]!) {
  entities(where: { id: { in: $entityIds } }) {
    id
    ${PREDICATES.map((p) => `${predicateField(p)}OutConnection(where: { node: { id: { in: $entityIds } } }) { edges { properties { sourceCount } node { id } } }`).join('\n    ')}
  }
  events(where: { id: { in: $eventIds } }) {
    id sourceCount
    participantsConnection(where: { node: { id: { in: $entityIds } } }) { edges { properties { role } node { id } } }
    at(where: { id: { in: $entityIds } }) { id }
  }
}`;

const SCENARIOS: PeerScenario[] = [
  {
    name: 'actor search',
    note: `full-text over names and aliases, ${SEARCH_FIRST} best with the total; the peer gets the same Lucene query our server builds`,
    ours: {
      query: `query OursSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { totalCount edges { score node { ${ACTOR_FIELDS} } } } }`,
      variables: ({ text }) => ({ search: text, first: SEARCH_FIRST }),
      ids: (d) => edgeNodeIds((d.actors as Data).edges),
    },
    peer: {
      query: `query PeerSearch($phrase: String!, $first: Int!) {
  actorsByName(phrase: $phrase, first: $first, sort: [{ score: DESC }, { node: { mentionCount: DESC } }, { node: { id: ASC } }]) { totalCount edges { score node { ${ACTOR_FIELDS} } } }
}`,
      variables: ({ text }) => {
        const phrase = buildLuceneQuery(text ?? '');
        return phrase === null ? null : { phrase, first: SEARCH_FIRST };
      },
      ids: (d) => edgeNodeIds((d.actorsByName as Data).edges),
    },
  },
  {
    name: `relations, first ${RELATIONS_FIRST}`,
    note: `best attested first; the peer has a field per predicate, so it sends the top ${RELATIONS_FIRST} of each (what a client needs to get the top ${RELATIONS_FIRST} of all)`,
    ours: {
      query: `query OursRelations($id: ID!, $first: Int!) { actor(id: $id) { id relations(first: $first) { predicate sourceCount confidence other { id name type mentionCount } } } }`,
      variables: ({ actor }) => ({ id: actor.id, first: RELATIONS_FIRST }),
      ids: (d) => list((d.actor as Data).relations).map((r) => (r.other as Data).id as string),
    },
    peer: {
      query: `query PeerRelations($id: ID!, $first: Int!) {
  actors(where: { id: { eq: $id } }) {
    id
    ${perPredicate('$first', '[{ edge: { sourceCount: DESC } }, { node: { id: ASC } }]', 'properties { sourceCount confidence } node { id name type mentionCount }')}
  }
}`,
      variables: ({ actor }) => ({ id: actor.id, first: RELATIONS_FIRST }),
      ids: (d) => predicateIds(peerActor(d)),
    },
  },
  {
    name: `events, first ${EVENTS_FIRST}`,
    note: 'newest first, with the place; the peer lists an event once per role the actor had in it, and puts undated events first (it cannot sort nulls last), so where an actor has more undated events than the limit the two answers differ (the share column shows it)',
    ours: {
      query: `query OursEvents($id: ID!, $first: Int!) { actor(id: $id) { id events(first: $first) { id type date sourceCount confidence place { id name } } } }`,
      variables: ({ actor }) => ({ id: actor.id, first: EVENTS_FIRST }),
      ids: (d) => list((d.actor as Data).events).map((v) => v.id as string),
    },
    peer: {
      query: `query PeerEvents($id: ID!, $first: Int!) {
  actors(where: { id: { eq: $id } }) {
    id
    participatedIn(limit: $first, sort: [{ date: DESC }, { id: ASC }]) { id type date sourceCount confidence at(limit: 1, sort: [{ mentionCount: DESC }]) { id name } }
  }
}`,
      variables: ({ actor }) => ({ id: actor.id, first: EVENTS_FIRST }),
      ids: (d) => list(peerActor(d).participatedIn).map((v) => v.id as string),
    },
  },
  {
    name: `neighborhood depth 1, limit ${NEIGHBORHOOD_LIMIT}`,
    note: `ours: the ${NEIGHBORHOOD_LIMIT} most strongly tied neighbours and the edges among them (at most four per node), one request; the peer: the actor's relations (per predicate, by the documents stating them) and events (by reporting documents) one hop out, heaviest first, ${NEIGHBORHOOD_LIMIT} of each, then a second request for the edges among the center and the ${NEIGHBORHOOD_LIMIT} most strongly tied of those (all of them: bounding them is the client's work), as a client drawing the same picture must send (rows: the first answer's)`,
    ours: {
      query: `query OursNeighborhood($id: ID!, $limit: Int!) { neighborhood(actor: $id, depth: 1, limit: $limit) { truncated nodes { id label kind depth weight } edges { id source target type role weight } } }`,
      variables: ({ actor }) => ({ id: actor.id, limit: NEIGHBORHOOD_LIMIT }),
      ids: (d) => list((d.neighborhood as Data).nodes).map((n) => n.id as string),
    },
    peer: {
      query: `query PeerNeighborhood($id: ID!, $limit: Int!) {
  actors(where: { id: { eq: $id } }) {
    id name type mentionCount
    ${perPredicate('$limit', '[{ edge: { sourceCount: DESC } }, { node: { id: ASC } }]', 'properties { sourceCount } node { id name type mentionCount }')}
    participatedInConnection(first: $limit, sort: [{ node: { sourceCount: DESC } }, { node: { id: ASC } }]) { edges { properties { role } node { id type date sourceCount } } }
  }
}`,
      variables: ({ actor }) => ({ id: actor.id, limit: NEIGHBORHOOD_LIMIT }),
      ids: (d) => [peerActor(d).id as string, ...predicateIds(peerActor(d)), ...edgeNodeIds((peerActor(d).participatedInConnection as Data).edges)],
      follow: (d) => {
        const { entityIds, eventIds } = peerDrawn(peerActor(d), NEIGHBORHOOD_LIMIT);
        return { query: PEER_EDGES, variables: { entityIds, eventIds } };
      },
    },
  },
  {
    name: `timeline, first ${TIMELINE_FIRST}`,
    note: 'dated events oldest first with the roles and the place; the peer gives one row per role',
    ours: {
      query: `query OursTimeline($id: ID!, $first: Int!) { actor(id: $id) { id timeline(first: $first) { date roles event { id type date sourceCount place { id name } } } } }`,
      variables: ({ actor }) => ({ id: actor.id, first: TIMELINE_FIRST }),
      ids: (d) => list((d.actor as Data).timeline).map((t) => (t.event as Data).id as string),
    },
    peer: {
      query: `query PeerTimeline($id: ID!, $first: Int!) {
  actors(where: { id: { eq: $id } }) {
    id
    participatedInConnection(first: $first, where: { NOT: { node: { date: { eq: null } } } }, sort: [{ node: { date: ASC } }, { node: { id: ASC } }]) {
      edges { properties { role } node { id type date sourceCount at(limit: 1, sort: [{ mentionCount: DESC }]) { id name } } }
    }
  }
}`,
      variables: ({ actor }) => ({ id: actor.id, first: TIMELINE_FIRST }),
      ids: (d) => edgeNodeIds((peerActor(d).participatedInConnection as Data).edges),
    },
  },
];

interface Measured {
  single: LoadResult;
  loaded: LoadResult;
}

export async function peerComparison(opts: PeerOptions): Promise<string> {
  const { log } = opts;
  const peer = await startPeer(opts.connection, opts.server);
  try {
    const { typical, hub } = typicalAndHub(opts.actors, 5);
    const groups: Array<{ label: string; actors: Actor[] }> = [
      { label: `typical (${typical.map((a) => `${a.name}: ${a.mentionCount}`).join(', ')} mentions)`, actors: typical },
      { label: `hub (${hub.name}, ${hub.id}: ${hub.mentionCount} mentions)`, actors: [hub] },
    ];
    const rows: Array<Array<string | number>> = [];
    const checks: Array<Array<string | number>> = [];
    for (const scenario of SCENARIOS) {
      for (const [g, group] of groups.entries()) {
        const inputs: Input[] = scenario.name === 'actor search' ? group.actors.flatMap((actor) => searchTexts(actor).map(({ text }) => ({ actor, text }))) : group.actors.map((actor) => ({ actor }));
        const pairs = inputs.flatMap((input) => {
          const o = scenario.ours.variables(input);
          const p = scenario.peer.variables(input);
          return o && p ? [{ input, ours: [body(scenario.ours.query, o)], peer: [body(scenario.peer.query, p)] }] : [];
        });
        if (pairs.length === 0) continue;
        const who = g === 0 ? 'typical' : 'hub';
        // Warm-up and the honesty check: every input once on each side, and the rows each returns.
        let oursRows = 0;
        let peerRows = 0;
        let shared = 0;
        let oursDistinct = 0;
        for (const pair of pairs) {
          const oursData = await post<Data>(opts.base, pair.ours[0]!);
          const peerData = await post<Data>(peer.base, pair.peer[0]!);
          for (const [side, data, base] of [[scenario.ours, oursData, opts.base], [scenario.peer, peerData, peer.base]] as const) {
            const next = side.follow?.(data, pair.input);
            if (!next) continue;
            const json = body(next.query, next.variables);
            await post<Data>(base, json);
            (side === scenario.ours ? pair.ours : pair.peer).push(json);
          }
          const ours = scenario.ours.ids(oursData);
          const peerIds = scenario.peer.ids(peerData);
          const theirs = new Set(peerIds);
          oursRows += ours.length;
          peerRows += peerIds.length;
          const distinct = new Set(ours);
          oursDistinct += distinct.size;
          for (const id of distinct) if (theirs.has(id)) shared++;
        }
        checks.push([scenario.name, who, pairs.length, oursRows / pairs.length, peerRows / pairs.length, oursDistinct > 0 ? `${((100 * shared) / oursDistinct).toFixed(0)}%` : '-']);
        // An operation is one request or two (a follow-up): timed one after the other
        // with one client; under load every request is sent, and req/s counts operations.
        const sides = { ours: { base: opts.base, operations: pairs.map((p) => p.ours) }, peer: { base: peer.base, operations: pairs.map((p) => p.peer) } };
        const runs: Record<'ours' | 'peer', Measured[]> = { ours: [], peer: [] };
        for (let round = 0; round < opts.rounds; round++) {
          // A-B-B-A: a machine getting busier or quieter favours neither side.
          for (const side of round % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const)) {
            const { base, operations } = sides[side];
            log(`api bench: ${scenario.name}, ${who}, ${side}: single client then ${opts.connections} connections, ${opts.seconds} s each (round ${round + 1}/${opts.rounds})…`);
            const single = await closedLoop(1, opts.seconds, async (i) => {
              for (const json of operations[i % operations.length]!) await post(base, json);
            });
            if (single.firstError) throw single.firstError;
            const bodies = operations.flat();
            const loaded = await httpLoad(`${base}/graphql`, bodies, opts.connections, opts.seconds);
            const failed = loaded.errors + loaded.non2xx + loaded.timeouts + loaded.graphqlErrors;
            if (failed > 0) throw new Error(`api bench: ${failed} failed requests for ${scenario.name} (${who}, ${side}) under load`);
            runs[side].push({ single, loaded: { ...loaded, rps: (loaded.rps * operations.length) / bodies.length } });
          }
        }
        const m = (side: 'ours' | 'peer', pick: (x: Measured) => number) => median(runs[side].map(pick));
        const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${(a / b).toFixed(2)}x` : '-');
        const [o50, p50] = [m('ours', (x) => x.single.p50), m('peer', (x) => x.single.p50)];
        const [o99, p99] = [m('ours', (x) => x.single.p99), m('peer', (x) => x.single.p99)];
        const [orps, prps] = [m('ours', (x) => x.loaded.rps), m('peer', (x) => x.loaded.rps)];
        rows.push([scenario.name, who, o50, p50, ratio(o50, p50), o99, p99, ratio(o99, p99), orps, prps, ratio(orps, prps)]);
      }
    }
    return [
      `Against @neo4j/graphql (the peer: ${peerVersion()}) on the same graph, same run. Inputs: ${groups.map((g) => g.label).join('; ')}.`,
      '',
      'What each side returns (rows per request, mean over the inputs, from untimed requests before the timed ones; and the share of the entities or events in our answers that the peer\'s answers hold too):',
      '',
      table(['scenario', 'actor', 'inputs', 'rows ours', 'rows peer', 'of our rows, in the peer\'s answer'], checks),
      '',
      ...SCENARIOS.map((s) => `- ${s.name}: ${s.note}.`),
      '',
      `Latency: one client, requests back to back for ${opts.seconds} s (in this process, fetch with keep-alive). Throughput: ${opts.connections} connections for ${opts.seconds} s (autocannon in a second process). ` +
        `${opts.rounds} round(s) per side, alternated A-B-B-A; medians of the rounds. Latencies in ms; a ratio below 1 is ours faster (latency), above 1 ours more (req/s).`,
      '',
      table(['scenario', 'actor', 'p50 ours', 'p50 peer', 'p50 ours/peer', 'p99 ours', 'p99 peer', 'p99 ours/peer', `req/s ours (${opts.connections})`, 'req/s peer', 'req/s ours/peer'], rows),
    ].join('\n');
  } finally {
    await peer.close();
  }
}

function peerVersion(): string {
  try {
    return `@neo4j/graphql ${(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')) as { version: string }).version}`;
  } catch {
    return '@neo4j/graphql';
  }
}
