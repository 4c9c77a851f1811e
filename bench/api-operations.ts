// GraphQL operations the benchmarks send, and helpers to choose their inputs
// through the API itself (so the benchmarks keep working whatever the graph layer does).
import { post } from './http-load.js';

// The operations as the explorer sends them (web/explorer/api.js), so the load is what a user makes.
export const EVIDENCE = 'document { id title publishedAt url } sentence { id text start end } span { start end } trigger triggerSpan { start end } confidence';
export const SEARCH_ACTORS = `query ExplorerSearchActors($search: String!, $first: Int!) {
  actors(search: $search, first: $first) { totalCount edges { score node { id name type aliases mentionCount documentCount } } }
}`;
export const NEIGHBORHOOD = `query ExplorerNeighborhood($actor: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(actor: $actor, depth: $depth, limit: $limit) {
    center { id name type } depth truncated
    nodes { id label kind depth weight }
    edges { id source target type role weight }
  }
}`;
export const CONNECTION = `query ExplorerConnection($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  connection(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    from { id name type } to { id name type } length
    paths {
      length
      entities { id name type mentionCount }
      steps {
        kind predicate direction fromRoles toRoles sourceCount
        from { id name type aliases } to { id name type aliases }
        event { id type date sourceCount }
        evidence(first: 3) { ${EVIDENCE} }
      }
    }
  }
}`;
export const TIMELINE = `query ExplorerTimeline($id: ID!, $first: Int!) {
  actor(id: $id) { id name timeline(first: $first) { date roles event { id type date sourceCount place { id name } } } }
}`;
// Only for choosing inputs.
export const ACTORS_PAGE = `query BenchActors($after: String) {
  actors(first: 100, after: $after) { edges { node { id name type mentionCount documentCount } } pageInfo { hasNextPage endCursor } }
}`;
export interface Actor {
  id: string;
  name: string;
  type: string;
  mentionCount: number;
  documentCount: number;
}

export function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables, operationName: /query\s+(\w+)/.exec(query)![1] });
}

/** A request that chooses inputs, tried up to three times: a cold or busy Neo4j may time one out; the timed requests get no such help. */
export async function patiently<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (err) {
      if (attempt >= 3 || !/TIMEOUT/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/**
 * Actors, most mentioned first, page by page; with `minMentions`, only down to
 * that mention count (pages are offsets: reading a long tail of names seen
 * once costs more than the rest of a benchmark in a large graph).
 */
export async function allActors(base: string, minMentions = 0): Promise<Actor[]> {
  const out: Actor[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { actors: { edges: Array<{ node: Actor }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const page: Page = await patiently(() => post<Page>(base, body(ACTORS_PAGE, { after })));
    const nodes = page.actors.edges.map((e) => e.node);
    out.push(...nodes.filter((a) => a.mentionCount >= minMentions));
    if (!page.actors.pageInfo.hasNextPage || nodes.some((a) => a.mentionCount < minMentions)) return out;
    after = page.actors.pageInfo.endCursor;
  }
}

export const STATS = `query BenchStats { stats { documents actors places events } }`;
export interface GraphStats {
  documents: number;
  actors: number;
  places: number;
  events: number;
}

/** What users type: the full name, a part of it, and the name with two letters swapped. */
export function searchTexts(a: Actor): Array<{ kind: string; text: string }> {
  const words = a.name.split(/\s+/);
  const partial = a.type === 'Person' ? words[words.length - 1]! : words.reduce((x, y) => (y.length > x.length ? y : x));
  const longest = words.reduce((x, y) => (y.length > x.length ? y : x));
  const swapped = longest.length >= 5 ? longest[0]! + longest[2]! + longest[1]! + longest.slice(3) : longest;
  return [
    { kind: 'full name', text: a.name },
    { kind: 'partial name', text: partial },
    { kind: 'typo', text: a.name.replace(longest, swapped) },
  ];
}


/** Typical actors: around the median mention count of those named in two documents or more (a name seen once is rarely looked up). The hub: the most mentioned. */
export function typicalAndHub(actors: Actor[], n: number): { typical: Actor[]; hub: Actor } {
  const sorted = [...actors].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
  const recurring = sorted.filter((a) => a.documentCount >= 2);
  const pool = recurring.length >= n ? recurring : sorted;
  const mid = Math.max(0, (pool.length >> 1) - (n >> 1));
  return { typical: pool.slice(mid, mid + n), hub: sorted[0]! };
}
