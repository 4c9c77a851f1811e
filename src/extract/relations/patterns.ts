import type { Predicate } from '../../model/ontology.js';
import type { MentionRef, SentenceView, Token } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import type { RelationCues, Title } from './cues.js';

/** A relation read off one sentence, before type checks and de-duplication. */
export interface RawRelation {
  subject: MentionRef;
  predicate: Predicate;
  /** A mention, or a document-level stand-in resolved later. */
  object: MentionRef | 'mainCountry' | 'government' | { demonym: string };
  confidence: number;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPS_AFTER_TITLE = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
const PASSIVE_MARK = new Set(['was', 'were', 'been', 'is', 'are', 'being']);
const MAX_TITLE_RUN = 8;
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const LINKING_PREPOSITIONS = new Set(['by', 'with', 'to', 'for', 'against', 'on']);

const relationNounWord = (w: string, cues: RelationCues) => cues.linkWords.has(w) || cues.linkWords.has(w.replace(/s$/, ''));

const isPossessiveToken = (t: Token) => /[’']s?$/.test(t.text);

/** Finds the longest title that ends exactly at the end of `words`. */
function titleEndingAt(words: string[], cues: RelationCues): { title: Title; start: number } | undefined {
  for (const title of cues.titles) {
    const n = title.words.length;
    if (n > words.length) continue;
    const start = words.length - n;
    if (title.words.every((w, k) => words[start + k] === w || words[start + k] === `${w}s`)) return { title, start };
  }
  return undefined;
}

/** Words that may precede a title inside a name run: "former", "deputy", adjectives. */
function onlyModifiers(tokens: Token[], from: number, to: number, cues: RelationCues): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.normal) || cues.titleModifiers.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Value')) continue;
    return false;
  }
  return true;
}

/** Every sentence-level pattern; `previousPerson` resolves "his wife" across sentences. */
export function sentenceRelations(view: SentenceView, cues: RelationCues, previousPerson: MentionRef | undefined): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  let lastPerson = previousPerson;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if (m.type === 'Person') {
      titleBefore(tokens, m, prev, cues, out);
      appositionAfter(tokens, mentions, i, cues, out);
      kinBefore(tokens, m, prev, lastPerson, cues, out);
    }
    if (next) pair(tokens, m, next, mentions[i + 2], cues, out);
    // "the hard right's X": a possessive mention modifies the next one; link across it too.
    const after = mentions[i + 2];
    if (next?.possessive && after && after.first <= next.last + 3) pair(tokens, m, after, mentions[i + 3], cues, out);
    if (m.type === 'Person') lastPerson = m;
  }
  return out;
}

