import type { ExtractedEntity, Mention } from '../../model/extraction.js';
import type { EntityType } from '../../model/ontology.js';
import { P, type Candidate } from './candidate.js';
import { countryName, demonymMap, isDemonym, lookupPlace } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { lexiconRows } from '../../model/lexicon-files.js';
import { knownOrgMap, lex, placeHeadMap } from './lexicons.js';
import { abbreviates } from './organizations.js';
import { isAcronymShape, isAllCaps } from './tokens.js';
import { isLexiconOrganization } from './everyday.js';

/**
 * Document-level identity: one entity per real thing. Mentions with the same
 * name join; then a surname or first name joins the full name, an acronym
 * its expansion, a short company name its full name, a bare "the
 * government" the one government of the story, "controllers" the
 * "air traffic controllers". Canonical name: the longest proper form.
 */
interface Cluster {
  id: number;
  type: EntityType | undefined;
  mentions: Candidate[];
  /** Folded names (no leading "the"). */
  keys: Set<string>;
  extraAliases: string[];
  descriptive: boolean;
  head?: string;
  modifiers?: string[];
  rules: Set<string>;
  parent: number;
}

const stripThe = (s: string) => s.replace(/^the\s+/i, '');
/** Spacing other than single spaces between words. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;
/** The folded name without a leading "the", single-spaced: what names are compared by. */
function keyOf(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
    keyMemo.set(s, (k = foldKey(s)));
  }
  return k;
}
/** Names recur within and across documents; the memo is bounded so a long stream cannot grow it without end. */
const KEY_MEMO_SIZE = 20_000;
const keyMemo = new Map<string, string>();
function foldKey(s: string): string {
  // Folding keeps spaces and lowers "The", so stripping after it is the same; most names need no respacing.
  const k = foldText(s).replace(/^the\s+/, '');
  return UNEVEN_SPACE.test(k) ? k.replace(/\s+/g, ' ').trim() : k;
}
const words = (s: string) => keyOf(s).split(/[\s]+/).filter(Boolean);

/**
 * The learned typer's say on a name no rule typed or only a weak rule typed
 * (`current`), from its mentions: the type it ends with (undefined: dropped).
 */
export type UntypedNameTyper = (mentions: readonly Candidate[], current: EntityType | undefined) => EntityType | undefined;

/** Typed by what the text says of the name ("X is a village", "written by X"): evidence the typer does not overrule. */
const CUE_RULES = new Set(['leftover-cue', 'leftover-definition']);
/**
 * A name only guesses typed: no mention from a definition or cue, title, known name, organization shape or strong
 * place. A person's name shape ("Merrill Lynch", "Luna Cafe" read as first name + surname) is a guess the typer
 * may overrule: its features include the rule, and cross-validation showed it more reliable there.
 */
const weaklyTyped = (cl: Cluster): boolean =>
  cl.type !== undefined && cl.type !== 'Group' && !cl.descriptive && cl.mentions.every((m) => m.priority <= P.personShape && !CUE_RULES.has(m.rule) && m.head === undefined && m.tok !== undefined && /^\p{Lu}/u.test(m.text));

/** Sees each name a strong rule typed, which the typer never judges (training learns name words from these too). */
export type TypedNameObserver = (mentions: readonly Candidate[], type: EntityType) => void;

