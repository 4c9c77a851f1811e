import type { EntityType, Predicate } from '../../model/ontology.js';
import type { MentionRef, Token } from '../clauses.js';
import type { RelationCues, Title } from './cues.js';
import { sameOrPlural, titleIndex } from './title-index.js';

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
 *   @name      one other mention, standing between A and B as a modifier ("a former B league C player")
 * and any element but A and B may end in "?" (optional). A determiner may stand right
 * before B whatever the pattern says ("led by the B"). Elements after B match the words
 * that follow it ("A was a B officer"): they must be there, the rest of the sentence is free.
 * Elements before A likewise match the words right before it ("clashes between A and B").
 */
export interface PatternRow {
  pattern: string;
  /** The predicate, or TITLE: the predicate of the title matched by @title. */
  predicate: Predicate | 'TITLE';
  /** Which mention is the subject. */
  subject: 'A' | 'B';
  /** What a LEADS title of @title says in this row: "a Y Navy commander" is one of Y's commanders, a member. */
  titleLeads?: 'MEMBER_OF';
  a: EntityType[];
  b: EntityType[];
  confidence: number;
}

type Element =
  | { kind: 'words'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'punct'; ch: string; optional: boolean }
  | { kind: 'np' | 'title' | 'kin' | 'any' | 'name'; optional: boolean };

export interface CompiledRow extends PatternRow {
  elements: Element[];
  /** Elements after B, matched against the words that follow it. */
  tail: Element[];
  /** Elements before A, matched against the words that precede it. */
  head: Element[];
  aPossessive: boolean;
  /** The row spans one other mention (@name): it is tried on mentions two apart. */
  spansName: boolean;
  /** The row may span words (@any): it is tried across a skipped mention. */
  spansWords: boolean;
  /** Word sets between A and B that the row cannot do without: a gap lacking one is not tried. */
  requiredWords: ReadonlyArray<ReadonlySet<string>>;
}

/** Parses a row's pattern; throws on an element it does not know, so a typo fails at load. */
export function compileRow(row: PatternRow): CompiledRow {
  const all = row.pattern.trim().split(/\s+/);
  const aAt = all.findIndex((p) => p === 'A' || p === "A's");
  const first = all[aAt];
  const parts = all.slice(aAt + 1);
  const bAt = parts.lastIndexOf('B');
  if (aAt < 0 || bAt < 0) throw new Error(`relation pattern "${row.pattern}": must hold A and then B`);
  const element = (p: string): Element => {
    const optional = p.endsWith('?') && p.length > 1;
    const body = optional ? p.slice(0, -1) : p;
    if (body === ',' || body === '(' || body === ')') return { kind: 'punct', ch: body, optional };
    if (body.startsWith('@')) {
      const kind = body.slice(1);
      if (kind !== 'np' && kind !== 'title' && kind !== 'kin' && kind !== 'any' && kind !== 'name') throw new Error(`relation pattern "${row.pattern}": unknown class ${body}`);
      return { kind, optional };
    }
    if (!/^[a-z'-]+(?:\|[a-z'-]+)*$/.test(body)) throw new Error(`relation pattern "${row.pattern}": bad element ${p}`);
    return { kind: 'words', words: new Set(body.split('|')), optional };
  };
  const elements = parts.slice(0, bAt).map(element);
  const tail = parts.slice(bAt + 1).map(element);
  const head = all.slice(0, aAt).map(element);
  if ([...head, ...tail].some((e) => e.kind === 'name' || e.kind === 'any')) throw new Error(`relation pattern "${row.pattern}": @name and @any only between A and B`);
  return { ...row, elements, tail, head, aPossessive: first === "A's", spansName: elements.some((e) => e.kind === 'name'), spansWords: elements.some((e) => e.kind === 'any'), requiredWords: elements.flatMap((e) => (e.kind === 'words' && !e.optional ? [e.words] : [])) };
}

type Item = { word: Token } | { punct: string } | { name: MentionRef };

/** The words, punctuation and other mentions between the end of A and the start of B. */
function gapItems(tokens: Token[], a: MentionRef, b: MentionRef, inner: readonly MentionRef[]): Item[] {
  const items: Item[] = [];
  const puncts = (s: string) => {
    for (const ch of s) if (ch === ',' || ch === '(' || ch === ')') items.push({ punct: ch });
  };
  puncts(tokens[a.last]?.post ?? '');
  for (let k = a.last + 1; k < b.first; k++) {
    const t = tokens[k];
    if (!t) break;
    puncts(t.pre + leadingNonWord(t.text));
    const m = inner.find((x) => x.first === k);
    if (m) {
      items.push({ name: m });
      k = m.last;
      puncts(tokens[k]?.post ?? '');
      continue;
    }
    items.push({ word: t });
    // compromise may keep a bracket in the word ("1872)").
    puncts(trailingNonWord(t.text) + t.post);
  }
  puncts(tokens[b.first]?.pre ?? '');
  return withoutAsides(items, a);
}

