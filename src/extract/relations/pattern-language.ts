import type { EntityType, Predicate } from '../../model/ontology.js';
import type { MentionRef, Token } from '../clauses.js';
import type { RelationCues, Title } from './cues.js';

/**
 * A small pattern language over what stands between two neighbouring mentions A
 * and B of a sentence. A pattern is a space-separated list of elements:
 *   A, B       the two mentions (first and last); "A's" when A must be possessive
 *   word       a word (lower case); "is|was" alternatives
 *   , ( )      punctuation between words
 *   @np        up to 5 words of a noun phrase (determiners, adjectives, nouns, numbers; no verb)
 *   @title     a title of relation-cues.json ("prime minister"); a row with predicate TITLE takes its predicate
 *   @kin       a kinship noun ("daughter")
 *   @any       up to 8 words of anything but a negation or a clause break
 * and any element but A and B may end in "?" (optional). A determiner may stand right
 * before B whatever the pattern says ("led by the B").
 */
export interface PatternRow {
  pattern: string;
  /** The predicate, or TITLE: the predicate of the title matched by @title. */
  predicate: Predicate | 'TITLE';
  /** Which mention is the subject. */
  subject: 'A' | 'B';
  a: EntityType[];
  b: EntityType[];
  confidence: number;
}

type Element =
  | { kind: 'words'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'punct'; ch: string; optional: boolean }
  | { kind: 'np' | 'title' | 'kin' | 'any'; optional: boolean };

export interface CompiledRow extends PatternRow {
  elements: Element[];
  aPossessive: boolean;
}

/** Parses a row's pattern; throws on an element it does not know, so a typo fails at load. */
export function compileRow(row: PatternRow): CompiledRow {
  const parts = row.pattern.trim().split(/\s+/);
  const first = parts.shift();
  const last = parts.pop();
  if ((first !== 'A' && first !== "A's") || last !== 'B') throw new Error(`relation pattern "${row.pattern}": must start with A and end with B`);
  const elements: Element[] = parts.map((p) => {
    const optional = p.endsWith('?') && p.length > 1;
    const body = optional ? p.slice(0, -1) : p;
    if (body === ',' || body === '(' || body === ')') return { kind: 'punct', ch: body, optional };
    if (body.startsWith('@')) {
      const kind = body.slice(1);
      if (kind !== 'np' && kind !== 'title' && kind !== 'kin' && kind !== 'any') throw new Error(`relation pattern "${row.pattern}": unknown class ${body}`);
      return { kind, optional };
    }
    if (!/^[a-z'-]+(?:\|[a-z'-]+)*$/.test(body)) throw new Error(`relation pattern "${row.pattern}": bad element ${p}`);
    return { kind: 'words', words: new Set(body.split('|')), optional };
  });
  return { ...row, elements, aPossessive: first === "A's" };
}

type Item = { word: Token } | { punct: string };

/** The words and punctuation between the end of A and the start of B. */
function gapItems(tokens: Token[], a: MentionRef, b: MentionRef): Item[] {
  const items: Item[] = [];
  const puncts = (s: string) => {
    for (const ch of s) if (ch === ',' || ch === '(' || ch === ')') items.push({ punct: ch });
  };
  puncts(tokens[a.last]?.post ?? '');
  for (let k = a.last + 1; k < b.first; k++) {
    const t = tokens[k];
    if (!t) break;
    puncts(t.pre);
    items.push({ word: t });
    puncts(t.post);
  }
  puncts(tokens[b.first]?.pre ?? '');
  return items;
}

const isDeterminer = (it: Item): boolean => 'word' in it && (it.word.normal === 'the' || it.word.normal === 'a' || it.word.normal === 'an');
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const NP_MAX = 5;
const ANY_MAX = 8;
const MAX_GAP = 16;

function isNounPhraseWord(t: Token, cues: RelationCues): boolean {
  if (NEGATION.has(t.normal)) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !cues.titleModifiers.has(t.normal)) return false;
  return t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Possessive') || cues.titleModifiers.has(t.normal);
}

/** A title of the cues that starts at items[i]; the longest. */
function titleAt(items: Item[], i: number, cues: RelationCues): Title | undefined {
  for (const title of cues.titles) {
    if (title.words.every((w, n) => {
      const it = items[i + n];
      return !!it && 'word' in it && (it.word.normal === w || it.word.normal === `${w}s`);
    })) return title;
  }
  return undefined;
}

/** The gap between two mentions, read once for every row. */
export interface Gap {
  a: MentionRef;
  b: MentionRef;
  items: Item[];
}

export function readGap(tokens: Token[], a: MentionRef, b: MentionRef): Gap {
  return { a, b, items: gapItems(tokens, a, b) };
}

/** Does the gap between a and b match the row? Returns the title matched by @title, or true. */
export function matchRow(row: CompiledRow, gap: Gap, cues: RelationCues): Title | boolean {
  const { a, b, items } = gap;
  if (row.aPossessive && !a.possessive) return false;
  if (!row.a.includes(a.type) || !row.b.includes(b.type)) return false;
  // Rows speak of close neighbours; a long gap is another construction (and would cost backtracking).
  if (items.length > MAX_GAP) return false;
  let title: Title | undefined;
  const go = (e: number, i: number): boolean => {
    // A determiner may always stand right before B ("of the B").
    if (e === row.elements.length) return i === items.length || (i === items.length - 1 && isDeterminer(items[i]!));
    const el = row.elements[e]!;
    if (el.optional && go(e + 1, i)) return true;
    const it = items[i];
    switch (el.kind) {
      case 'punct':
        return !!it && 'punct' in it && it.punct === el.ch && go(e + 1, i + 1);
      case 'words':
        return !!it && 'word' in it && el.words.has(it.word.normal) && go(e + 1, i + 1);
      case 'kin':
        return !!it && 'word' in it && cues.kin.has(it.word.normal) && go(e + 1, i + 1);
      case 'title': {
        const t = titleAt(items, i, cues);
        if (!t) return false;
        const before = title;
        title = t;
        if (go(e + 1, i + t.words.length)) return true;
        title = before;
        return false;
      }
      case 'np': {
        // Longest first: "the former prime minister" before "the former".
        let n = 0;
        while (n < NP_MAX && items[i + n] && 'word' in items[i + n]! && isNounPhraseWord((items[i + n] as { word: Token }).word, cues)) n++;
        for (let k = n; k >= 1; k--) if (go(e + 1, i + k)) return true;
        return false;
      }
      case 'any': {
        for (let k = 1; k <= ANY_MAX && i + k <= items.length; k++) {
          const last = items[i + k - 1]!;
          if ('word' in last && (NEGATION.has(last.word.normal) || /[;:]/.test(last.word.post))) return false;
          if (go(e + 1, i + k)) return true;
        }
        return false;
      }
    }
  };
  if (!go(0, 0)) return false;
  return title ?? true;
}