export function resolveIdentity(candidates: Candidate[], typeUntyped?: UntypedNameTyper, observeTyped?: TypedNameObserver): ExtractedEntity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const find = (c: Cluster): Cluster => {
    let x = c;
    while (x.parent !== x.id) x = clusters[x.parent]!;
    return x;
  };
  const union = (into: Cluster, from: Cluster) => {
    const a = find(into);
    const b = find(from);
    if (a === b) return;
    b.parent = a.id;
    a.mentions.push(...b.mentions);
    for (const k of b.keys) a.keys.add(k);
    a.extraAliases.push(...b.extraAliases);
    for (const r of b.rules) a.rules.add(r);
    a.type ??= b.type;
    a.descriptive &&= b.descriptive;
    forgetViews();
  };
  // The live clusters, and those of one type, are asked for inside loops over clusters: kept until a union or a
  // retyping changes them (each call used to filter all clusters again).
  let liveView: Cluster[] | undefined;
  const typeViews = new Map<EntityType | 'Person+', Cluster[]>();
  const forgetViews = () => {
    liveView = undefined;
    typeViews.clear();
  };
  const retype = (cl: Cluster, type: EntityType) => {
    cl.type = type;
    forgetViews();
  };

  // 1. Same name, same type (untyped names join a typed cluster of that name).
  for (const c of candidates) {
    const k = c.type === 'Group' ? `group:${c.head}:${(c.modifiers ?? []).join(' ')}` : clusterKey(c);
    const typedKey = `${c.type ?? '?'}:${k}`;
    let cl = byKey.get(typedKey);
    if (!cl) {
      cl = { id: clusters.length, type: c.type, mentions: [], keys: new Set(), extraAliases: [], descriptive: !!c.descriptive, rules: new Set(), parent: clusters.length, ...(c.head !== undefined && { head: c.head }), ...(c.modifiers && { modifiers: c.modifiers }) };
      clusters.push(cl);
      byKey.set(typedKey, cl);
    }
    cl.mentions.push(c);
    cl.keys.add(keyOf(c.text));
    cl.extraAliases.push(...(c.extraAliases ?? []));
    cl.rules.add(c.rule);
    if (!c.descriptive) cl.descriptive = false;
  }
  const live = (): readonly Cluster[] => (liveView ??= clusters.filter((c) => c.parent === c.id));
  // one name typed two ways ("New Majority" guessed a person once, a party by context later): the stronger evidence wins
  const best = (c: Cluster) => Math.max(...c.mentions.map((m) => m.priority));
  // Only clusters holding a key that another cluster holds can meet here: a union pools the keys of two clusters
  // that already shared one, so a cluster sharing none never comes to share one. Most documents have none.
  const holders = new Map<string, number>();
  for (const cl of clusters) for (const k of cl.keys) holders.set(k, (holders.get(k) ?? 0) + 1);
  const sharing = clusters.filter((cl) => cl.type !== undefined && cl.type !== 'Group' && someKey(cl.keys, (k) => (holders.get(k) ?? 0) > 1));
  for (const cl of sharing) {
    if (cl.parent !== cl.id || cl.type === undefined || cl.type === 'Group') continue;
    for (const other of sharing) {
      if (other === cl || other.parent !== other.id || other.type === undefined || other.type === cl.type || other.type === 'Group') continue;
      if (!someKey(other.keys, (k) => cl.keys.has(k))) continue;
      const [win, lose] = best(other) > best(cl) ? [other, cl] : [cl, other];
      union(win, lose);
      if (lose === cl) break;
    }
  }
  const ofType = (t: EntityType): readonly Cluster[] => {
    let view = typeViews.get(t);
    if (!view) typeViews.set(t, (view = live().filter((c) => c.type === t)));
    return view;
  };

  // 2. Declared definitions: "Long Name (ABC)".
  for (const c of candidates) {
    if (!c.sameAs) continue;
    const a = clusterOf(clusters, c);
    const sameAs = keyOf(c.sameAs);
    const target = live().find((o) => o.keys.has(sameAs));
    if (a && target) union(target.type ? target : a, target.type ? a : target);
  }

  // 3. Persons: a surname or first name joins the one full name that has it.
  const parts = new Map<string, string[]>();
  const partsOf = (k: string): string[] => {
    let v = parts.get(k);
    if (!v) parts.set(k, (v = nameParts(k)));
    return v;
  };
  const persons = (): readonly Cluster[] => {
    let view = typeViews.get('Person+');
    if (!view) typeViews.set('Person+', (view = ofType('Person').filter((p) => hasKey(p, (k) => k.includes(' ')))));
    return view;
  };
  for (const cl of live()) {
    // a weak place ("Vallejo" as a small town) may be the surname of a person of the story
    const weakPlace = cl.type === 'Place' && cl.mentions.every((m) => m.priority <= P.placeWeak || /^(city|capital)$/.test(lookupPlace(m.text)?.kind ?? ''));
    if (cl.type !== undefined && cl.type !== 'Person' && !weakPlace) continue;
    const ks = [...cl.keys];
    if (weakPlace && (ks.length !== 1 || ks[0]!.includes(' '))) continue;
    if (ks.some((k) => k.includes(' '))) {
      // "Sebastián Piñera" inside "Miguel Sebastián Piñera", "Ana Ruiz" for "Ana María Ruiz", "Maria Lopez" for "Maria Lopez Garcia"
      if (cl.type !== 'Person') continue;
      const kin = cl.mentions.some((m) => m.kin);
      const firstAt = Math.min(...cl.mentions.map((m) => m.start));
      const longer = persons().filter((p) => p !== cl && hasKey(p, (pk) => ks.some((k) => {
        const fit = shortFormOf(k, pk);
        // a leading part ("Aung San" of "Aung San Suu Kyi") is a short form only when it follows the full name and is no relative's name
        if (fit === 'prefix') return !kin && Math.min(...p.mentions.map((m) => m.start)) < firstAt;
        return fit !== undefined;
      })));
      if (longer.length === 1) union(longer[0]!, cl);
      continue;
    }
    const w = ks[0]!;
    if (isDemonym(w) || cl.rules.has('demonym')) continue; // "Ukrainian officials": an adjective, no surname
    const matches = persons().filter((p) => p !== cl && hasKey(p, (pk) => isNamePart(w, pk)));
    const owner = matches.length > 1 ? oneOfNamesakes(matches, w, cl) : matches[0];
    if (owner) {
      union(owner, cl);
      retype(find(cl), 'Person');
      continue;
    }
    if (matches.length === 0 && w.length >= 6) {
      // a misspelt surname ("Vandervelt" for "Vandervelde") joins when it is the only near one
      const near = persons().filter((p) => p !== cl && hasKey(p, (pk) => partsOf(pk).some((part) => part.length >= 6 && editDistance1(part, w) && w !== `${part}s`)));
      if (near.length === 1) union(near[0]!, cl);
    }
  }

  // an untyped name that is no person's surname: the type the same name has elsewhere
  for (const cl of clusters) {
    if (cl.type !== undefined) continue;
    const k = [...cl.keys][0]!;
    if (cl.parent !== cl.id) continue;
    const typed = live().find((o) => o !== cl && o.type !== undefined && o.keys.has(k));
    if (typed) union(typed, cl);
  }

  // 4. Organizations: short forms join long forms.
  const orgs = () => ofType('Organization');
  const STRONG_PERSON = new Set(['title', 'title-before', 'definition-long', 'definition-short']);
  for (const cl of live()) {
    const weakPerson = cl.type === 'Person' && ![...cl.rules].some((r) => STRONG_PERSON.has(r));
    if (cl.type !== undefined && cl.type !== 'Organization' && !weakPerson) continue;
    const ks = [...cl.keys];
    const name = ks[0]!;
    const raw = cl.mentions[0]!.text;
    // an acronym: initials of a longer organization name
    if (isAcronymShape(raw.replace(/['’]s$/, '')) && !cl.mentions.some((m) => m.text.includes(' '))) {
      for (const strictness of ['exact', 'loose'] as const) {
        const hits = orgs().filter((o) => o !== find(cl) && o.mentions.some((m) => m.text.includes(' ') && abbreviates(raw, m.text) === strictness));
        if (hits.length === 1) {
          union(hits[0]!, cl);
          break;
        }
        if (hits.length > 1) break;
      }
      if (find(cl) !== cl) continue;
    }
    // contained in a longer name with only heads, suffixes, demonyms or places added ("Reform Party" in "Estonian Reform Party")
    const sup = orgs().filter((o) => o !== find(cl) && !o.descriptive && hasKey(o, (ok) => ok !== name && extendsName(ok, name)));
    if (sup.length === 1 && !cl.descriptive && (!weakPerson || [...sup[0]!.keys].some((ok) => ok.startsWith(name + ' ') && /^(&|and) co\.?$|^(inc|corp|co|ltd)\.?$/.test(ok.slice(name.length + 1))) || !cl.rules.has('person-shape'))) {
      union(sup[0]!, cl);
      retype(find(cl), 'Organization');
      continue;
    }
    // "Social Democrats" -> "Social Democratic Party"; "Ostrian Socialists" -> "Socialist Party" (the demonym is the party's country)
    if (weakPerson || cl.type !== 'Organization') continue;
    for (const k of ks) {
      const all = k.split(' ');
      const pw = isDemonym(all[0]!) && all.length > 1 ? all.slice(1) : all;
      const lastW = pw[pw.length - 1]!;
      if (!lex.partyPlurals().has(lastW)) continue;
      const stem = lastW.replace(/s$/, '');
      const hits = orgs().filter((o) => o !== find(cl) && hasKey(o, (ok) => {
        const ow = ok.split(' ');
        if (isDemonym(ow[0]!) && ow.length === pw.length + 2) ow.shift();
        return ow[ow.length - 1] === 'party' && ow.length === pw.length + 1 && ow[ow.length - 2]!.startsWith(stem) && ow.slice(0, pw.length - 1).join(' ') === pw.slice(0, -1).join(' ');
      }));
      if (hits.length === 1) {
        union(hits[0]!, cl);
        break;
      }
    }
  }
  // an untyped single word inside exactly one organization's name ("IVAC" in "IVAC Medical Systems Inc.")
  // and a small town's name that begins a company's name with only heads and suffixes after it ("Dunmore" of "Dunmore
  // Group"): the gazetteer only guessed the town
  for (const cl of live()) {
    const guessedTown = cl.type === 'Place' && [...cl.rules].every((r) => r === 'gazetteer');
    if (cl.type !== undefined && cl.type !== 'Organization' && !guessedTown) continue;
    if (cl.keys.size > 1 || cl.rules.has('org-body') || cl.descriptive) continue;
    const w = [...cl.keys][0]!;
    if (w.includes(' ') || isDemonym(w) || lex.orgHeads().has(w)) continue;
    const place = lookupPlace(w);
    if (place && (place.strong && place.kind !== 'subdivision')) continue;
    if (guessedTown && (!place || place.strong || !/^(city|town)$/.test(place.kind))) continue;
    const inName = guessedTown ? (ok: string) => ok.startsWith(`${w} `) && extendsName(ok, w) : (ok: string) => ok !== w && ok.split(' ').includes(w);
    const hits = orgs().filter((o) => o !== find(cl) && !o.descriptive && !o.rules.has('org-body') && hasKey(o, inName));
    if (hits.length !== 1) continue;
    union(hits[0]!, cl);
    if (guessedTown) retype(find(cl), 'Organization');
  }

  // "the Santos union" joins "Santos Portworkers' Union": same first word, same head
  for (const cl of live()) {
    if (cl.type !== 'Organization' || !cl.rules.has('org-body') || cl.keys.size !== 1) continue;
    const w = [...cl.keys][0]!.split(' ');
    const hits = orgs().filter((o) => o !== cl && !o.rules.has('org-body') && hasKey(o, (ok) => {
      const ow = ok.split(' ');
      return ow.length > w.length && ow[0] === w[0] && ow[ow.length - 1] === w[w.length - 1];
    }));
    if (hits.length === 1) union(hits[0]!, cl);
  }

  // A bare head ("the Senate", "the Palace") joins the one organization or place of the story with that head
  // ("Ostland Senate", "Palace of Vello"). (A bare name does not join a place named with a head: "Dorna" town
  // and "Dorna District" are two places.)
  const isHead = (w: string) => lex.orgHeads().has(w) || placeHeadMap().has(w);
  const bareHeads = live().filter((cl) => cl.keys.size === 1 && !cl.descriptive && cl.type !== 'Person' && cl.type !== 'Group' && isHead(firstKey(cl)));
  for (const cl of bareHeads) {
    const w = firstKey(cl);
    const hits = live().filter((o) => o !== cl && !o.descriptive && (o.type === 'Organization' || o.type === 'Place') && hasKey(o, (k) => k.endsWith(` ${w}`) || k.startsWith(`${w} of `)));
    if (hits.length !== 1) continue;
    union(hits[0]!, cl);
    retype(find(cl), hits[0]!.type!);
  }

  // 5. Descriptive organizations: "the government" joins the one "Zimbabwean government".
  for (const cl of live()) {
    if (cl.type !== 'Organization' || !cl.descriptive || !cl.mentions[0]!.head) continue;
    const head = cl.mentions[0]!.head;
    const hits = live().filter((o) => o !== cl && o.type === 'Organization' && o.mentions.some((m) => m.head === head && m.rule === 'descriptive-org'));
    const coalitions = live().filter((o) => o !== cl && o.type === 'Organization' && o.mentions.some((m) => m.head === head && m.rule === 'coalition'));
    const pool = hits.length ? hits : coalitions;
    if (pool.length >= 1) {
      // the most general one: fewest words
      pool.sort((a, b) => minWords(a) - minWords(b) || a.mentions[0]!.start - b.mentions[0]!.start);
      union(pool[0]!, cl);
    }
  }
  // "Zimbabwean government" = "Zimbabwe government"
  const placed = new Map<string, string>();
  const norm = (k: string): string => {
    let v = placed.get(k);
    if (v === undefined) placed.set(k, (v = withPlaces(k)));
    return v;
  };
  for (const cl of live()) {
    if (cl.type !== 'Organization') continue;
    const twin = live().find((o) => o !== cl && o.id < cl.id && o.type === 'Organization' && hasKey(o, (ok) => hasKey(cl, (k) => norm(ok) === norm(k))));
    if (twin) union(twin, cl);
  }

  // 6. Groups: "controllers" joins "air traffic controllers"; "strikers" joins "striking civil servants".
  const groups = () => ofType('Group');
  for (const cl of [...groups()].sort((a, b) => (a.modifiers?.length ?? 0) - (b.modifiers?.length ?? 0))) {
    if (find(cl) !== cl) continue;
    const mods = new Set(cl.modifiers ?? []);
    const sups = groups().filter((o) => o !== cl && o.head === cl.head && (o.modifiers ?? []).length > mods.size && [...mods].every((m) => o.modifiers!.includes(m)));
    if (sups.length) {
      sups.sort((a, b) => b.mentions.length - a.mentions.length || (b.modifiers?.length ?? 0) - (a.modifiers?.length ?? 0));
      union(sups[0]!, cl);
      continue;
    }
    if (mods.size === 0 && cl.head) {
      const stem = cl.head.replace(/(ers|ors|ants|ents)$/, '');
      if (stem.length >= 4 && stem !== cl.head) {
        const agent = groups().filter((o) => o !== cl && o.mentions.some((m) => [...(m.modifiers ?? []), ...(m.stance ?? [])].some((w) => w.startsWith(stem))));
        if (agent.length === 1) union(agent[0]!, cl);
      }
    }
  }

  // 7. Output: typed clusters with enough support.
  const out: ExtractedEntity[] = [];
  for (const cl of live()) {
    if (!cl.type) {
      // a name nothing else typed: a place when the gazetteer knows it (and not as an everyday word),
      // else what the learned typer makes of its words and company
      // a lone organization head left untyped ("Corps", "Society") is a common noun cut off its name: nothing to type
      const type = leftoverPlace(cl) ? 'Place' : lexiconOrganization(cl) ? 'Organization' : isLoneOrgHead(cl) ? undefined : typeUntyped?.(cl.mentions, undefined);
      if (!type) continue;
      retype(cl, type);
    } else if (typeUntyped && weaklyTyped(cl)) {
      const type = typeUntyped(cl.mentions, cl.type);
      if (!type) continue;
      retype(cl, type);
    } else if (observeTyped && cl.type !== 'Group' && !cl.descriptive && cl.mentions.every((m) => m.tok !== undefined && /^\p{Lu}/u.test(m.text))) {
      observeTyped(cl.mentions, cl.type);
    }
    if (cl.type === 'Organization' && [...cl.rules].every((r) => r === 'acronym') && cl.mentions.length < 2) continue;
    // a bare "the government" said once is background; the story's own government is referred to again,
    // or described ("the military government")
    if (cl.type === 'Organization' && [...cl.rules].every((r) => r === 'bare-institution') && cl.mentions.length < 2 && !cl.mentions[0]!.modifiers?.length) continue;
    out.push(toEntity(cl));
  }
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return out.map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

const firstKey = (cl: Cluster): string => cl.keys.values().next().value!;

const firstStart = (cl: Cluster): number => {
  let at = Infinity;
  for (const m of cl.mentions) if (m.start < at) at = m.start;
  return at;
};

/**
 * A one-word name that is part of several full names ("Hale" with "Mara Hale"
 * and "Tom Hale"): of the full names that end with it (a "Jack Hale Show"
 * mistyped as a person does not; a shared first name is no evidence), of those introduced
 * before the short name first appears, the earliest: the story's first
 * person of that name is whom a bare surname refers back to. None was
 * introduced before: no owner (the short name stays apart).
 */
function oneOfNamesakes(matches: readonly Cluster[], w: string, short: Cluster): Cluster | undefined {
  // a first name shared by several ("Louis" of "Louis Brel" and "Louis Hale") is as likely a third person: left apart
  const pool = matches.filter((p) => hasKey(p, (pk) => pk.endsWith(` ${w}`)));
  const from = firstStart(short);
  let owner: Cluster | undefined;
  for (const p of pool) {
    const at = firstStart(p);
    if (at < from && (!owner || at < firstStart(owner))) owner = p;
  }
  return owner;
}

/** Does one of the cluster's names pass the test? (No array of its keys made per call.) */
function hasKey(cl: Cluster, test: (k: string) => boolean): boolean {
  for (const k of cl.keys) if (test(k)) return true;
  return false;
}

function clusterKey(c: Candidate): string {
  if (c.type === 'Place') return c.ref ?? lookupPlace(c.text)?.ref ?? keyOf(c.text);
  const k = keyOf(c.text);
  if (c.type === 'Organization') return knownOrgMap().get(k) ?? k;
  return k;
}


function clusterOf(clusters: Cluster[], c: Candidate): Cluster | undefined {
  for (const cl of clusters) if (cl.mentions.includes(c)) {
    let x = cl;
    while (x.parent !== x.id) x = clusters[x.parent]!;
    return x;
  }
  return undefined;
}

/**
 * Is the multi-word person name `short` a shorter form of `long`? 'inner': its
 * words run inside the long name and keep its last word ("Sebastián Piñera"
 * of "Miguel Sebastián Piñera"); 'skip': same first and last word with middle
 * names or initials left out ("Anna Caselberg", "Anna M. Caselberg" of "Anna
 * Margaret Caselberg"); 'prefix': the long name's leading words ("Maria Lopez"
 * of "Maria Lopez Garcia").
 */
export function shortFormOf(short: string, long: string): 'inner' | 'skip' | 'prefix' | undefined {
  // Asked of every pair of person names: most pairs share neither a run of words nor the last word.
  const lastSpace = short.lastIndexOf(' ');
  if (short === long || lastSpace < 0) return undefined;
  if (!long.includes(short) && !long.endsWith(short.slice(lastSpace))) return undefined;
  const sw = short.split(' ');
  const lw = long.split(' ');
  if (sw.length < 2 || sw.length > lw.length) return undefined;
  if (sw.length < lw.length && (` ${long} `).endsWith(` ${short} `)) return 'inner';
  if ((` ${long} `).startsWith(` ${short} `)) return 'prefix';
  if ((` ${long} `).includes(` ${short} `)) return undefined; // a middle run ("Lopez Garcia" of "Maria Lopez Garcia Ruiz"): unclear
  const same = (a: string, b: string) => a === b || (/^\p{L}\.?$/u.test(a) && b.startsWith(a[0]!) && b.length > 2) || givenNameForms().get(a)?.has(b) === true;
  if (!same(sw[0]!, lw[0]!) || sw[sw.length - 1] !== lw[lw.length - 1]) return undefined;
  let j = 1;
  for (let i = 1; i < sw.length - 1; i++) {
    while (j < lw.length - 1 && !same(sw[i]!, lw[j]!)) j++;
    if (j >= lw.length - 1) return undefined;
    j++;
  }
  return 'skip';
}

let nameForms: Map<string, Set<string>> | undefined;
/** Folded given name → its familiar and full forms ("bill" → "william"; "william" → "bill", "will", ...). */
function givenNameForms(): Map<string, Set<string>> {
  if (!nameForms) {
    nameForms = new Map();
    const add = (a: string, b: string) => {
      let s = nameForms!.get(a);
      if (!s) nameForms!.set(a, (s = new Set()));
      s.add(b);
    };
    for (const [short, full] of lexiconRows('entities/given-name-forms.txt')) {
      add(foldText(short!), foldText(full!));
      add(foldText(full!), foldText(short!));
    }
  }
  return nameForms;
}

/** The parts of a person's name a single word may stand for: each word and each hyphen piece. */
function nameParts(k: string): string[] {
  return k.split(' ').flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])]);
}

