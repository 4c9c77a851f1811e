import { lexiconTags } from '../nlp.js';
import { lookupPlace } from './gazetteer.js';
import { lex } from './lexicons.js';
import { namePart } from './spans.js';
import { isCap, type Token } from './tokens.js';

/** Person name shapes and the titles, honorifics and kin words around them. */

/** Words that qualify a title without being one ("Prime", "Deputy", "Public"). */
const TITLE_QUALIFIERS = new Set(['prime', 'vice', 'deputy', 'public', 'executive', 'general', 'chief', 'senior', 'acting', 'former', 'finance', 'foreign', 'interior', 'defence', 'defense', 'justice', 'state', 'junior', 'assistant', 'associate', 'managing', 'first', 'attorney', 'district', 'high', 'supreme', 'grand', 'majority', 'minority', 'opposition', 'parliamentary']);

/** A word compromise's lexicon knows as something other than a name. */
function isOrdinary(t: Token): boolean {
  const known = lexiconTags(t.lower);
  return (known.length > 0 && !known.some((tag) => /Person|Name/.test(tag))) || t.tags.has('Adjective') || t.tags.has('Verb') || t.tags.has('Plural');
}

export const isFirstName = (t: Token): boolean => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');

/**
 * A first name by the parse or by compromise's lexicon: the parse may read
 * "Benny Hill" as a place, or a name next to "&" as a firm's.
 */
export function knownFirstName(t: Token): boolean {
  return isFirstName(t) || lexiconTags(t.lower).some((tag) => /FirstName|MaleName|FemaleName/.test(tag));
}

/** A capitalized word that is a title or honorific ("President", "Gen.", "Mr"). */
export function isTitleWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return lex.titles().has(w) || lex.honorifics().has(w);
}

export const isTitleQualifier = (t: Token): boolean => TITLE_QUALIFIERS.has(t.lower.replace(/\.$/, '')) || isTitleWord(t);

/** Initials: "J.", "O.K.". */
export const isInitial = (t: Token): boolean => /^(?:\p{Lu}\.)+$/u.test(t.text);

/**
 * How much the shape of tokens [from, to) says "person": 2 = a known first
 * name or initials with a surname, 1 = compromise reads every word as a
 * person's name, 0 = nothing.
 */
export function personShape(tokens: Token[], from: number, to: number): number {
  const n = to - from;
  if (n < 2 || n > 5) return 0;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  if (!isCap(last.text) || isInitial(last)) return 0;
  if (isFirstName(first) && !first.tags.has('Place')) return 2;
  if ((isInitial(first) && !lookupPlace(first.text)) || (n >= 3 && isInitial(tokens[from + 1]!))) return 2;
  let personal = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.tags.has('Person')) personal++;
  if (personal === n) return 1;
  // compromise knows the first word as a name ("Salvador") and the rest is no ordinary word
  if (first.tags.has('Person') && n <= 3 && tokens.slice(from + 1, to).every((t) => !t.tags.has('Place') && !isOrdinary(t))) return 2;
  return 0;
}

/**
 * A lowercase title, occupation or kin word right before token `from`
 * ("party leader X", "insurer X", "my son X"), or an honorific ("Mr X").
 */
export function titleBefore(tokens: Token[], from: number): 'title' | 'kin' | undefined {
  const prev = tokens[from - 1];
  if (!prev || /[^ \t]/.test(prev.post) || prev.sentence !== tokens[from]!.sentence) return undefined;
  const w = prev.lower.replace(/\.$/, '');
  if (lex.kinship().has(w)) return 'kin';
  if (lex.honorifics().has(w) && isCap(prev.text)) return 'title';
  if (isCap(prev.text)) return undefined; // capitalized titles are split inside the span
  if (lex.titles().has(w)) return 'title';
  const two = `${tokens[from - 2]?.lower ?? ''} ${w}`;
  if (lex.titles().has(two)) return 'title';
  return undefined;
}

/** An unknown name followed by a verb of saying, or by ", 45," (an age): a person. */
export function personContextAfter(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]!;
  const next = tokens[to];
  if (!next) return false;
  if (!/[^ \t]/.test(last.post) && lex.speechVerbs().has(next.lower)) return true;
  if (/^,\s*$/.test(last.post) && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post)) return true;
  // apposition: "X, the chairwoman of ...", "X, a spokesman for ..."; copula: "X is the daughter of ..."
  const copula = /^(is|was)$/.test(next.lower) && !/[^ \t]/.test(last.post) && /^(the|a|an)$/.test(tokens[to + 1]?.lower ?? '');
  if (copula && lex.kinship().has(tokens[to + 2]?.lower ?? '')) return true;
  if (/^,\s*$/.test(last.post) && /^(the|a|an)$/.test(next.lower)) {
    for (let k = to + 1; k < Math.min(tokens.length, to + 4); k++) {
      const w = tokens[k]!.lower;
      if (lex.titles().has(w) && !['official', 'worker', 'student', 'head', 'chief', 'director'].includes(w) || ['spokesman', 'spokeswoman', 'chairwoman', 'chairman', 'leader', 'member', 'founder', 'lawyer'].includes(w)) return true;
      if (/[^ \t]/.test(tokens[k]!.post)) break;
    }
  }
  return false;
}

/**
 * Splits a capitalized span at its last title word: "Prime Minister Ilse
 * Marwick" -> name at [3, 5); "New Party X President Masayoshi Y" -> the
 * organization before the title and the person after. Returns the token index
 * where the title run starts and the index of the first name token, or
 * undefined when the span holds no title followed by a name.
 */
export function splitAtTitle(tokens: Token[], from: number, to: number): { titleFrom: number; nameFrom: number } | undefined {
  for (let k = to - 2; k >= from; k--) {
    if (!isTitleWord(tokens[k]!)) continue;
    const nameFrom = k + 1;
    if (isTitleWord(tokens[nameFrom]!)) {
      if (nameFrom < to - 1) continue;
      return undefined; // "Secretary General": titles only
    }
    let titleFrom = k;
    while (titleFrom > from && isTitleQualifier(tokens[titleFrom - 1]!)) titleFrom--;
    // "Gen." and "Dr" take one name; a title must be followed by a real name part
    if (!namePart(tokens[nameFrom]!)) return undefined;
    return { titleFrom, nameFrom };
  }
  return undefined;
}