const isWordChar = (code: number | undefined): boolean =>
  code !== undefined && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95);

/** The non-word characters a word starts with (most words: none, and no regex run). */
function leadingNonWord(text: string): string {
  return isWordChar(text.charCodeAt(0)) ? '' : (/^\W*/.exec(text)?.[0] ?? '');
}

/** The non-word characters a word ends with. */
function trailingNonWord(text: string): string {
  return isWordChar(text.charCodeAt(text.length - 1)) ? '' : (/\W*$/.exec(text)?.[0] ?? '');
}

/**
 * "X (1815–1872) was ...": a bracketed aside that names nobody is read as if absent; so is one that names
 * only A itself or places ("X (abbreviated XT) is", "X (born 1950 in Y) was").
 */
function withoutAsides(items: Item[], a: MentionRef): Item[] {
  let open = items.findIndex((it) => 'punct' in it && it.punct === '(');
  if (open < 0) return items;
  const out = items.slice(0, open);
  while (open >= 0) {
    let close = open + 1;
    const isClose = (it: Item) => 'punct' in it && it.punct === ')';
    while (close < items.length && !isClose(items[close]!)) close++;
    const inside = items.slice(open + 1, close);
    // Unclosed ("A ( B", a label), or naming someone: kept as written.
    if (close >= items.length) return items;
    const next = items.findIndex((it, k) => k > close && 'punct' in it && it.punct === '(');
    out.push(...items.slice(close + 1, next < 0 ? items.length : next));
    open = next;
  }
  return out;
}

const TAIL_MAX = 8;

/** The words and punctuation right before A (a few, for rows with elements before A), in text order. */
function headItems(tokens: Token[], a: MentionRef): Item[] {
  const items: Item[] = [];
  const puncts = (s: string) => {
    for (const ch of s) if (ch === ',' || ch === '(' || ch === ')') items.push({ punct: ch });
  };
  for (let k = Math.max(0, a.first - TAIL_MAX); k < a.first; k++) {
    const t = tokens[k]!;
    puncts(t.pre);
    items.push({ word: t });
    puncts(t.post);
  }
  return items;
}

/** The words and punctuation right after B (a few, for rows with elements after B). */
function tailItems(tokens: Token[], b: MentionRef): Item[] {
  const items: Item[] = [];
  const puncts = (s: string) => {
    for (const ch of s) if (ch === ',' || ch === '(' || ch === ')') items.push({ punct: ch });
  };
  puncts(tokens[b.last]?.post ?? '');
  for (let k = b.last + 1; k < tokens.length && k <= b.last + TAIL_MAX; k++) {
    const t = tokens[k]!;
    puncts(t.pre);
    items.push({ word: t });
    puncts(t.post);
  }
  return items;
}

const isDeterminer = (it: Item): boolean => 'word' in it && (it.word.normal === 'the' || it.word.normal === 'a' || it.word.normal === 'an');
/** Kind nouns an organisation's name may follow in apposition: "played for the club B", "joined the band B". */
const ORG_KINDS = new Set(['band', 'group', 'club', 'team', 'party', 'squad', 'orchestra', 'ensemble', 'company', 'firm', 'label']);
/** list[i..] is a determiner, up to two modifiers and an organisation's kind noun: "the (British rock) band". */
function kindBeforeB(list: Item[], i: number, cues: RelationCues): boolean {
  const rest = list.length - i;
  if (rest < 2 || rest > 4 || !isDeterminer(list[i]!)) return false;
  const last = list[list.length - 1]!;
  if (!('word' in last) || !ORG_KINDS.has(last.word.normal)) return false;
  for (let k = i + 1; k < list.length - 1; k++) {
    const it = list[k]!;
    if (!('word' in it) || isDeterminer(it) || !isNounPhraseWord(it.word, cues)) return false;
  }
  return true;
}
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const NP_MAX = 5;
const ANY_MAX = 8;
const MAX_GAP = 16;

/** "an unincorporated community", "a fortified town": a participle inside a noun phrase, right before its noun. */
function participleModifier(list: Item[], k: number): boolean {
  const it = list[k], next = list[k + 1];
  if (!it || !('word' in it) || !next || !('word' in next)) return false;
  const t = it.word;
  return t.tags.has('Verb') && /ed$/.test(t.normal) && !/[^ \t]/.test(t.post) && next.word.tags.has('Noun') && !next.word.tags.has('Verb');
}

function isNounPhraseWord(t: Token, cues: RelationCues): boolean {
  if (NEGATION.has(t.normal)) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !cues.titleModifiers.has(t.normal)) return false;
  return t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Possessive') || cues.titleModifiers.has(t.normal);
}

