import { normalizeName } from '../../model/names.js';
import { ACTOR_TYPES, SYMMETRIC_PREDICATES, type Predicate } from '../../model/ontology.js';
import { entityKey } from '../document-rows.js';
import { type ActorChanges, type ActorSnapshot, CurationError } from './types.js';

/**
 * Pure planning of curations: given actors as they are, what they become.
 * No driver here, so the rules (which names resolve, which are shown) are
 * plain functions of the request.
 */

/** The normalized name part of a key ("Person|michelle bachelet" → "michelle bachelet"). */
export function keyNorm(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

const TYPE_LABELS = new Set<string>(ACTOR_TYPES);

function withItem(list: string[], value: string): string[] {
  return list.includes(value) ? list : [...list, value];
}

/** A name that was removed and is now wanted again is no longer blocked. */
function unblock(a: ActorSnapshot, norm: string): void {
  a.removedAliases = a.removedAliases.filter((n) => normalizeName(n) !== norm);
  a.removedKeys = a.removedKeys.filter((k) => keyNorm(k) !== norm);
}

function copy(a: ActorSnapshot): ActorSnapshot {
  return {
    ...a,
    labels: [...a.labels],
    curatedAliases: [...a.curatedAliases],
    curatedKeys: [...a.curatedKeys],
    removedAliases: [...a.removedAliases],
    removedKeys: [...a.removedKeys],
    aliases: [...a.aliases],
  };
}

function labelsFor(labels: string[], type: string): string[] {
  return [...labels.filter((l) => !TYPE_LABELS.has(l) && l !== 'Actor' && l !== 'Entity'), 'Entity', 'Actor', type];
}

function cleanName(value: string, what: string, actorId: string): { name: string; norm: string } {
  const name = value.trim().replace(/\s+/g, ' ');
  const norm = normalizeName(name);
  if (norm === '') throw new CurationError('INVALID', `${what} "${value}" is empty once normalized`, { actorIds: [actorId] });
  return { name, norm };
}

/**
 * What `updateActor` makes of an actor. A rename keeps the old name as a
 * curated alias that still resolves; a new type gets keys of that type for
 * the name and aliases (the old type's keys keep resolving too); added
 * aliases become curated keys; removed ones are blocked (removedAliases /
 * removedKeys, every actor type), so no later document shows or resolves them.
 */
export function planUpdate(actor: ActorSnapshot, changes: ActorChanges, curationId: string): ActorSnapshot {
  const next = copy(actor);
  const id = actor.id;
  const adds = (changes.addAliases ?? []).map((a) => cleanName(a, 'alias', id));
  const removes = (changes.removeAliases ?? []).map((a) => cleanName(a, 'alias', id));
  if (changes.name === undefined && changes.type === undefined && adds.length === 0 && removes.length === 0) {
    throw new CurationError('INVALID', `nothing to change on ${id}: give a name, a type, or aliases to add or remove`, { actorIds: [id] });
  }
  if (changes.type !== undefined && !TYPE_LABELS.has(changes.type)) {
    throw new CurationError('INVALID', `"${changes.type}" is not an actor type (${ACTOR_TYPES.join(', ')})`, { actorIds: [id] });
  }
  const both = adds.find((a) => removes.some((r) => r.norm === a.norm));
  if (both) throw new CurationError('INVALID', `alias "${both.name}" is both added and removed`, { actorIds: [id] });

  if (changes.name !== undefined) {
    const { name, norm } = cleanName(changes.name, 'name', id);
    if (norm !== actor.normName) {
      // The old name stays a name of the actor: shown as an alias, and resolving to it.
      next.curatedAliases = withItem(next.curatedAliases, actor.name);
      next.curatedKeys = withItem(next.curatedKeys, entityKey(actor.type, actor.name));
      next.aliases = withItem(next.aliases, actor.name);
    }
    next.name = name;
    next.normName = norm;
    next.aliases = next.aliases.filter((n) => normalizeName(n) !== norm);
    next.curatedAliases = next.curatedAliases.filter((n) => normalizeName(n) !== norm);
    unblock(next, norm);
    next.curatedKeys = withItem(next.curatedKeys, entityKey(next.type, name));
  }

  for (const r of removes) {
    if (r.norm === next.normName) throw new CurationError('INVALID', `"${r.name}" is the name of ${id}, not an alias: rename it instead`, { actorIds: [id] });
    const shown = next.aliases.filter((n) => normalizeName(n) === r.norm);
    const curated = next.curatedAliases.filter((n) => normalizeName(n) === r.norm);
    if (shown.length === 0 && curated.length === 0) {
      throw new CurationError('INVALID', `"${r.name}" is not an alias of ${id}`, { actorIds: [id] });
    }
    next.aliases = next.aliases.filter((n) => normalizeName(n) !== r.norm);
    next.curatedAliases = next.curatedAliases.filter((n) => normalizeName(n) !== r.norm);
    next.curatedKeys = next.curatedKeys.filter((k) => keyNorm(k) !== r.norm);
    for (const n of [r.name, ...shown, ...curated]) next.removedAliases = withItem(next.removedAliases, n);
    for (const t of ACTOR_TYPES) next.removedKeys = withItem(next.removedKeys, `${t}|${r.norm}`);
  }

  for (const a of adds) {
    if (a.norm === next.normName) continue; // already its name
    unblock(next, a.norm);
    next.curatedAliases = withItem(next.curatedAliases, a.name);
    next.curatedKeys = withItem(next.curatedKeys, entityKey(next.type, a.name));
    next.aliases = withItem(next.aliases, a.name);
  }

  if (changes.type !== undefined && changes.type !== actor.type) {
    next.type = changes.type;
    next.labels = labelsFor(next.labels, changes.type);
    // Documents that call it by the new type find it by every name it shows.
    for (const n of [next.name, ...next.aliases]) next.curatedKeys = withItem(next.curatedKeys, entityKey(changes.type, n));
  }

  next.curated = true;
  next.lastCuration = curationId;
  return next;
}

/**
 * What `into` becomes when `from` actors merge into it: their names become
 * curated aliases of `into` whose keys (under both types) resolve to it;
 * their own curated and removed names carry over.
 */
export function planMergedActor(into: ActorSnapshot, from: ActorSnapshot[], curationId: string): ActorSnapshot {
  const next = copy(into);
  for (const f of from) {
    for (const n of [f.name, ...f.curatedAliases]) {
      if (normalizeName(n) !== into.normName) next.curatedAliases = withItem(next.curatedAliases, n);
    }
    for (const k of [entityKey(f.type, f.name), entityKey(into.type, f.name), ...f.curatedKeys]) next.curatedKeys = withItem(next.curatedKeys, k);
    for (const n of f.removedAliases) next.removedAliases = withItem(next.removedAliases, n);
    for (const k of f.removedKeys) next.removedKeys = withItem(next.removedKeys, k);
  }
  // What a curator kept wins over what one removed; the name itself is never blocked.
  for (const n of [into.name, ...next.curatedAliases]) unblock(next, normalizeName(n));
  next.curated = true;
  next.lastCuration = curationId;
  return next;
}

export interface RefRow {
  actorId: string;
  docId: string;
  aliases: string[];
  keys: string[];
  mentions: number;
}

export interface ParticipationRow {
  actorId: string;
  eventId: string;
  role: string;
  docIds: string[];
}

export interface ClaimRow {
  id: string;
  docId: string;
  predicate: string;
  confidence: number;
  start: number;
  end: number;
  subject: string;
  object: string;
  sentenceId: string;
}

export interface Triple {
  subject: string;
  predicate: string;
  object: string;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** One reference per document from `into`: its own (if any) joined with those of the merged actors. */
export function combineRefs(into: string, intoRefs: RefRow[], fromRefs: RefRow[]): RefRow[] {
  const byDoc = new Map<string, RefRow>(intoRefs.map((r) => [r.docId, { ...r, actorId: into }]));
  for (const r of fromRefs) {
    const prev = byDoc.get(r.docId);
    byDoc.set(
      r.docId,
      prev ? { ...prev, aliases: union(prev.aliases, r.aliases), keys: union(prev.keys, r.keys), mentions: prev.mentions + r.mentions } : { ...r, actorId: into },
    );
  }
  return [...byDoc.values()].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}

/** One participation per (event, role) of `into`: the document ids of all merged actors, without duplicates. */
export function combineParticipations(into: string, intoRows: ParticipationRow[], fromRows: ParticipationRow[]): ParticipationRow[] {
  const key = (r: ParticipationRow) => `${r.eventId}\u0000${r.role}`;
  const out = new Map<string, ParticipationRow>(intoRows.map((r) => [key(r), { ...r, actorId: into }]));
  for (const r of fromRows) {
    const prev = out.get(key(r));
    out.set(key(r), prev ? { ...prev, docIds: union(prev.docIds, r.docIds) } : { ...r, actorId: into });
  }
  return [...out.values()];
}

/**
 * Where each claim touching a merged actor points afterwards. A claim whose two
 * ends become the same actor would state a relation of `into` with itself:
 * it is dropped (as the writer drops such claims), and recorded for undo.
 * Symmetric predicates keep their one stored direction.
 */
export function rewireClaims(into: string, fromIds: string[], claims: ClaimRow[]): { kept: Array<{ id: string; subject: string; object: string }>; dropped: ClaimRow[] } {
  const merged = new Set(fromIds);
  const map = (id: string) => (merged.has(id) ? into : id);
  const kept: Array<{ id: string; subject: string; object: string }> = [];
  const dropped: ClaimRow[] = [];
  for (const c of claims) {
    let subject = map(c.subject);
    let object = map(c.object);
    if (subject === object) {
      dropped.push(c);
      continue;
    }
    if (SYMMETRIC_PREDICATES.has(c.predicate as Predicate) && object < subject) [subject, object] = [object, subject];
    kept.push({ id: c.id, subject, object });
  }
  return { kept, dropped };
}

/** The aggregated relations to recount: those the claims supported before, and those they support after. */
export function affectedTriples(before: ClaimRow[], after: Array<{ id: string; subject: string; object: string }>): Triple[] {
  const predicateOf = new Map(before.map((c) => [c.id, c.predicate]));
  const seen = new Map<string, Triple>();
  const add = (t: Triple) => {
    if (t.subject !== t.object) seen.set(`${t.subject}\u0000${t.predicate}\u0000${t.object}`, t);
  };
  for (const c of before) add({ subject: c.subject, predicate: c.predicate, object: c.object });
  for (const c of after) add({ subject: c.subject, predicate: predicateOf.get(c.id)!, object: c.object });
  return [...seen.values()];
}
