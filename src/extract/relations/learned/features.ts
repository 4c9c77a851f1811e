import type { ExtractedEntity } from '../../../model/extraction.js';
import type { MentionRef, SentenceView, Token } from '../../clauses.js';
import { lemmaCandidates } from '../../lemma.js';
import { relationCues } from '../cues.js';
import { placeKey, placeKnowledge } from '../places.js';

/**
 * Feature names of the relation classifier. Sparse and string-keyed: a
 * feature is present or not. Words are kept in their normal form, but proper
 * names and numbers are reduced to their shape ("<pn>", "<num>"), so the
 * model learns how relations are said, not who holds them.
 */

/** The cue classes of a word, read from the relation-cue lexicon: "title:LEADS", "kin", "link:SUPPORTS", "based", "placeNoun", "partOf". */
function cueClasses(): (word: string) => readonly string[] {
  const cues = relationCues();
  const byWord = new Map<string, Set<string>>();
  const add = (w: string, cls: string) => {
    if (!byWord.has(w)) byWord.set(w, new Set());
    byWord.get(w)!.add(cls);
  };
  for (const t of cues.titles) if (t.words.length === 1) add(t.words[0]!, `title:${t.predicate}`);
  for (const k of cues.kin) add(k, 'kin');
  for (const [w, p] of cues.linkWords) if (!w.includes(' ')) add(w, `link:${p}`);
  for (const b of cues.based) add(b, 'based');
  for (const p of cues.placeNouns) add(p, 'placeNoun');
  for (const p of cues.partOf) if (p.length === 1) add(p[0]!, 'partOf');
  const memo = new Map<string, readonly string[]>();
  return (word: string) => {
    let out = memo.get(word);
    if (!out) {
      const found = new Set<string>();
      for (const l of lemmaCandidates(word)) for (const c of byWord.get(l) ?? []) found.add(c);
      out = [...found];
      memo.set(word, out);
    }
    return out;
  };
}

let cueOf: ((word: string) => readonly string[]) | undefined;
const cuesOf = (word: string) => (cueOf ??= cueClasses())(word);

/** A token as the model sees it: its normal form, or its shape when it is part of a name or a number. */
export function wordOf(t: Token, sentenceFirst: boolean): string {
  if (/\d/.test(t.text)) return '<num>';
  if (t.tags.has('Actor') || t.tags.has('Honorific')) return t.normal;
  if (!sentenceFirst && /^\p{Lu}/u.test(t.text)) return '<pn>';
  return t.normal || '<punct>';
}

const GAP_LIMITS = [0, 1, 2, 3, 5, 8, 13, 21];

/**
 * Features of two mentions in a sentence, left to right: the words between,
 * around, the punctuation between, cue words, the mentions between. The
 * caller prefixes each with the direction ('>' when the subject is the left
 * one), so "X, leader of Y" and "Y, leader of X" differ.
 */
export function mentionPairFeatures(view: SentenceView, mentions: MentionRef[], i: number, j: number): string[] {
  const { tokens } = view;
  const left = mentions[i]!;
  const right = mentions[j]!;
  const out: string[] = [];
  const f = (name: string) => out.push(name);
  const word = (k: number) => wordOf(tokens[k]!, k === 0);
  const n = Math.max(0, right.first - left.last - 1);
  f(`d:${bucketOf(n, GAP_LIMITS)}`);
  const between: string[] = [];
  let verbs = 0;
  let gapText = tokens[left.last]?.post ?? '';
  for (let k = left.last + 1; k < right.first; k++) {
    const t = tokens[k]!;
    const w = word(k);
    between.push(w);
    f(`bw:${w}`);
    if (t.tags.has('Verb')) verbs++;
    for (const c of cuesOf(t.text)) f(`cb:${c}`);
    gapText += t.pre + t.post;
  }
  if (n === 0) f('adj');
  else {
    f(`bf:${between[0]}`);
    f(`bl:${between[between.length - 1]}`);
    if (n <= 4) f(`bp:${between.join('_')}`);
  }
  f(`vb:${Math.min(verbs, 2)}`);
  if (gapText.includes(',')) f('p:comma');
  if (gapText.includes('(')) f('p:paren');
  if ((tokens[left.last]?.post ?? '').includes('(')) f('p:parenAfterLeft');
  if (/[;:—–]/.test(gapText)) f('p:break');
  for (const [k, name] of [[left.first - 1, 'pre1'], [left.first - 2, 'pre2'], [right.last + 1, 'post1'], [right.last + 2, 'post2']] as const) {
    if (k < 0 || k >= tokens.length) {
      f(`${name}:<edge>`);
      continue;
    }
    f(`${name}:${word(k)}`);
    for (const c of cuesOf(tokens[k]!.text)) f(`c${name}:${c}`);
  }
  const inside = j - i - 1;
  f(`mb:${Math.min(inside, 2)}`);
  for (let k = i + 1; k < j; k++) f(`mbt:${mentions[k]!.type}`);
  if (left.possessive) f('leftPoss');
  if (right.possessive) f('rightPoss');
  f(`lt:${left.type}`);
  return out;
}

/**
 * Features of the document's topic (its first-named entity) with another
 * entity, wherever they are: where and how the other entity is introduced.
 */
