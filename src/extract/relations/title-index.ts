import type { RelationCues, Title } from './cues.js';

/**
 * The cue lexicon's titles indexed by their first and last words, so that
 * finding "the longest title ending here" reads the few titles that can end
 * with the word at hand instead of all of them (titles are looked up around
 * every person mention).
 */
export interface TitleIndex {
  /** Titles whose last word is `word`, or whose last word's plural in -s is `word`; longest first. */
  endingWith(word: string): readonly Title[];
  /** Titles whose first word is `word` exactly; longest first. */
  startingWith(word: string): readonly Title[];
  /** Titles whose first word is `word` or whose first word's plural in -s is `word`; longest first. */
  startingWithOrPlural(word: string): readonly Title[];
  /** Every word of every title. */
  words: ReadonlySet<string>;
}

const NONE: readonly Title[] = [];
const built = new WeakMap<RelationCues, TitleIndex>();

export function titleIndex(cues: RelationCues): TitleIndex {
  let index = built.get(cues);
  if (!index) built.set(cues, (index = buildIndex(cues.titles)));
  return index;
}

function buildIndex(titles: readonly Title[]): TitleIndex {
  const byLast = new Map<string, Title[]>();
  const byFirst = new Map<string, Title[]>();
  const byFirstOrPlural = new Map<string, Title[]>();
  const words = new Set<string>();
  const add = (map: Map<string, Title[]>, key: string, t: Title) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  // Titles arrive longest first; filing them in that order keeps every list longest first.
  for (const t of titles) {
    const first = t.words[0]!;
    const last = t.words[t.words.length - 1]!;
    add(byLast, last, t);
    add(byLast, `${last}s`, t);
    add(byFirst, first, t);
    add(byFirstOrPlural, first, t);
    add(byFirstOrPlural, `${first}s`, t);
    for (const w of t.words) words.add(w);
  }
  return {
    endingWith: (word) => byLast.get(word) ?? NONE,
    startingWith: (word) => byFirst.get(word) ?? NONE,
    startingWithOrPlural: (word) => byFirstOrPlural.get(word) ?? NONE,
    words,
  };
}

/** `have` is `word` or `word` + "s" (the titles' plural rule), without building the plural. */
export function sameOrPlural(have: string | undefined, word: string): boolean {
  if (have === undefined) return false;
  if (have.length === word.length) return have === word;
  return have.length === word.length + 1 && have.charCodeAt(word.length) === 115 /* s */ && have.startsWith(word);
}

/** The longest title that ends exactly at the end of `words` (each word itself or its plural in -s). */
export function titleEndingAt(words: readonly string[], cues: RelationCues): { title: Title; start: number } | undefined {
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  for (const title of titleIndex(cues).endingWith(last)) {
    const n = title.words.length;
    if (n > words.length) continue;
    const start = words.length - n;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) ok = sameOrPlural(words[start + k], title.words[k]!);
    if (ok) return { title, start };
  }
  return undefined;
}
