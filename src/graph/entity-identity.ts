import { acronymLetters, initialsOf, isAcronym, isPersonNameVariant, nameTokens } from '../model/names.js';
import { identityName, type EntityRow } from './document-rows.js';

/**
 * Which graph node each extracted entity is: pure decisions over candidate
 * nodes (read from the graph in one statement for a whole group of documents)
 * and over the nodes earlier documents of the same group wrote, so a group
 * gives the graph that writing its documents one by one gives.
 *
 * In order, the first rule that decides:
 * 1. its canonical key: a curator's pin, else the node of exactly that name,
 *    else the only node holding the key; several nodes: ambiguous, a new node;
 * 2. another of its names (an alias the document links to it, "KDP" for
 *    "Kurdistan Democratic Party"; a country's official name), of two words or
 *    more or an acronym: the only node holding one of those keys (people: with
 *    nothing contradicting);
 * 3. a person named more or less fully ("Sebastián Piñera" / "Miguel Sebastián
 *    Piñera"): the only node whose names are all compatible with its names;
 * 4. an acronym and a name of several words whose initials it is: the only node
 *    of the same type that fits (also another entity of the same document).
 * Generic actors ("police") only go by rules 1 and 2, with keys scoped to a place.
 */

/** A node as the resolution sees it. */
export interface KnownEntity {
  id: string;
  type: string;
  name: string;
  normName: string;
  scope: string | null;
  /** Every key of the node. */
  keys: string[];
  /** Identity names of the node's name and aliases. */
  names: string[];
  curatedKeys: string[];
}

/** A stored node as read by ingest/entity-candidates. */
export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  normName: string;
  scope: string | null;
  aliases: string[];
  /** Its keys among those the group looks up (entityLookups): the only ones resolution and the writer ask about. */
  keys: string[];
  curatedKeys: string[];
}

/** What the candidate statement looks up for a group of documents' entities. */
export interface EntityLookups {
  keys: string[];
  /** Person name words: nodes whose last word is one of them. */
  lastTokens: string[];
  /**
   * Person first and last words: nodes of three words or more with that first
   * word and that last word as their second ("Ana Ruiz" → "Ana Ruiz Soto"). A
   * pair, so the lookup reads the few nodes of that pair through one index
   * seek, not every person of a common first name.
   */
  firstTokens: Array<{ first: string; last: string }>;
  /** Acronyms: nodes whose initials they are. */
  initials: Array<{ type: string; initials: string }>;
}

export function entityLookups(rows: readonly EntityRow[]): EntityLookups {
  const keys = new Set<string>();
  const lastTokens = new Set<string>();
  const firstTokens = new Map<string, { first: string; last: string }>();
  const initials = new Map<string, { type: string; initials: string }>();
  for (const r of rows) {
    for (const k of r.keys) keys.add(k);
    if (r.scope) continue;
    if (r.initials) keys.add(`${r.type}|${r.initials}`);
    if (r.acronym) initials.set(`${r.type}|${r.acronym}`, { type: r.type, initials: r.acronym });
    if (r.type === 'Person') {
      for (const name of personNames(r.normName, r.surfaceNames)) {
        const tokens = nameTokens(name);
        for (const t of tokens) lastTokens.add(t);
        firstTokens.set(`${tokens[0]}|${tokens.at(-1)}`, { first: tokens[0]!, last: tokens.at(-1)! });
      }
    }
  }
  return { keys: [...keys].sort(), lastTokens: [...lastTokens].sort(), firstTokens: [...firstTokens.values()], initials: [...initials.values()] };
}

/** Identity names of a person of two words or more, which fuller and shorter forms are compared on. */
function personNames(normName: string, surfaceNames: readonly string[]): string[] {
  const names = new Set([normName, ...surfaceNames.map((n) => identityName('Person', n))]);
  return [...names].filter((n) => nameTokens(n).length >= 2);
}

/** Every name of the row is a form of every name of the node: nothing contradicts. */
function personsCompatible(rowNames: readonly string[], node: KnownEntity): boolean {
  const nodeNames = node.names.filter((n) => nameTokens(n).length >= 2);
  if (rowNames.length === 0 || nodeNames.length === 0) return false;
  return rowNames.every((a) => nodeNames.every((b) => isPersonNameVariant(a, b)));
}

/**
 * The people ingest/entity-candidates reads for these names: same last word as
 * a word of one of them, or (a node of three words or more) the same first
 * word and its last word as the node's second. Applied to the nodes a group
 * already holds too, so grouping finds no more than writing one by one would.
 */