/** A title of the cues that starts at items[i]; the longest. */
function titleAt(items: Item[], i: number, cues: RelationCues): Title | undefined {
  const first = items[i];
  if (!first || !('word' in first)) return undefined;
  for (const title of titleIndex(cues).startingWithOrPlural(first.word.normal)) {
    let ok = true;
    for (let n = 1; n < title.words.length && ok; n++) {
      const it = items[i + n];
      ok = !!it && 'word' in it && sameOrPlural(it.word.normal, title.words[n]!);
    }
    if (ok) return title;
  }
  return undefined;
}

/** The gap between two mentions, read once for every row. */
export class Gap {
  readonly items: Item[];
  /** Read across other mentions (`inner`): only rows with @name take it. */
  readonly spansName: boolean;
  private wordsRead: Set<string> | undefined;
  private tailRead: Item[] | undefined;
  private headRead: Item[] | undefined;

  /** `inner`: mentions between a and b, each read as one @name item. */
  constructor(
    private readonly tokens: Token[],
    readonly a: MentionRef,
    readonly b: MentionRef,
    inner: readonly MentionRef[] = [],
  ) {
    this.items = gapItems(tokens, a, b, inner);
    // an aside read as absent takes its names with it
    this.spansName = this.items.some((it) => 'name' in it);
  }

  /** The gap's words (normal forms), for the rows' quick test. */
  words(): ReadonlySet<string> {
    if (!this.wordsRead) {
      this.wordsRead = new Set();
      for (const it of this.items) if ('word' in it) this.wordsRead.add(it.word.normal);
    }
    return this.wordsRead;
  }

  /** The words after B, read when a row first needs them. */
  tail(): Item[] {
    return (this.tailRead ??= tailItems(this.tokens, this.b));
  }

  /** The words before A, likewise. */
  head(): Item[] {
    return (this.headRead ??= headItems(this.tokens, this.a));
  }
}

/** The rows of a table by the types of A and B and whether they span a name: a pair tries only the rows that could take it. */
export class PatternTable {
  /** By A's type, then B's type; [rows for gaps without a name inside, rows for gaps across one]. */
  private readonly byTypes = new Map<EntityType, Map<EntityType, [RowIndex | undefined, RowIndex | undefined]>>();

  constructor(rows: readonly PatternRow[]) {
    for (const row of rows.map(compileRow)) {
      for (const a of row.a) {
        for (const b of row.b) {
          let byB = this.byTypes.get(a);
          if (!byB) this.byTypes.set(a, (byB = new Map()));
          let pair = byB.get(b);
          if (!pair) byB.set(b, (pair = [undefined, undefined]));
          const slot = row.spansName ? 1 : 0;
          const index: RowIndex = (pair[slot] ??= { rows: [], always: [], byCue: new Map() });
          const at = index.rows.push(row) - 1;
          const cue = row.requiredWords[0];
          if (!cue) index.always.push(at);
          for (const w of cue ?? []) {
            const list = index.byCue.get(w);
            if (list) list.push(at);
            else index.byCue.set(w, [at]);
          }
        }
      }
    }
  }

  /**
   * The rows the gap matches, in table order, with the title each @title matched.
   * `spanningWords`: only rows that may span words (@any), as across a skipped mention.
   */
  matches(gap: Gap, cues: RelationCues, spanningWords: boolean): Array<{ row: CompiledRow; title: Title | undefined }> {
    const index = this.byTypes.get(gap.a.type)?.get(gap.b.type)?.[gap.spansName ? 1 : 0];
    // Rows speak of close neighbours; a long gap is another construction (and would cost backtracking).
    if (!index || gap.items.length > MAX_GAP) return [];
    // The rows without a cue word, and those whose first cue word is in the gap, in table order.
    let cued: number[] | undefined;
    for (const w of gap.words()) {
      const list = index.byCue.get(w);
      if (list) (cued ??= [...index.always]).push(...list);
    }
    // Most gaps hold no cue word: the always-tried rows are in table order already.
    const tried = cued ? cued.sort((x, y) => x - y) : index.always;
    const out: Array<{ row: CompiledRow; title: Title | undefined }> = [];
    for (let k = 0; k < tried.length; k++) {
      if (tried[k] === tried[k - 1]) continue;
      const row = index.rows[tried[k]!]!;
      if (spanningWords && !row.spansWords) continue;
      if (!hasRequiredWords(row, gap)) continue;
      const hit = matchRow(row, gap, cues);
      if (hit) out.push({ row, title: hit === true ? undefined : hit });
    }
    return out;
  }
}

