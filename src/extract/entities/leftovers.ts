import type { EntityType } from '../../model/ontology.js';
import { P, type Candidate } from './candidate.js';
import { isDemonym } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { lex, placeHeadMap } from './lexicons.js';
import { lexiconTags } from '../nlp.js';
import { isTitleQualifier, knownFirstName } from './people.js';
import { isCap, type Token } from './tokens.js';

/**
 * Names that no rule typed ("Quorvex", "Skelmarrow", "Tellabrin Works") take a
 * type from the company they keep:
 * - a cue around the mention: "developed by X" (organization), "written by
 *   X" (person), "X (born 1941)" (person), "born in X" (place), "X's Anna
 *   Berg" (organization: the body a named person belongs to);
 * - a list they stand in: "Lyon, Quessanne and Grenoble" takes the type of
 *   the list's typed members when those agree.
 * A typed guess (person-unknown-words, a weak place) also yields to a
 * definition: "X is a village in ..." makes X a place.
 * Linear in the candidates; each mention looks at a few tokens around it.
 */

/** Rules whose untyped output may be typed here (not demonyms, not sentence-initial words alone). */
const LEFTOVER_RULES = new Set(['untyped', 'untyped-initial', 'title-single']);
/** "<verb> by X": a company or body does this. */
const ORG_BY = new Set(['developed', 'published', 'manufactured', 'operated', 'owned', 'acquired', 'distributed', 'marketed', 'broadcast', 'aired', 'sponsored', 'purchased', 'bought', 'released', 'co-developed', 'co-published', 'licensed', 'administered', 'governed', 'organized', 'organised']);
/** "<verb> by X": a person does this. */
const PERSON_BY = new Set(['written', 'directed', 'composed', 'painted', 'illustrated', 'sung', 'narrated', 'authored', 'sculpted', 'photographed', 'hosted', 'presented', 'voiced', 'portrayed', 'co-written', 'penned', 'choreographed', 'starring', 'featuring']);
/** "<verb> for X" / "<verb> with X": a club or company. */
const ORG_FOR = new Set(['played', 'plays', 'playing', 'signed', 'signing', 'transferred']);
/** A year or a life span in parentheses right after a name: "(born 1941", "(1797–1867)". */
const LIFE = /^(?:born|b\.|died|d\.|née|nee|c\.|ca\.)$/i;

const joined = (t: Token | undefined): boolean => t !== undefined && !/[^ \t]/.test(t.post);

const ROMAN = /^(?:[IVX]{1,4})$/;
/**
 * A leftover worth typing is a name, not a piece of one cut off by a split
 * ("City", "Inc.", "Forestry" of "Ministry of Fisheries, Forestry and Tourism"):
 * no head word, title or suffix in it, and a lone word is not an everyday
 * word of compromise's lexicon.
 */
