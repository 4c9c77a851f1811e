/**
 * The normal form of a name, for identity: accents removed, lower case, a
 * leading "the" and a trailing possessive dropped, punctuation at the edges
 * removed, spaces collapsed. "The Piñera's" → "pinera".
 */
import { foldText } from './text.js';
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/`/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}

/** The words of a normalized name: "jose miguel pinera-echenique" → ["jose", "miguel", "pinera", "echenique"]. */
export function nameTokens(normName: string): string[] {
  return normName.split(/[\s-]+/).map((t) => t.replace(/\.$/, '')).filter((t) => t !== '');
}

/** An abbreviation written as capitals, with or without dots: "KDP", "U.N.", "U.S". Not "Un" nor "I". */
export function isAcronym(name: string): boolean {
  const n = name.trim().replace(/^the\s+/i, '');
  return /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u.test(n) || /^\p{Lu}[\p{Lu}&]+s?$/u.test(n.replace(/'s$/, '')) ;
}

/** The letters an acronym stands for, lower case: "U.N." → "un", "KDP" → "kdp". */
export function acronymLetters(name: string): string {
  return normalizeName(name).replace(/[^\p{L}]/gu, '');
}

/** Function words that initials skip: "Party of the Democratic Revolution" → "pdr". */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'des', 'du', 'et', 'der', 'die', 'und', 'für']);

/**
 * The initials of a name of several words, lower case ("kurdistan democratic
 * party" → "kdp"), or null for a name of one significant word, whose initial
 * identifies nothing.
 */
export function initialsOf(normName: string): string | null {
  const words = nameTokens(normName).filter((w) => !INITIALS_SKIP.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w.charAt(0)).join('');
}

/** Generational suffixes: "Jr." and "Sr." name different people. */
const GENERATION = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior', 'hijo', 'filho']);

/**
 * Two names of one person written more or less fully: both of two words or
 * more, the shorter's words appear in the longer in the same order ("sebastian
 * pinera" / "miguel sebastian pinera", "michelle bachelet" / "michelle
 * bachelet jeria"), and nothing contradicts: two names of three words or more
 * that differ are two known full names, hence two people ("george h w bush" /
 * "george w bush"), and a generational suffix must agree.
 */
export function isPersonNameVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length < 2 || tb.length < 2) return false;
  const ga = ta.filter((t) => GENERATION.has(t)).join(' ');
  const gb = tb.filter((t) => GENERATION.has(t)).join(' ');
  if (ga !== gb) return false;
  const wa = ta.filter((t) => !GENERATION.has(t));
  const wb = tb.filter((t) => !GENERATION.has(t));
  if (wa.length >= 3 && wb.length >= 3) return wa.join(' ') === wb.join(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < 2) return false;
  let i = 0;
  for (const t of long) if (i < short.length && t === short[i]) i++;
  return i === short.length;
}

/**
 * A name that picks out one actor, not a kind of actor: it has a capital
 * letter ("Police" at a sentence start is still generic: see isGenericActor).
 */
export function hasProperForm(name: string): boolean {
  return /\p{Lu}/u.test(name);
}