/** "Reform Party head X", "Pakistani Prime Minister X", "the director general of Y X". */
function titleBefore(tokens: Token[], p: MentionRef, prev: MentionRef | undefined, cues: RelationCues, out: RawRelation[]): void {
  const floor = Math.max(prev ? prev.last + 1 : 0, p.first - MAX_TITLE_RUN);
  let s = p.first;
  while (s > floor) {
    const t = tokens[s - 1]!;
    // A comma may close the title run only right before the name: "Y's presidential candidate, X".
    if (/[;:()"“”]|--/.test(t.post) || (/,/.test(t.post) && s !== p.first)) break;
    if (t.tags.has('Verb') && !cues.titles.some((x) => x.words.includes(t.normal))) break;
    s--;
  }
  const words = tokens.slice(s, p.first).map((t) => t.normal);
  const found = titleEndingAt(words, cues);
  if (found) {
    const { title } = found;
    const titleStart = s + found.start;
    if (prev && s === prev.last + 1 && onlyModifiers(tokens, s, titleStart, cues)) {
      if (prev.type !== 'Place' || title.headOfState) {
        out.push({ subject: p, predicate: prev.type === 'Place' ? 'LEADS' : title.predicate, object: prev, confidence: 0.8 });
        return;
      }
    }
    for (let k = s; k < titleStart; k++) {
      const t = tokens[k]!;
      if (t.tags.has('Demonym') || (t.tags.has('ProperNoun') && /an$|ese$|ish$|i$/.test(t.normal))) {
        if (title.headOfState) out.push({ subject: p, predicate: 'LEADS', object: { demonym: t.normal }, confidence: 0.75 });
        else if (title.government) out.push({ subject: p, predicate: 'WORKS_FOR', object: 'government', confidence: 0.6 });
        return;
      }
    }
    if (title.headOfState && !/,/.test(tokens[p.first - 1]?.post ?? '')) out.push({ subject: p, predicate: 'LEADS', object: 'mainCountry', confidence: 0.5 });
    else if (title.government) out.push({ subject: p, predicate: 'WORKS_FOR', object: 'government', confidence: 0.5 });
    return;
  }
  // "the leader of Y, X" / "the director general of Y X": the title stands before Y.
  if (prev && (s === prev.last + 1 || p.first === prev.last + 1)) {
    const ofAt = prev.first - 1 - (DETERMINERS.has(tokens[prev.first - 1]?.normal ?? '') ? 1 : 0);
    if (tokens[ofAt]?.normal === 'of') {
      const before = tokens.slice(Math.max(0, ofAt - 4), ofAt).map((t) => t.normal);
      const t = titleEndingAt(before, cues);
      if (t && prev.type !== 'Place') out.push({ subject: p, predicate: t.title.predicate, object: prev, confidence: 0.7 });
      else if (t && t.title.headOfState) out.push({ subject: p, predicate: 'LEADS', object: prev, confidence: 0.7 });
    }
  }
}

/**
 * The appositive after a name, up to the next comma: "X, the Y candidate",
 * "X, leader of the main opposition Y", "X, Y and Z president", "X, Y's
 * first president", "X, Y Secretary General and member of party Z".
 */
function appositionAfter(tokens: Token[], mentions: MentionRef[], i: number, cues: RelationCues, out: RawRelation[]): void {
  const p = mentions[i]!;
  if (!/,/.test(tokens[p.last]!.post)) return;
  let end = p.last + 1;
  while (end < tokens.length && end - p.last <= 16 && !/[,;:()"“”]|--/.test(tokens[end]!.post)) end++;
  const segment = mentions.filter((m) => m.first > p.last && m.last <= end);
  if (!segment.length) return;
  // Words between the comma and the first mention: determiners, modifiers, or "title of".
  for (let k = p.last + 1; k < segment[0]!.first; k++) if (tokens[k]!.tags.has('Verb') && !cues.titles.some((x) => x.words.includes(tokens[k]!.normal))) return;
  for (let j = 0; j < segment.length; j++) {
    const m = segment[j]!;
    const lo = j === 0 ? p.last + 1 : segment[j - 1]!.last + 1;
    const title = titleAround(tokens, lo, m, Math.min(end, segment[j + 1]?.first ?? end), cues);
    if (!title) continue;
    // "X, Y and Z president": coordinated names share the title that follows the last one.
    const group = [m];
    for (let g = j - 1; g >= 0 && coordinated(tokens, segment[g]!, group[0]!); g--) group.unshift(segment[g]!);
    for (const o of group) {
      if (o.type === 'Place' && !title.headOfState) continue;
      const predicate = o.type === 'Place' ? 'LEADS' : title.predicate;
      out.push({ subject: p, predicate, object: o, confidence: 0.75 });
    }
  }
}

function coordinated(tokens: Token[], a: MentionRef, b: MentionRef): boolean {
  const between = tokens.slice(a.last + 1, b.first).map((t) => t.normal);
  return (between.length === 1 && ['and', '&'].includes(between[0]!)) || (!between.length && /,/.test(tokens[a.last]!.post));
}

/** A title just before m ("leader of the main opposition M") or just after it ("M's first president"). */
function titleAround(tokens: Token[], lo: number, m: MentionRef, hi: number, cues: RelationCues): Title | undefined {
  // Before: TITLE PREP [det] [up to 3 modifiers] M
  let k = m.first - 1;
  let mods = 0;
  while (k >= lo && mods < 4 && !PREPS_AFTER_TITLE.has(tokens[k]!.normal) && !tokens[k]!.tags.has('Verb')) {
    k--;
    mods++;
  }
  if (k >= lo && PREPS_AFTER_TITLE.has(tokens[k]!.normal)) {
    const words = tokens.slice(lo, k).map((t) => t.normal).filter((w) => !DETERMINERS.has(w));
    const t = titleEndingAt(words, cues);
    if (t) return t.title;
  }
  // After: M ['s] [up to 3 modifiers] TITLE
  const after = tokens.slice(m.last + 1, Math.min(hi, m.last + 6)).map((t) => t.normal);
  for (let n = 1; n <= after.length; n++) {
    const t = titleEndingAt(after.slice(0, n), cues);
    if (t && t.start <= 3) return t.title;
  }
  return undefined;
}

/** "his wife X", "Y's son X", "her main rival, X", "his arch-rival, former communist X". */
function kinBefore(tokens: Token[], p: MentionRef, prev: MentionRef | undefined, lastPerson: MentionRef | undefined, cues: RelationCues, out: RawRelation[]): void {
  const floor = Math.max(prev ? prev.last + 1 : 0, p.first - 7);
  for (let k = p.first - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return;
    const predicate: Predicate | undefined = cues.kin.has(t.normal) ? 'RELATIVE_OF' : relationNoun(t, cues);
    if (!predicate) continue;
    const before = tokens[k - 1];
    const before2 = tokens[k - 2];
    const pronoun = [before, before2].some((x) => x && POSSESSIVE_PRONOUNS.has(x.normal));
    if (prev && prev.possessive && prev.last >= k - 3 && (predicate !== 'RELATIVE_OF' || prev.type === 'Person')) {
      out.push({ subject: p, predicate, object: prev, confidence: 0.75 });
    } else if (pronoun && lastPerson && lastPerson !== p) {
      out.push({ subject: p, predicate, object: lastPerson, confidence: 0.6 });
    }
    return;
  }
}

function relationNoun(t: Token, cues: RelationCues): Predicate | undefined {
  if (!t.tags.has('Noun')) return undefined;
  const p = cues.linkWords.get(t.normal) ?? cues.linkWords.get(t.normal.replace(/s$/, ''));
  return p === 'OPPOSES' || p === 'SUPPORTS' ? p : undefined;
}

/** Two neighbouring mentions and the words between them. */
function pair(tokens: Token[], a: MentionRef, b: MentionRef, after: MentionRef | undefined, cues: RelationCues, out: RawRelation[]): void {
  const gap = tokens.slice(a.last + 1, b.first);
  const words = gap.map((t) => t.normal);
  const commaAfterA = /,/.test(tokens[a.last]!.post);
  // "Chile, Peru and Bolivia" is a list, not "Chile lies in Peru"; "Creedmoor, N.C.; Hampshire, England" is not.
  const afterGap = after ? tokens.slice(b.last + 1, after.first).map((t) => t.normal) : [];
  const listAfterB = !!after && after.type === 'Place' && afterGap.length <= 1 && afterGap.every((w) => w === 'and' || w === 'or') && !/;/.test(tokens[b.last]!.post);

  // Places: "Creedmoor, N.C.", "Lahore in Punjab", "San Diego-based X", "X, based in Y".
  if (b.type === 'Place' && (a.type === 'Place' || a.type === 'Organization') && !listAfterB) {
    const inner = words.filter((w) => w && !DETERMINERS.has(w));
    if (a.type === 'Place' && !gap.length && commaAfterA) {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.7 });
      return;
    }
    if (a.type === 'Place' && inner.length === 1 && inner[0] === 'in') {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.6 });
      return;
    }
    if (inner.length === 2 && cues.based.has(inner[0]!) && inner[1] === 'in') {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.8 });
      return;
    }
  }
  // "the Balochistan provincial capital Quetta": a town inside the place named first.
  if (a.type === 'Place' && b.type === 'Place' && gap.length >= 1 && gap.length <= 3 && words.every((w) => cues.placeNouns.has(w) || DETERMINERS.has(w))) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.7 });
    return;
  }
  // "Karachi's ethnic X movement": a local organisation.
  if (a.type === 'Place' && a.possessive && b.type === 'Organization' && gap.length <= 2 && gap.every((t) => t.tags.has('Adjective'))) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.6 });
    return;
  }
  if (a.type === 'Place' && b.type === 'Organization' && words.length === 1 && cues.based.has(words[0]!)) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.8 });
    return;
  }
  if (a.type === 'Organization' && b.type === 'Organization' && partOf(tokens, a, b, gap, commaAfterA, cues, out)) return;
  // "Hashimoto's Liberal Democratic Party": a person's party.
  if (a.type === 'Person' && a.possessive && b.type === 'Organization' && !gap.length) {
    out.push({ subject: a, predicate: 'LEADS', object: b, confidence: 0.5 });
    return;
  }
  if (gap.length > 10 || a.type === 'Place' || b.type === 'Place') return;
  if (gap.some((t) => /[;:"“”]|--/.test(t.post))) return;
  // Verbs and nouns linking two actors: "X backed Y", "X and her rival Y", "X criticised Y".
  const passive = words.some((w) => PASSIVE_MARK.has(w)) && words[words.length - 1] === 'by';
  // "not favoured by": negated; "accused in parliament": b sits in an adjunct phrase.
  if (words.some((w) => NEGATION.has(w))) return;
  const lastWord = gap[gap.length - 1];
  if (lastWord?.tags.has('Preposition') && !LINKING_PREPOSITIONS.has(lastWord.normal)) return;
  let appositive = false;
  for (let k = 0; k < gap.length; k++) {
    const t = gap[k]!;
    if (/,/.test((k === 0 ? tokens[a.last]! : gap[k - 1]!).post)) appositive = !appositive;
    // The left mention must be the one acting: no other noun of its own clause in between.
    if (!appositive && t.tags.has('Noun') && !t.tags.has('Pronoun') && !cues.linkWords.has(t.normal) && !relationNounWord(t.normal, cues)) return;
    // "his rival, X": the rival of whoever "his" is (kinBefore), not of the mention before.
    if (POSSESSIVE_PRONOUNS.has(gap[k - 1]?.normal ?? '') && relationNounWord(t.normal, cues)) return;
    const two = k + 1 < gap.length ? `${t.normal} ${gap[k + 1]!.normal}` : '';
    let predicate = two ? cues.linkWords.get(two) : undefined;
    if (!predicate) for (const l of lemmaCandidates(t.text)) if ((predicate = cues.linkWords.get(l))) break;
    if (!predicate) continue;
    const [s, o] = passive ? [b, a] : [a, b];
    out.push({ subject: s, predicate, object: o, confidence: 0.6 });
    return;
  }
}

/** "X, a unit of Y", "Y's subsidiary, X", "X, a former Y unit". */
function partOf(tokens: Token[], a: MentionRef, b: MentionRef, gap: Token[], commaAfterA: boolean, cues: RelationCues, out: RawRelation[]): boolean {
  const words = gap.map((t) => t.normal).filter((w) => w && !DETERMINERS.has(w) && !cues.titleModifiers.has(w));
  const isPart = (ws: string[]) => cues.partOf.some((p) => p.length <= ws.length && p.every((w, k) => ws[ws.length - p.length + k] === w || ws[ws.length - p.length + k] === `${w}s`));
  if (commaAfterA && words.length >= 2 && words[words.length - 1] === 'of' && isPart(words.slice(0, -1))) {
    out.push({ subject: a, predicate: 'PART_OF', object: b, confidence: 0.75 });
    return true;
  }
  if (a.possessive && words.length >= 1 && isPart(words)) {
    out.push({ subject: b, predicate: 'PART_OF', object: a, confidence: 0.75 });
    return true;
  }
  if (commaAfterA && gap.every((t) => DETERMINERS.has(t.normal) || cues.titleModifiers.has(t.normal) || t.tags.has('Adjective'))) {
    const next = tokens.slice(b.last + 1, b.last + 3).map((t) => t.normal);
    if (next.length && isPart(next.slice(0, 1))) {
      out.push({ subject: a, predicate: 'PART_OF', object: b, confidence: 0.7 });
      return true;
    }
  }
  return false;
}