export function reachable(fullNames: readonly string[], node: Pick<KnownEntity, 'normName'>): boolean {
  const tokens = nameTokens(node.normName);
  if (tokens.length < 2) return false;
  return fullNames.some((n) => {
    const t = nameTokens(n);
    return t.includes(tokens.at(-1)!) || (tokens.length >= 3 && t[0] === tokens[0] && t.at(-1) === tokens[1]);
  });
}

class EntityIndex {
  private readonly nodes = new Map<string, KnownEntity>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byToken = new Map<string, Set<string>>();
  private readonly byInitials = new Map<string, Set<string>>();

  get(id: string): KnownEntity | undefined {
    return this.nodes.get(id);
  }

  /** Adds a node, or more names and keys to one already known. */
  add(node: KnownEntity): void {
    let n = this.nodes.get(node.id);
    if (!n) {
      n = { ...node, keys: [], names: [], curatedKeys: [...node.curatedKeys] };
      this.nodes.set(node.id, n);
      if (!n.scope) {
        if (n.type === 'Person') for (const t of nameTokens(n.normName)) put(this.byToken, `${n.type}|${t}`, n.id);
        const initials = isAcronym(n.name) ? null : initialsOf(n.normName);
        if (initials && n.type !== 'Person') put(this.byInitials, `${n.type}|${initials}`, n.id);
      }
    }
    for (const k of node.keys) if (!n.keys.includes(k)) (n.keys.push(k), put(this.byKey, k, n.id));
    for (const name of node.names) if (!n.names.includes(name)) n.names.push(name);
  }

  withKey(key: string): KnownEntity[] {
    return [...(this.byKey.get(key) ?? [])].map((id) => this.nodes.get(id)!);
  }

  /** People sharing a word of the name (the words are few, so this is a small set). */
  withPersonToken(token: string): KnownEntity[] {
    return [...(this.byToken.get(`Person|${token}`) ?? [])].map((id) => this.nodes.get(id)!);
  }

  withInitials(type: string, initials: string): KnownEntity[] {
    return [...(this.byInitials.get(`${type}|${initials}`) ?? [])].map((id) => this.nodes.get(id)!);
  }
}

function put(map: Map<string, Set<string>>, key: string, id: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(id);
}

function only(nodes: readonly KnownEntity[]): string | null {
  const ids = new Set(nodes.map((n) => n.id));
  return ids.size === 1 ? [...ids][0]! : null;
}

function resolveOne(row: EntityRow, index: EntityIndex): string | null {
  // 1. The canonical key.
  const named = index.withKey(row.canonicalKey);
  if (named.length > 0) {
    const pinned = named.filter((c) => c.curatedKeys.includes(row.canonicalKey));
    if (pinned.length === 1) return pinned[0]!.id;
    const exact = named.filter((c) => c.id === row.newId || (c.normName === row.normName && c.scope === row.scope));
    if (exact.length === 1) return exact[0]!.id;
    return only(named);
  }
  const fullNames = row.type === 'Person' ? personNames(row.normName, row.surfaceNames) : [];
  // 2. Another name the document links to it.
  // A single word says too little ("T Foundation" called "T" is not the actor
  // "T"): only names of two words or more, and acronyms, link.
  const aliasKeys = row.keys.filter((k) => k !== row.canonicalKey && aliasLinks(row, k));
  const byAlias = aliasKeys.flatMap((k) => index.withKey(k)).filter((c) => row.type !== 'Person' || personsCompatible(fullNames, c));
  if (byAlias.length > 0) return only(byAlias);
  if (row.scope) return null;
  // 3. A fuller or shorter form of a person's name.
  if (fullNames.length > 0) {
    const near = fullNames.flatMap((n) => nameTokens(n).flatMap((t) => index.withPersonToken(t)));
    const compatible = near.filter((c) => !c.scope && reachable(fullNames, c) && personsCompatible(fullNames, c));
    if (compatible.length > 0) return only(compatible);
  }
  // 4. An acronym and the name it abbreviates.
  return resolveAcronym(row, index);
}

function aliasLinks(row: EntityRow, key: string): boolean {
  const name = key.slice(key.indexOf('|') + 1).replace(/@.*$/, '');
  if (nameTokens(name).length >= 2) return true;
  return row.type !== 'Person' && row.surfaceNames.some((n) => isAcronym(n) && acronymLetters(n) === name.replace(/[^\p{L}]/gu, ''));
}