export function topicFeatures(view: SentenceView | undefined, topicIsSubject: boolean, other: ExtractedEntity): string[] {
  const dir = topicIsSubject ? 'topic>' : 'topic<';
  const out = [dir, `${dir}${other.type}`];
  if (!view) return out;
  out.push(`${dir}sent:${bucketOf(view.sentence.index, [0, 1, 2, 4, 8])}`);
  const m = view.mentions.find((x) => x.entity === other);
  if (!m) return out;
  out.push(`${dir}order:${bucketOf(view.mentions.indexOf(m), [0, 1, 2, 4])}`);
  const first = view.tokens[0];
  if (first && /^(?:he|she|it|they|his|her|its|their)$/.test(first.normal)) out.push(`${dir}pronounSentence`);
  for (const [k, name] of [[m.first - 1, 'pre1'], [m.first - 2, 'pre2'], [m.last + 1, 'post1']] as const) {
    const t = view.tokens[k];
    if (!t) continue;
    out.push(`${dir}${name}:${wordOf(t, k === 0)}`);
    for (const c of cuesOf(t.text)) out.push(`${dir}c${name}:${c}`);
  }
  return out;
}

/** What the gazetteer says of one entity, and its folded name: worked out once per entity. */
interface EntityFacts {
  /** Folded name between spaces, for whole-word containment. */
  padded: string;
  /** ISO code, when the entity is a country. */
  code?: string;
  /** Countries a city or region of that name may lie in. */
  within?: Set<string>;
  /** Last word of an organisation's name ("party", "university"). */
  head?: string;
}

const factsCache = new WeakMap<ExtractedEntity, EntityFacts>();

function factsOf(e: ExtractedEntity): EntityFacts {
  let f = factsCache.get(e);
  if (!f) {
    const { countries, within } = placeKnowledge();
    f = { padded: ` ${placeKey(e.name)} ` };
    const code = codeOf(e, countries);
    if (code) f.code = code;
    const w = e.type === 'Place' || e.type === 'Organization' ? withinOf(e, within) : undefined;
    if (w) f.within = w;
    if (e.type === 'Organization') f.head = headWord(e.name);
    factsCache.set(e, f);
  }
  return f;
}

/** True when the gazetteer or the names tie the two across the document: s lies in o's country, or o's name is inside s's. */
export function placesTied(s: ExtractedEntity, o: ExtractedEntity): boolean {
  const sf = factsOf(s);
  const of = factsOf(o);
  return (sf.within !== undefined && of.code !== undefined && sf.within.has(of.code)) || (sf.padded.includes(of.padded) && sf.padded !== of.padded);
}

/** What general knowledge says of the two entities, wherever they are mentioned. */
export function pairFeatures(s: ExtractedEntity, o: ExtractedEntity): string[] {
  const out = ['bias', `t:${s.type}>${o.type}`, `sm:${bucketOf(s.mentions.length, [1, 2, 4])}`, `om:${bucketOf(o.mentions.length, [1, 2, 4])}`];
  const { demonyms } = placeKnowledge();
  const sf = factsOf(s);
  const of = factsOf(o);
  const sc = sf.code;
  const oc = of.code;
  const sw = sf.within;
  const ow = o.type === 'Place' ? of.within : undefined;
  if (sc) out.push('s:country');
  if (oc) out.push('o:country');
  if (ow && !oc) out.push('o:subplace');
  if (sw && oc) out.push(sw.has(oc) ? 'gaz:within' : 'gaz:elsewhere');
  if (sc && ow) out.push(ow.has(sc) ? 'gaz:contains' : 'gaz:apart');
  if (sw && ow && !oc && [...sw].some((c) => ow.has(c))) out.push('gaz:sameCountry');
  const sn = sf.padded;
  const on = of.padded;
  if (sn.includes(on) && sn !== on) out.push('name:has');
  if (on.includes(sn) && sn !== on) out.push('name:in');
  if (oc && s.type !== 'Place') {
    const oName = placeKey(o.name);
    if (sn.trim().split(/\s+/).some((w) => demonyms.get(w) === oName)) out.push('name:demonym');
  }
  if (sf.head !== undefined) out.push(`shead:${sf.head}`);
  if (of.head !== undefined) out.push(`ohead:${of.head}`);
  return out;
}

const headWord = (name: string) => placeKey(name).replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/).pop() ?? '';

function codeOf(e: ExtractedEntity, countries: Map<string, string>): string | undefined {
  if (e.type !== 'Place') return undefined;
  for (const n of [e.name, ...e.aliases]) {
    const c = countries.get(placeKey(n));
    if (c) return c;
  }
  return undefined;
}

function withinOf(e: ExtractedEntity, within: Map<string, Set<string>>): Set<string> | undefined {
  for (const n of [e.name, ...e.aliases]) {
    const w = within.get(placeKey(n));
    if (w) return w;
  }
  return undefined;
}

/** The largest limit `n` reaches, as a string: bucketOf(3, [0, 1, 2, 4]) is "2". */
export function bucketOf(n: number, limits: number[]): string {
  let k = limits[0]!;
  for (const l of limits) if (n >= l) k = l;
  return String(k);
}