/**
 * Is `w` one of nameParts(k)? The same answer without splitting the name: identity asks
 * it of every one-word name against every full name of the story.
 */
function isNamePart(w: string, k: string): boolean {
  // A hyphenated word stands only for a whole word ("Lopez-Garcia"), a plain one also for a piece.
  const bound = (ch: string | undefined) => ch === undefined || ch === ' ' || (ch === '-' && !w.includes('-'));
  for (let at = k.indexOf(w); at >= 0; at = k.indexOf(w, at + 1)) {
    if (bound(k[at - 1]) && bound(k[at + w.length])) return true;
  }
  return false;
}

/** An organization's key with demonyms read as their places: "zimbabwean government" = "zimbabwe government". */
function withPlaces(k: string): string {
  const dem = demonymMap();
  let ws = k.replace(/'s\b/g, '').split(' ').map((w) => dem.get(w) ?? w);
  // "government of india" = "india government" ("indian government" after the demonym below)
  const of = ws.indexOf('of');
  if (of === 1 && lex.orgHeads().has(ws[0]!) && lookupPlace(ws.slice(2).join(' '))?.strong) ws = [...ws.slice(2), ws[0]!];
  // a country by any of its names ("u.s. navy" = "united states navy"): its reference
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const place = lookupPlace(ws.slice(0, n).join(' '));
    if (place?.kind === 'country') {
      ws = [place.ref, ...ws.slice(n)];
      break;
    }
  }
  return ws.map((w) => foldText(w)).join(' ');
}