/**
 * Initials alone are a guess worth making from three letters on: two letters
 * are the initials of too many names ("S.F."), and the first wrong guess would
 * stick. A two-letter acronym joins its full name through a document that links
 * them (an alias), as "United Nations (U.N.)" does.
 */
const MIN_GUESSED_ACRONYM = 3;

function resolveAcronym(row: EntityRow, index: EntityIndex): string | null {
  if (row.acronym && row.acronym.length >= MIN_GUESSED_ACRONYM) {
    const expanded = index.withInitials(row.type, row.acronym);
    if (expanded.length > 0) return only(expanded);
  }
  if (row.initials && row.initials.length >= MIN_GUESSED_ACRONYM) {
    const abbreviated = index.withKey(`${row.type}|${row.initials}`).filter((c) => !c.scope && isAcronym(c.name));
    if (abbreviated.length > 0) return only(abbreviated);
  }
  return null;
}

function knownFromRow(row: EntityRow, id: string): KnownEntity {
  const names = [row.normName, ...row.surfaceNames.map((n) => identityName(row.type, n))];
  return { id, type: row.type, name: row.name, normName: row.normName, scope: row.scope, keys: row.keys, names, curatedKeys: [] };
}

function knownFromStored(s: StoredEntity): KnownEntity {
  return {
    id: s.id,
    type: s.type,
    name: s.name,
    normName: s.normName,
    scope: s.scope ?? null,
    keys: s.keys,
    names: [...new Set([s.normName, ...s.aliases.map((a) => identityName(s.type, a))])],
    curatedKeys: s.curatedKeys ?? [],
  };
}

/**
 * The node id of every entity of each document (local id → node id), deciding
 * the documents in order: a later document sees the nodes, names and keys the
 * earlier ones brought, exactly as if each had been written alone before it.
 */
export function resolveEntities(docs: ReadonlyArray<readonly EntityRow[]>, stored: readonly StoredEntity[]): Array<Map<string, string>> {
  const index = new EntityIndex();
  for (const s of stored) index.add(knownFromStored(s));
  return docs.map((rows) => {
    const ids = new Map<string, string>();
    // Each entity is decided against what was there before the document, and
    // an acronym the extraction kept apart from its full name in the same
    // document still joins it (the extraction decided the rest of the
    // document's identity: two people it kept apart stay apart).
    const own = new EntityIndex();
    for (const row of rows) {
      const id = resolveOne(row, index) ?? resolveAcronym(row, own) ?? row.newId;
      ids.set(row.local, id);
      own.add(knownFromRow(row, id));
    }
    for (const row of rows) index.add(knownFromRow(row, ids.get(row.local)!));
    return ids;
  });
}

/** The node properties that the candidate lookups read (set when a node is made). */
export function lookupProperties(row: EntityRow): { firstToken: string | null; secondToken: string | null; lastToken: string | null; nameTokens: string[] | null; initials: string | null } {
  if (row.scope) return { firstToken: null, secondToken: null, lastToken: null, nameTokens: null, initials: null };
  const tokens = row.type === 'Person' ? nameTokens(row.normName) : [];
  return {
    firstToken: tokens.length >= 2 ? tokens[0]! : null,
    secondToken: secondTokenOf(tokens),
    lastToken: tokens.length >= 2 ? tokens.at(-1)! : null,
    nameTokens: tokens.length >= 2 ? tokens : null,
    initials: row.initials,
  };
}

/**
 * The lookup properties of a node from its own name, for a node written
 * elsewhere than from a document (a curator's rename or an undo). A generic
 * actor's scope is the part of its id after "@".
 */
export function nodeLookupProperties(node: { id: string; type: string; name: string; normName: string }) {
  const at = node.id.indexOf('@');
  const scope = at >= 0 ? node.id.slice(at + 1) : null;
  const acronym = scope === null && node.type !== 'Person' && isAcronym(node.name);
  const tokens = scope === null && node.type === 'Person' ? nameTokens(node.normName) : [];
  return {
    scope,
    firstToken: tokens.length >= 2 ? tokens[0]! : null,
    secondToken: secondTokenOf(tokens),
    lastToken: tokens.length >= 2 ? tokens.at(-1)! : null,
    nameTokens: tokens.length >= 2 ? tokens : null,
    initials: scope === null && node.type !== 'Person' && !acronym ? initialsOf(node.normName) : null,
  };
}

/** A name's second word when it is not also its last (three words or more): what a shorter form ending there is looked up by. */
function secondTokenOf(tokens: readonly string[]): string | null {
  return tokens.length >= 3 ? tokens[1]! : null;
}