function nameLike(tokens: Token[], c: Candidate): boolean {
  if (c.tok === undefined || c.tokEnd === undefined) return false;
  const words = tokens.slice(c.tok, c.tokEnd);
  if (!words.length || /^(in|the|of|and|for|on|at)\b/i.test(c.text)) return false;
  for (const t of words) {
    const w = t.lower.replace(/\.$/, '');
    if (lex.orgHeads().has(w) || lex.orgSuffixes().has(w) || placeHeadMap().has(foldText(t.text)) || isTitleQualifier(t) || ROMAN.test(t.text)) return false;
  }
  if (words.length === 1) {
    const t = words[0]!;
    if (lexiconTags(t.lower).length > 0 && !t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization')) return false;
  }
  return true;
}

/** The type one mention's own context gives, if any. */
export function cueType(tokens: Token[], c: Candidate): EntityType | undefined {
  if (c.tok === undefined || c.tokEnd === undefined) return undefined;
  const from = c.tok;
  const to = c.tokEnd;
  const last = tokens[to - 1]!;
  const next = tokens[to];
  // "X (born 1941", "X (1797–1867)": a life span
  if (next && /\(\s*$/.test(last.post) && (LIFE.test(next.text) || /^\d{3,4}\s*[–-]\s*(?:\d{2,4})?$/.test(next.text) || (/^\d{3,4}$/.test(next.text) && /^\s*[–-]/.test(next.post)))) return 'Person';
  if (lifeSpanAfter(tokens, from, to)) return 'Person';
  const defined = next ? definitionType(tokens, to) : undefined;
  if (defined) return defined;
  if (ownsPersonName(tokens, to) || ownsShares(tokens, to)) return 'Organization';
  return localCue(tokens, from, to);
}

/**
 * "the Tin Larks' Keith Dunmore", "Quorvex's Anna Berg": a name that owns a person's full name is the band,
 * team or firm the person belongs to (places and people are typed by other rules before they get here).
 */
function ownsPersonName(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]!;
  const first = tokens[to];
  const second = tokens[to + 1];
  if (!first || !second || first.sentence !== last.sentence || second.sentence !== last.sentence) return false;
  const possessive = /['’]s?$/.test(last.text) || /^['’]/.test(last.post);
  return possessive && !/[^ \t'’]/.test(last.post) && knownFirstName(first) && joined(first) && isCap(second.text);
}

/** What only a company has: its shares, stock and shareholders ("X's shares", "a stake in X"). */
const SHARE_NOUNS = new Set(['shares', 'stock', 'stocks', 'stake', 'stakes', 'shareholders', 'stockholders', 'shareholding']);

/** "Quorvex's shares fell", "Tellabrin's stock soared": a name that owns shares is a company. */
function ownsShares(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]!;
  const next = tokens[to];
  if (!next || next.sentence !== last.sentence) return false;
  const possessive = /['’]s$/.test(last.text) || /^['’]s?$/.test(last.post.trim());
  return possessive && !/[^ \t'’s]/.test(last.post) && SHARE_NOUNS.has(next.lower);
}

/** A sentence-initial name: "X (born 1950) ...", "X is a village ...". */
function initialCueType(tokens: Token[], c: Candidate): EntityType | undefined {
  if (c.tok === undefined || c.tokEnd === undefined || c.tokEnd >= tokens.length) return undefined;
  const next = tokens[c.tokEnd]!;
  if ((/\(\s*$/.test(tokens[c.tokEnd - 1]!.post) && LIFE.test(next.text)) || lifeSpanAfter(tokens, c.tok, c.tokEnd)) return 'Person';
  // "Tellabrin's shares fell": an ordinary word opening a sentence owns no shares
  if (/['’]s$/.test(tokens[c.tokEnd - 1]!.text) && ownsShares(tokens, c.tokEnd)) return 'Organization';
  return definitionType(tokens, c.tokEnd);
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Dates of birth and death: "born 3 May 1950", "3 April 1811 – 9 October 1880", "Lucca, 1845 – Rome, 1920". */
const LIFE_SPAN = new RegExp(`^(?:[;,]\\s*)*(?:born|died|b\\.|d\\.)\\s|^(?:[;,]\\s*)*(?:c\\.\\s*)?(?:\\d{1,2}\\s+${MONTH}\\s+\\d{3,4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{3,4})[^()]{0,40}?[–-]|^(?:[;,]\\s*)*\\p{Lu}[\\p{L} ]{1,25},?\\s+\\d{3,4}\\s*[–-]\\s*\\p{Lu}[\\p{L} ]{1,25},?\\s+\\d{3,4}`, 'u');

/**
 * A parenthesis right after the name that gives a life span ("X (28 June
 * 1827 – 25 May 1897)", "X (; born 1950)", "X (Lucca, 1845 – Rome, 1920)"):
 * the name is a person's. Reads at most 16 tokens.
 */
function lifeSpanAfter(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  // "Prince Reuss of X and Y (27 March 1797 – ...)", "1st Baronet (...)": the dates are of the whole name, not its tail
  const prev = tokens[from - 1];
  if (prev && prev.sentence === tokens[from]!.sentence && (/^(of|and|&)$/.test(prev.lower) || prev.tags.has('Value'))) return false;
  // "Assemblies (January 3, 1871 – January 3, 1875)": a term of office follows a plural noun, not a person
  if (!last || last.tags.has('Plural') || !/^\s*\(?\s*$/.test(last.post)) return false;
  let around = last.post;
  for (let k = to; k < tokens.length && k < to + 16 && !around.includes(')'); k++) around += tokens[k]!.text + tokens[k]!.post;
  // the parse may keep a bracket inside a word ("(28", "1897)"): read the characters, not the words
  const inside = /^\s*\(([\s;,]*)([^)]*)/u.exec(around);
  return inside !== null && LIFE_SPAN.test(inside[1]! + inside[2]!);
}

/** Cue words right before the name. */
function localCue(tokens: Token[], from: number, to: number): EntityType | undefined {
  const n = to - from;
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (!prev || !joined(prev) || prev.sentence !== tokens[from]!.sentence) return undefined;
  if (prev.lower === 'by' && prev2 && joined(prev2)) {
    if (ORG_BY.has(prev2.lower)) return 'Organization';
    if (PERSON_BY.has(prev2.lower) && n >= 2) return 'Person';
  }
  if ((prev.lower === 'starring' || prev.lower === 'featuring') && n >= 2) return 'Person';
  if ((prev.lower === 'for' || prev.lower === 'with') && prev2 && joined(prev2) && ORG_FOR.has(prev2.lower)) return 'Organization';
  // "a majority stake in X", "shares of X": a company's shares
  if ((prev.lower === 'in' || prev.lower === 'of') && prev2 && joined(prev2) && SHARE_NOUNS.has(prev2.lower)) return 'Organization';
  if (prev.lower === 'in' && prev2 && joined(prev2) && /^(born|located|situated|died|lies|located)$/.test(prev2.lower)) return 'Place';
  return undefined;
}

/**
 * Kind nouns of a definition or apposition: "X is a village in ...", "X, a
 * record label based in ...", "X (born 1950) is a singer". General
 * encyclopedic vocabulary; the first kind noun within a few words decides.
 */
const KIND_NOUNS: ReadonlyArray<[EntityType, string[]]> = [
  ['Place', ['town', 'village', 'city', 'hamlet', 'settlement', 'municipality', 'commune', 'suburb', 'neighbourhood', 'neighborhood', 'borough', 'township', 'parish', 'county', 'district', 'province', 'region', 'state', 'country', 'island', 'archipelago', 'peninsula', 'river', 'tributary', 'lake', 'mountain', 'peak', 'volcano', 'valley', 'bay', 'glacier', 'desert', 'stadium', 'arena', 'park', 'airport', 'museum', 'church', 'cathedral', 'castle', 'palace', 'building', 'skyscraper', 'bridge', 'station', 'street', 'road', 'highway', 'canal', 'reservoir', 'capital', 'locality', 'territory', 'kingdom', 'empire', 'colony', 'republic']],
  ['Organization', ['company', 'corporation', 'firm', 'band', 'label', 'group', 'duo', 'trio', 'quartet', 'team', 'club', 'university', 'college', 'school', 'academy', 'party', 'organization', 'organisation', 'publisher', 'developer', 'manufacturer', 'newspaper', 'magazine', 'network', 'channel', 'broadcaster', 'airline', 'brand', 'agency', 'institute', 'society', 'association', 'orchestra', 'choir', 'franchise', 'retailer', 'chain', 'conglomerate', 'subsidiary', 'studio', 'charity', 'foundation', 'federation', 'league', 'union', 'bank', 'militia', 'consortium', 'venture', 'cooperative']],
  ['Person', ['singer', 'actor', 'actress', 'politician', 'writer', 'author', 'novelist', 'poet', 'player', 'footballer', 'cricketer', 'painter', 'artist', 'musician', 'composer', 'songwriter', 'director', 'producer', 'rapper', 'journalist', 'scientist', 'lawyer', 'businessman', 'businesswoman', 'engineer', 'architect', 'athlete', 'boxer', 'wrestler', 'coach', 'manager', 'historian', 'philosopher', 'physician', 'officer', 'general', 'bishop', 'priest', 'king', 'queen', 'prince', 'princess', 'diplomat', 'judge', 'entrepreneur', 'comedian', 'dancer', 'model', 'photographer', 'sculptor', 'mathematician', 'physicist', 'chemist', 'economist', 'activist', 'guitarist', 'drummer', 'pianist', 'bassist', 'vocalist', 'presenter', 'broadcaster', 'cyclist', 'swimmer', 'sprinter', 'pitcher', 'quarterback', 'goalkeeper', 'defender', 'midfielder', 'forward', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister']],
];
const KIND = new Map<string, EntityType>();
for (const [type, nouns] of KIND_NOUNS) for (const n of nouns) if (!KIND.has(n)) KIND.set(n, type);
/** The type a kind noun names ("village" Place, "label" Organization, "singer" Person), if it is one. */
export const kindNounType = (noun: string): EntityType | undefined => KIND.get(noun);

/** Words that make a "station" a broadcaster. */
const BROADCAST = new Set(['television', 'tv', 'radio']);

/** "X is a ...", "X was an ...", "X, a ...": the kind noun of the definition, if one comes within five words. */
function definitionType(tokens: Token[], to: number): EntityType | undefined {
  let k = to;
  // skip a parenthesis right after the name: "X (born 1950) is ..."
  if (/\(\s*$/.test(tokens[to - 1]!.post)) {
    while (k < tokens.length && k < to + 15 && !/\)/.test(tokens[k]!.post)) k++;
    k++;
  } else if (!/^,\s*$/.test(tokens[to - 1]!.post) && !joined(tokens[to - 1])) return undefined;
  const apposition = /^,\s*$/.test(tokens[to - 1]!.post);
  const verb = tokens[k];
  if (!verb) return undefined;
  if (!apposition || /\(\s*$/.test(tokens[to - 1]!.post)) {
    if (!/^(is|was|are|were)$/.test(verb.lower)) return undefined;
    k++;
  }
  if (!/^(a|an|the|one)$/.test(tokens[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    // "a spokeswoman for the group": a title noun says person; a preposition or verb ends the noun phrase
    if (lex.titles().has(t.lower)) return 'Person';
    if (['Preposition', 'Verb', 'Conjunction', 'Determiner', 'Pronoun'].some((g) => t.tags.has(g))) return undefined;
    // "a television station", "a radio station": a broadcaster, not a railway station
    if (BROADCAST.has(t.lower) && joined(t) && tokens[j + 1]?.lower === 'station') return 'Organization';
    const type = KIND.get(t.lower);
    if (type && !isCap(t.text)) {
      // "a town's ..." or "a river valley": the last noun of a compound is the kind
      const nextT = tokens[j + 1];
      const nextKind = nextT && joined(t) ? KIND.get(nextT.lower) : undefined;
      return nextKind ?? type;
    }
    if (/[^ \t]/.test(t.post) && !/^-$/.test(t.post)) return undefined;
  }
  return undefined;
}

/** "the band Silver Harbour", "rock group Stone Bridge": an organisation's kind noun right before a landmark-shaped name. */
function orgKindBefore(tokens: Token[], c: Candidate): EntityType | undefined {
  const prev = c.tok !== undefined ? tokens[c.tok - 1] : undefined;
  if (!prev || !joined(prev) || prev.sentence !== tokens[c.tok!]!.sentence) return undefined;
  const kind = kindOf(prev);
  return kind?.type === 'Organization' && !kind.plural ? 'Organization' : undefined;
}

/** Between two list members: a comma, "and", "or", ", and". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;

/** Types untyped leftovers by cue, then by the lists they stand in. Returns the same array order. */
export function typeLeftovers(accepted: Candidate[], tokens: Token[], text: string): Candidate[] {
  const out = accepted.map((c) => {
    // a guess (below a name shape's priority) gives way to what a definition or apposition says the name is
    // (a landmark head is a shape, not proof: "Silver Harbour are a rock band" is a band)
    // (it then outranks the shape's guess at the name's other mentions, before or after it)
    if (c.type !== undefined && c.type !== 'Group' && (c.priority < P.personShape || c.rule === 'place-head') && c.tokEnd !== undefined) {
      const defined = (c.tokEnd < tokens.length ? definitionType(tokens, c.tokEnd) : undefined) ?? (c.rule === 'place-head' ? orgKindBefore(tokens, c) : undefined);
      return defined && defined !== c.type ? { ...c, type: defined, priority: Math.max(c.priority, P.personShape + 1), rule: 'leftover-definition' } : c;
    }
    if (c.type !== undefined || isDemonym(c.text)) return c;
    // Only a definition types a name of two words or more that is no bare leftover: unknown words after "the"
    // ("The Crimson Kites are a band"), or a name with a head word ("Crazy Town is a band": no piece cut off a name).
    if (!LEFTOVER_RULES.has(c.rule) || !nameLike(tokens, c)) {
      if (!LEFTOVER_RULES.has(c.rule) && c.rule !== 'person-unknown-words') return c;
      const defined = c.tok !== undefined && c.tokEnd !== undefined && c.tokEnd - c.tok >= 2 && c.tokEnd < tokens.length ? definitionType(tokens, c.tokEnd) : undefined;
      return defined ? { ...c, type: defined, priority: P.guess, rule: 'leftover-cue' } : c;
    }
    // a capitalized word opening a sentence may be an ordinary word: only a definition or a life span types it
    const type = c.rule === 'untyped-initial' ? initialCueType(tokens, c) : cueType(tokens, c);
    return type ? { ...c, type, priority: P.guess, rule: 'leftover-cue' } : c;
  });
  // lists: runs of members separated by commas and "and"
  let runFrom = 0;
  let conjunction = false;
  for (let i = 1; i <= out.length; i++) {
    const gap = i < out.length ? text.slice(out[i - 1]!.end, out[i]!.start) : '';
    if (i < out.length && gap.length <= 6 && LIST_GAP.test(gap)) {
      conjunction ||= /\w|&/.test(gap);
      continue;
    }
    // "Brannick, Tolliver & Co.", "Springfield, Illinois": two names and a comma are no list
    const list = i - runFrom >= 3 || (i - runFrom === 2 && conjunction);
    if (list || i - runFrom === 1) clubsPlayedFor(out, runFrom, i, tokens);
    if (list) {
      placesAmongClubs(out, runFrom, i, tokens);
      typeRun(out, runFrom, i, tokens);
      guessedPeopleAmongOrgs(out, runFrom, i);
    }
    // "the villages of X, Y and Z", "label X", "X and Y counties": a kind noun names what the list holds
    if (list || i - runFrom === 1) typeByKind(out, runFrom, i, tokens);
    runFrom = i;
    conjunction = false;
  }
  return out;
}

function typeRun(out: Candidate[], from: number, to: number, tokens: Token[]): void {
  const types = new Set<EntityType>();
  let typed = 0;
  for (let k = from; k < to; k++) {
    const t = out[k]!.type;
    if (t === 'Group') return;
    if (t !== undefined) {
      types.add(t);
      typed++;
    }
  }
  // the typed members must agree, and be at least two or half of the list
  if (types.size !== 1 || (typed < 2 && typed * 2 < to - from)) return;
  const type = [...types][0]!;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    if (c.type !== undefined || !LEFTOVER_RULES.has(c.rule) || isDemonym(c.text) || !nameLike(tokens, c)) continue;
    // a sentence-initial word may be an ordinary word: only when it is capitalized mid-list too
    if (c.rule === 'untyped-initial' && k === from) continue;
    if (!isCap(c.text)) continue;
    out[k] = { ...c, type, priority: P.guess, rule: 'leftover-list' };
  }
}

/**
 * "at Greenock Rovers and Stirling Albion", "Larkin Mossop, Kestrel Airways and Orbis Media": a name only guessed a
 * person's by its shape, listed with organisations a strong rule typed and with no person, is one of them.
 */
function guessedPeopleAmongOrgs(out: Candidate[], from: number, to: number): void {
  let strongOrgs = 0;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    if (c.type === 'Organization' && c.priority >= P.known) strongOrgs++;
    else if (c.type !== undefined && c.type !== 'Organization' && c.rule !== 'person-guess') return;
  }
  if (!strongOrgs) return;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    if (c.rule === 'person-guess') out[k] = { ...c, type: 'Organization', priority: P.guess, rule: 'leftover-list' };
  }
}

/** Kinds after which "of" introduces the place's own name ("the village of X"; not "the king of X", "the church of X"). */
const OF_KINDS = new Set(['town', 'village', 'city', 'hamlet', 'settlement', 'municipality', 'commune', 'suburb', 'borough', 'township', 'parish', 'county', 'district', 'province', 'region', 'state', 'island', 'territory', 'locality', 'neighbourhood', 'neighborhood']);
/** Words that introduce the members of a kind: "towns such as X", "villages including X", "a band called X". */
const INTRODUCERS = new Set(['including', 'like', 'namely', 'called', 'named', 'as']);

/** The kind a lowercase noun names, singular or plural ("villages" -> Place), with whether it was plural. */
export function kindOf(t: Token | undefined): { type: EntityType; plural: boolean; noun: string } | undefined {
  if (!t || isCap(t.text) || t.tags.has('Verb') && !t.tags.has('Noun')) return undefined;
  const w = t.lower;
  const direct = KIND.get(w);
  if (direct) return { type: direct, plural: false, noun: w };
  const singular = /ies$/.test(w) ? `${w.slice(0, -3)}y` : /(?:ch|sh|x|ss)es$/.test(w) ? w.slice(0, -2) : /s$/.test(w) ? w.slice(0, -1) : undefined;
  const type = singular ? KIND.get(singular) : undefined;
  return type && singular ? { type, plural: true, noun: singular } : undefined;
}

/**
 * The kind a run of names [from, to) is said to be by a noun around it:
 * before it ("the villages of X and Y", "record label X", "towns such as X",
 * "villages along the river including X"), or after its last member ("X,
 * Y and Z counties"). A person's kind noun before a name is a title, read
 * elsewhere; "of" only after a settlement or region noun.
 */
function runKind(out: Candidate[], from: number, to: number, tokens: Token[]): EntityType | undefined {
  const first = out[from]!.tok;
  const lastTok = out[to - 1]!.tokEnd;
  if (first === undefined || lastTok === undefined) return undefined;
  const sentence = tokens[first]!.sentence;
  const at = (k: number): Token | undefined => (k >= 0 && tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  let k = first - 1;
  if (at(k)?.lower === 'the' && joined(at(k))) k--;
  const before = at(k);
  if (before && (joined(before) || /^:\s*$/.test(before.post))) {
    const direct = kindOf(before);
    if (direct && direct.type !== 'Person' && (direct.plural ? to - from >= 2 : to - from === 1)) return direct.type;
    if (before.lower === 'of') {
      const kind = kindOf(at(k - 1));
      if (kind && OF_KINDS.has(kind.noun) && joined(at(k - 1))) return kind.type;
    } else if (INTRODUCERS.has(before.lower)) {
      // "towns such as", "villages along the river including": the nearest kind noun within a few words, in the clause
      for (let q = k - (before.lower === 'as' && at(k - 1)?.lower === 'such' ? 2 : 1); q >= k - 7; q--) {
        const w = at(q);
        // "the consortium, called X": a comma may stand right before the introducer
        const gapOk = !/[^ \t]/.test(w?.post ?? '') || (q === k - 1 && /^,\s*$/.test(w!.post));
        if (!w || !gapOk || w.tags.has('Verb') && !w.tags.has('Noun')) break;
        const kind = kindOf(w);
        if (kind) {
          if (kind.plural || /^(called|named)$/.test(before.lower)) return kind.type;
          break;
        }
      }
    }
  }
  // after the last member: "Carson, Moore and Potter counties", "the Exe and Clyst rivers"
  const after = at(lastTok);
  if (after && joined(tokens[lastTok - 1]) && to - from >= 2) {
    const kind = kindOf(after);
    if (kind?.plural && kind.type !== 'Person') return kind.type;
  }
  return undefined;
}

function typeByKind(out: Candidate[], from: number, to: number, tokens: Token[]): void {
  if (!out.slice(from, to).some((c) => c.type === undefined)) return;
  const type = runKind(out, from, to, tokens);
  if (!type) return;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    if (c.type !== undefined || !LEFTOVER_RULES.has(c.rule) || isDemonym(c.text) || !nameLike(tokens, c) || !isCap(c.text)) continue;
    out[k] = { ...c, type, priority: P.guess, rule: 'leftover-kind' };
  }
}

/**
 * The nearest kind noun before a name in its clause, within four words
 * ("the record label X", "a band from Y called X"), and the one right after
 * it ("X river", "X studios"): features for the learned typer.
 */
export function kindsAround(tokens: readonly Token[], from: number, to: number): { before?: EntityType; after?: EntityType } {
  const out: { before?: EntityType; after?: EntityType } = {};
  const sentence = tokens[from]!.sentence;
  for (let q = from - 1; q >= 0 && q >= from - 4; q--) {
    const w = tokens[q]!;
    if (w.sentence !== sentence || /[^ \t]/.test(w.post) && q < from - 1) break;
    const kind = kindOf(w);
    if (kind) {
      out.before = kind.type;
      break;
    }
  }
  const next = tokens[to];
  if (next && next.sentence === sentence && joined(tokens[to - 1])) {
    const kind = kindOf(next);
    if (kind) out.after = kind.type;
  }
  return out;
}

/**
 * "He played for Portsmouth, Burnley and Fulham", "signed for Barcelona":
 * a city one plays or signs for is its club. Only cities (not a country or
 * region, whose national side is another matter) right after the cue.
 */
function clubsPlayedFor(out: Candidate[], from: number, to: number, tokens: Token[]): void {
  const first = out[from]!.tok;
  if (first === undefined) return;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  if (!prev || !prev2 || !/^(for|with)$/.test(prev.lower) || !joined(prev) || !joined(prev2) || !ORG_FOR.has(prev2.lower)) return;
  if (prev.sentence !== tokens[first]!.sentence) return;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    if (c.type === 'Place' && c.ref?.startsWith('city:')) out[k] = { ...c, type: 'Organization', ref: undefined, priority: P.placeStrong + 1, rule: 'club-played-for' };
  }
}

/** Rules that name a sports club by its shape ("Leeds United", "Chicago Bears", "Bristol City") or its cue. */
const CLUB_RULES = new Set(['club', 'club-played-for']);

/**
 * "for Leeds United, Portsmouth, Halberton and Nottingham Forest": a list
 * holding a club by its shape is a list of clubs, and its cities, landmark-shaped
 * names ("Forest") and untyped names are clubs too (a club is named by its
 * town). No list with a person in it.
 */
function placesAmongClubs(out: Candidate[], from: number, to: number, tokens: Token[]): void {
  let clubs = 0;
  let cityClubs = 0;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    // "Bristol City" may be a club or a city the gazetteer lacks ("Quebec City"): two of them make a list of clubs
    if (c.type === 'Organization' && CLUB_RULES.has(c.rule)) c.text.endsWith(' City') ? cityClubs++ : clubs++;
    else if (c.type === 'Person' || c.type === 'Group') return;
  }
  if (!clubs && cityClubs < 2) return;
  for (let k = from; k < to; k++) {
    const c = out[k]!;
    const town = c.type === 'Place' && (c.ref?.startsWith('city:') || c.rule === 'place-head' || c.rule === 'gazetteer');
    // (a club's name may be an everyday word written with a capital: "Arsenal", "Forest")
    const leftover = c.type === undefined && LEFTOVER_RULES.has(c.rule) && c.rule !== 'untyped-initial' && isCap(c.text) && !isDemonym(c.text) && !lex.orgHeads().has(c.text.toLowerCase());
    if (town || leftover) out[k] = { ...c, type: 'Organization', ref: undefined, priority: P.placeStrong + 1, rule: 'club-list' };
  }
}