function editDistance1(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  // Compared in place (no slices): identity asks this of every one-word name against every part of every full name.
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference: the rest equal, with one letter replaced, dropped or added there.
  const skipA = a.length >= b.length ? 1 : 0;
  const skipB = b.length >= a.length ? 1 : 0;
  for (let k = i; k + skipA < a.length; k++) if (a.charCodeAt(k + skipA) !== b.charCodeAt(k + skipB)) return false;
  return true;
}

/** Is `long` = `short` plus only heads, suffixes, demonyms, places, "&"/"and"? */
function extendsName(long: string, short: string): boolean {
  // Identity asks this of every organization for every short name: most pairs fail this cheap test.
  if (long.length <= short.length || !long.includes(short)) return false;
  const lw = long.split(' ');
  const sw = short.split(' ');
  if (sw.length >= lw.length) return false;
  for (let i = 0; i + sw.length <= lw.length; i++) {
    if (lw.slice(i, i + sw.length).join(' ') !== short) continue;
    const filler = (w: string) => lex.orgHeads().has(w) || lex.orgSuffixes().has(w.replace(/\.$/, '')) || isDemonym(w) || !!lookupPlace(w) || /^(&|and|of|the|in)$/.test(w);
    const after = lw.slice(i + sw.length);
    // the words before: fillers one by one, or together a place of several words ("United States Marine Corps")
    const before = lw.slice(0, i);
    const beforeOk = before.every(filler) || (before.length > 1 && lookupPlace(before.join(' '))?.strong === true);
    if (beforeOk && after.every(filler)) return sw.some((w) => !lex.orgHeads().has(w) && !isDemonym(w));
  }
  return false;
}