/** A table's rows for one pair of types: by position, and which to try for a gap (no cue word: always). */
interface RowIndex {
  rows: CompiledRow[];
  always: number[];
  /** Each word of a row's first cue-word set: the rows to try when a gap holds it. */
  byCue: Map<string, number[]>;
}

/** Most rows need a cue word ("of", "led by") that most gaps lack: a set lookup instead of a backtracking match. */
function hasRequiredWords(row: CompiledRow, gap: Gap): boolean {
  if (row.requiredWords.length === 0) return true;
  const words = gap.words();
  return row.requiredWords.every((alternatives) => anyOf(alternatives, words));
}

function anyOf(alternatives: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  for (const w of alternatives) if (words.has(w)) return true;
  return false;
}


/** What one row's match carries down its elements: no closures per call, the matcher runs for every row and pair. */
interface Match {
  row: CompiledRow;
  gap: Gap;
  cues: RelationCues;
  title: Title | undefined;
}

/** Does the gap between a and b match the row? Returns the title matched by @title, or true. */
export function matchRow(row: CompiledRow, gap: Gap, cues: RelationCues): Title | boolean {
  const { a, b, items } = gap;
  if (row.aPossessive && !a.possessive) return false;
  if (!row.a.includes(a.type) || !row.b.includes(b.type)) return false;
  if (items.length > MAX_GAP) return false;
  if (!row.spansName && items.some((it) => 'name' in it)) return false;
  const m: Match = { row, gap, cues, title: undefined };
  if (!matchFrom(m, row.elements, items, true, true, 0, 0)) return false;
  return m.title ?? true;
}

/**
 * Matches `elements` from e against `list` from i; `whole`: the list must be used up.
 * `between`: these are the elements between A and B, and a full match must also find the
 * row's elements after B and before A.
 */
function matchFrom(m: Match, elements: Element[], list: Item[], whole: boolean, between: boolean, e: number, i: number): boolean {
  if (e === elements.length) {
    // A determiner may always stand right before B ("of the B"), and before an organisation, its kind ("for the club B").
    const rest = list.length - i;
    if (whole && !(rest === 0 || (rest === 1 && isDeterminer(list[i]!)) || (m.gap.b.type === 'Organization' && kindBeforeB(list, i, m.cues)))) return false;
    return !between || (tailMatches(m) && headMatches(m));
  }
  const el = elements[e]!;
  if (el.optional && matchFrom(m, elements, list, whole, between, e + 1, i)) return true;
  const it = list[i];
  const cues = m.cues;
  switch (el.kind) {
    case 'punct':
      return !!it && 'punct' in it && it.punct === el.ch && matchFrom(m, elements, list, whole, between, e + 1, i + 1);
    case 'words':
      return !!it && 'word' in it && el.words.has(it.word.normal) && matchFrom(m, elements, list, whole, between, e + 1, i + 1);
    case 'kin':
      return !!it && 'word' in it && (cues.kin.has(it.word.normal) || cues.kin.has(it.word.normal.replace(/s$/, ''))) && matchFrom(m, elements, list, whole, between, e + 1, i + 1);
    case 'name':
      return !!it && 'name' in it && matchFrom(m, elements, list, whole, between, e + 1, i + 1);
    case 'title': {
      const t = titleAt(list, i, cues);
      if (!t) return false;
      const before = m.title;
      m.title = t;
      if (matchFrom(m, elements, list, whole, between, e + 1, i + t.words.length)) return true;
      m.title = before;
      return false;
    }
    case 'np': {
      // Longest first: "the former prime minister" before "the former".
      let n = 0;
      while (n < NP_MAX && list[i + n] && 'word' in list[i + n]! && (isNounPhraseWord((list[i + n] as { word: Token }).word, cues) || (n > 0 && participleModifier(list, i + n)))) n++;
      for (let k = n; k >= 1; k--) if (matchFrom(m, elements, list, whole, between, e + 1, i + k)) return true;
      return false;
    }
    case 'any': {
      for (let k = 1; k <= ANY_MAX && i + k <= list.length; k++) {
        const last = list[i + k - 1]!;
        if ('name' in last) return false;
        if ('word' in last && (NEGATION.has(last.word.normal) || /[;:]/.test(last.word.post))) return false;
        if (matchFrom(m, elements, list, whole, between, e + 1, i + k)) return true;
      }
      return false;
    }
  }
}

function tailMatches(m: Match): boolean {
  return !m.row.tail.length || matchFrom(m, m.row.tail, m.gap.tail(), false, false, 0, 0);
}

/** The head must end right at A: tried from each start within reach (a few words). */
function headMatches(m: Match): boolean {
  if (!m.row.head.length) return true;
  const before = m.gap.head();
  for (let from = before.length - 1; from >= 0; from--) if (matchFrom(m, m.row.head, before.slice(from), true, false, 0, 0)) return true;
  return false;
}
