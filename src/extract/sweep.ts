/**
 * compromise's `bulkMatch` (the sweep behind its post-tagger), the same result
 * computed faster. To pick the match patterns worth trying on a sentence,
 * compromise walks every key of its pattern index (some 700 words and tags)
 * per sentence, concatenates the lists of those the sentence has (about 290
 * patterns, since common tags such as #Noun list dozens) and filters them: a
 * fifth of an extraction. Here each pattern is indexed under its least shared
 * need, a sentence's own few dozen words and tags reach about 90 of them, and
 * the ~15 that pass compromise's filters are put back in compromise's order,
 * so they are tried, and their tags applied, exactly as compromise would.
 *
 * Everything else is compromise's code path unchanged: its term cache, its
 * matcher, its result objects.
 */

/** A compiled match pattern, as compromise's `buildNet` leaves it (the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant?: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

type Term = object;
type Pointer = [number, number, number];

interface SweepMethods {
  one: {
    cacheDoc: (document: Term[][]) => Array<Set<string>>;
    match: (document: Term[][], match: NetMatch) => { ptrs: Pointer[] };
  };
}

interface SweepOptions {
  matchOne?: boolean;
}

/**
 * A pattern of the index with every place it is listed: `(key position, index
 * in that key's list)`, in compromise's try order. Where the first listed key
 * present in a sentence is, is where compromise would try the pattern.
 */
interface Entry {
  listings: Array<{ position: number; offset: number; key: string; match: NetMatch }>;
  needs: string[];
  /** The sentence this entry was last reached from: each entry once per sentence, without a set. */
  seen: number;
}

/**
 * The pattern index turned around: each pattern under one key it cannot match
 * without (its least shared need), so a sentence reaches only the patterns
 * whose rarest need it has, not every pattern that shares a common tag with it.
 * Patterns without needs are reached from each of their wants.
 */
interface Index {
  byKey: Map<string, Entry[]>;
}

const indexes = new WeakMap<Record<string, NetMatch[]>, Index>();

function indexOf(hooks: Record<string, NetMatch[]>): Index {
  let index = indexes.get(hooks);
  if (index) return index;
  // compromise tries the lists in `Object.keys` order, each pattern (by its match text) once, where first listed.
  const entries = new Map<string, Entry>();
  Object.keys(hooks).forEach((key, position) => {
    hooks[key]!.forEach((match, offset) => {
      let entry = entries.get(match.match);
      if (!entry) entries.set(match.match, (entry = { listings: [], needs: match.needs, seen: -1 }));
      entry.listings.push({ position, offset, key, match });
    });
  });
  const byKey = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry) => {
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const entry of entries.values()) {
    const { needs, wants } = entry.listings[0]!.match;
    if (needs.length > 0) add(needs.reduce((a, b) => ((hooks[b]?.length ?? 0) < (hooks[a]?.length ?? 0) ? b : a)), entry);
    else for (const want of new Set(wants)) add(want, entry);
  }
  index = { byKey };
  indexes.set(hooks, index);
  return index;
}

let sentenceStamp = 0;

/**
 * The patterns compromise would try on a sentence (listed under one of its words
 * or tags, and passing its filters), in compromise's order.
 */
function candidateMatches(haves: ReadonlySet<string>, index: Index): NetMatch[] {
  const stamp = sentenceStamp++;
  const ranked: Array<{ rank: number; match: NetMatch }> = [];
  for (const item of haves) {
    const entries = index.byKey.get(item);
    if (!entries) continue;
    for (const entry of entries) {
      if (entry.seen === stamp) continue;
      entry.seen = stamp;
      // Needs first (every listing of a pattern text has the same): most patterns reached stop here.
      if (!hasAll(entry.needs, haves)) continue;
      // The first listing under a present key: the pattern object compromise keeps, and when it tries it.
      const listing = entry.listings.find((l) => haves.has(l.key))!;
      if (!worthTrying(listing.match, haves)) continue;
      ranked.push({ rank: listing.position * 65536 + listing.offset, match: listing.match });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.match);
}

function hasAll(keys: readonly string[], haves: ReadonlySet<string>): boolean {
  for (const k of keys) if (!haves.has(k)) return false;
  return true;
}

/** compromise's three filters in one pass: every need present, no `ifNo` present, enough wants present. */
function worthTrying(m: NetMatch, haves: ReadonlySet<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= (m.minWant as number);
}

export function bulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts: SweepOptions = {}): Array<NetMatch & { pointer: Pointer }> {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net.hooks);
  const results: Array<NetMatch & { pointer: Pointer }> = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const termCount = document[n]!.length;
    const todo = candidateMatches(haves, index);
    for (const m of net.always) todo.push(m);
    for (const m of todo) {
      if (termCount < m.minWords) continue;
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
