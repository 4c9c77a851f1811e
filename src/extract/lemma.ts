import { lexiconJson } from '../model/lexicon-files.js';

let irregular: Map<string, string> | undefined;

function forms(): Map<string, string> {
  if (!irregular) {
    const raw = lexiconJson<{ forms: Record<string, string> }>('verb-forms.json');
    irregular = new Map(Object.entries(raw.forms));
  }
  return irregular;
}

const PLAIN_WORD = /^[a-z0-9]+$/;

/** Lower case, without a possessive or edge punctuation: the key words are matched by. */
export function normalWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain letters and digits: nothing to strip (and the Unicode regex is not cheap).
  if (PLAIN_WORD.test(lower)) return lower;
  return lower
    .replace(/[’']s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Possible lemmas of an inflected English word, the word itself first. Cheap
 * suffix rules plus a lexicon of irregular forms: callers look each candidate
 * up in their own lexicon, so over-generation is harmless.
 */
export function lemmaCandidates(word: string): readonly string[] {
  // Words repeat across sentences and documents; bounded, so a stream of odd tokens cannot grow it without end.
  let lemmas = lemmaMemo.get(word);
  if (lemmas === undefined) {
    if (lemmaMemo.size >= LEMMA_MEMO_SIZE) lemmaMemo.clear();
    lemmaMemo.set(word, (lemmas = inflections(word)));
  }
  return lemmas;
}
const LEMMA_MEMO_SIZE = 20_000;
const lemmaMemo = new Map<string, readonly string[]>();

function inflections(word: string): string[] {
  const w = normalWord(word);
  const out = [w];
  const irr = forms().get(w);
  if (irr) out.push(irr);
  const undouble = (s: string) => (/([bcdfgklmnprstvz])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ies') || w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), undouble(w.slice(0, -2)));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e', undouble(w.slice(0, -3)));
  return out;
}