function leftoverPlace(cl: Cluster): boolean {
  if (cl.rules.has('demonym')) return false;
  if (cl.mentions.some((m) => m.personal || m.rule === 'untyped-initial')) return false;
  return cl.mentions.some((m) => {
    const entry = lookupPlace(m.text);
    return entry !== undefined && !entry.common && entry.kind !== 'town' && !lex.orgHeads().has(keyOf(m.text));
  });
}

/** One word, an organization's head ("corps", "university"). */
const isLoneOrgHead = (cl: Cluster): boolean => cl.keys.size === 1 && lex.orgHeads().has(firstKey(cl));

/** A name compromise's lexicon knows as an organization or team ("Netflix", "Tottenham Hotspur"). */
function lexiconOrganization(cl: Cluster): boolean {
  if (cl.rules.has('demonym')) return false;
  return cl.mentions.some((m) => isLexiconOrganization(keyOf(m.text).replace(/['’]s$/, '')));
}

function countryOf(cl: Cluster): string | undefined {
  const refs = new Set(cl.mentions.map((m) => m.ref ?? lookupPlace(m.text)?.ref).filter((r): r is string => r !== undefined && r.startsWith('country:')));
  return refs.size === 1 ? countryName([...refs][0]!) : undefined;
}

const minWords = (c: Cluster) => Math.min(...[...c.keys].map((k) => k.split(' ').length));

function toEntity(cl: Cluster): ExtractedEntity {
  const mentions: Mention[] = cl.mentions
    .map((m) => ({ start: m.start, end: m.end, text: m.text }))
    .sort((a, b) => a.start - b.start)
    .filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start);
  const forms = new Map<string, string>(); // folded -> best surface
  const better = (a: string, b: string) => (isAllCaps(a) && !isAllCaps(b) && a.includes(' ') ? b : a);
  for (const m of cl.mentions) {
    const surface = m.descriptive ? m.text : stripThe(m.text);
    const k = keyOf(surface);
    const prev = forms.get(k);
    forms.set(k, prev ? better(prev, surface) : surface);
  }
  // a declared long form ("national association of bus drivers (Nabud)") is the name, whatever its case
  const declared = cl.mentions.filter((m) => m.rule === 'definition-long');
  const proper = (declared.length ? declared : cl.mentions.filter((m) => !m.descriptive)).map((m) => forms.get(keyOf(stripThe(m.text)))!);
  const pool = proper.length ? proper : [...forms.values()];
  // canonical: the longest proper form; all-caps datelines lose to normal case
  let name = pool[0]!;
  for (const f of pool) {
    // a party's members ("Danish Liberals") name it less well than its own name ("Liberal Party")
    const members = (s: string) => cl.type === 'Organization' && lex.partyPlurals().has(keyOf(s).slice(keyOf(s).lastIndexOf(' ') + 1));
    const score = (s: string) => s.length - (isAllCaps(s) && s.length > 4 ? 100 : 0) - (/^\p{Ll}/u.test(s) && cl.type !== 'Group' && !declared.length ? 50 : 0) - (members(s) ? 40 : 0);
    if (score(f) > score(name)) name = f;
  }
  // a country goes by its common English name whatever the document calls it ("Russia" for "Russian Federation")
  const country = cl.type === 'Place' ? countryOf(cl) : undefined;
  if (country) {
    forms.set(keyOf(country), forms.get(keyOf(country)) ?? country);
    name = country;
  }
  if (isAllCaps(name) && name.length > 3) {
    // a dateline ("HARARE"): the gazetteer's spelling
    const place = cl.type === 'Place' ? lookupPlace(name) : undefined;
    if (place && !isAllCaps(place.name)) name = place.name;
  }
  const aliases = new Map<string, string>();
  const nameKey = keyOf(name);
  for (const f of [...forms.values(), ...cl.extraAliases]) {
    const k = keyOf(f);
    if (k !== nameKey && !aliases.has(k)) aliases.set(k, f);
  }
  return { id: '', name, type: cl.type!, aliases: [...aliases.values()], mentions };
}

/** Whether some key passes: a loop over the set, without spreading it into an array first. */
function someKey(keys: ReadonlySet<string>, test: (key: string) => boolean): boolean {
  for (const k of keys) if (test(k)) return true;
  return false;
}
