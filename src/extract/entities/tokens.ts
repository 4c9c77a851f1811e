import type { DocumentContext } from '../types.js';
import type { NamePart } from './spans.js';
import { lookupPlace } from './gazetteer.js';

/**
 * A word of the document with exact offsets into the original text. Built
 * once from the shared compromise parse: hyphenated pieces are joined back
 * into one token ("Enríquez-Ominami", "San Diego-based"), slashed terms are
 * split ("Concertacion/New").
 */
export interface Token {
  i: number;
  text: string;
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces between this token and the next one. */
  post: string;
  /** Punctuation before this token (an opening parenthesis or quote). */
  pre: string;
  sentence: number;
  /** First token of its sentence or of a line. */
  first: boolean;
  /** Hyphen pieces ("San Diego-based" -> ["Diego", "based"]), with their start offsets. */
  parts: Array<{ text: string; start: number }>;
  /** spans.ts namePart's answer, kept on the token: undefined until asked, null for none. */
  namePart: Readonly<NamePart> | null | undefined;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** Abbreviations whose dot belongs to the word, not to the sentence. */
const DOTTED = /^(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|Ft|Bros|No|Dr|Mr|Mrs|Ms|Gen|Col|Capt|Lt|Sgt|Rev|Prof|Gov|Sen|Rep|Adm|Maj|Fr|Messrs)$/;

/** A US state's abbreviation as news writes it after a town ("Ill.", "Tex."; places/extra.tsv). */
const isStateAbbreviation = (word: string): boolean => lookupPlace(word)?.kind === 'abbrev';
/** A pair of brackets with nothing but commas, semicolons or spaces inside: "()", "(,)", "( ; )". */
const EMPTY_BRACKETS = /^[([][\s,;:]*[)\]]$/;
const EMPTY_BRACKETS_IN_GAP = /^\s*[([][\s,;:]*[)\]]\s*$/;

export function tokenize(ctx: DocumentContext): Token[] {
  const text = ctx.text;
  const json = ctx.parsedSentences as Array<{ terms: Term[] }>;
  const out: Token[] = [];
  let cursor = 0;
  json.forEach((sentence, sIndex) => {
    let firstInSentence = true;
    let pending: Token | undefined;
    for (const term of sentence.terms) {
      if (!term.text) continue; // compromise's implicit words ("won't" -> will not)
      // Offsets come from compromise; realign on the text when a term was normalized.
      let start = term.offset.start;
      if (text.slice(start, start + term.text.length) !== term.text) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      let end = start + term.text.length;
      cursor = end;
      // a closing bracket the parse left inside a word ("122)") belongs to the gap after it
      // (an opening one, "(28", is left to the rules that read life spans character by character)
      let word = term.text;
      const pre = term.pre;
      let post = term.post;
      while (word.length > 1 && /[)\]]$/.test(word) && !/[([]/.test(word)) {
        end--;
        post = word.slice(-1) + post;
        word = word.slice(0, -1);
      }
      // "Norrholm (,) is an island": brackets emptied of their words (an encyclopedia's text with the pronunciation
      // taken out) say nothing; the name stands right before its verb, as written before the removal
      const previous = out[out.length - 1];
      if (EMPTY_BRACKETS.test(word) && previous?.sentence === sIndex && !/[^\s]/.test(previous.post)) continue;
      if (EMPTY_BRACKETS_IN_GAP.test(post)) post = ' ';
      // The parsed term's set, shared (never changed: a glued compound gets a merged copy below).
      const tags = term.tags;
      // A word continuing a hyphen compound: glue onto the previous token.
      if (pending && pending.end + 1 === start && text[pending.end] === '-') {
        pending.parts.push({ text: word, start });
        pending.end = end;
        pending.text = text.slice(pending.start, end);
        pending.lower = pending.text.toLowerCase();
        pending.post = post;
        const merged = new Set(pending.tags);
        for (const t of tags) merged.add(t);
        pending.tags = merged;
        if (post !== '-') pending = undefined;
        continue;
      }
      const lineStart = start === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
      const pieces = word.includes('/') ? splitSlashed(word, start) : [{ text: word, start }];
      pieces.forEach((p, k) => {
        let pEnd = p.start + p.text.length;
        const last = k === pieces.length - 1;
        let piecePost = last ? post : '/';
        // Keep the dot of initials and abbreviations ("J.", "Co.", "Inc."), and of a US state's after "Town, " ("Austin, Tex.").
        if (text[pEnd] === '.' && (DOTTED.test(p.text) || (/^,\s*$/.test(out[out.length - 1]?.post ?? '') && isStateAbbreviation(`${p.text}.`)))) {
          pEnd++;
          piecePost = piecePost.replace(/^\./, '');
        }
        const tok: Token = {
          i: out.length,
          text: text.slice(p.start, pEnd),
          start: p.start,
          end: pEnd,
          lower: text.slice(p.start, pEnd).toLowerCase(),
          tags: k === 0 && pieces.length === 1 ? tags : new Set(['Slashed']),
          post: piecePost,
          pre: k === 0 ? pre : '',
          sentence: sIndex,
          first: (firstInSentence || lineStart) && k === 0,
          parts: abbreviationCompound(p.text, p.start) ?? [{ text: p.text, start: p.start }],
          namePart: undefined,
        };
        out.push(tok);
        pending = last && post === '-' ? tok : undefined;
      });
      firstInSentence = false;
    }
  });
  // compromise puts an opening parenthesis or quote in the next word's `pre`: make `post` the whole gap
  for (let i = 0; i + 1 < out.length; i++) if (out[i + 1]!.pre && !out[i]!.post.endsWith(out[i + 1]!.pre)) out[i]!.post += out[i + 1]!.pre;
  return out;
}

/**
 * "Ill.-based", "Pa.-born": the parse keeps an abbreviation and its hyphen suffix as one term (no hyphen split
 * after a dot); its pieces are the abbreviation, dot kept, and the suffix, as for "Boston-based".
 */
function abbreviationCompound(word: string, start: number): Array<{ text: string; start: number }> | undefined {
  const m = /^(\p{Lu}[\p{L}.]*\.)-(\p{Ll}+)$/u.exec(word);
  if (!m) return undefined;
  return [{ text: m[1]!, start }, { text: m[2]!, start: start + m[1]!.length + 1 }];
}

function splitSlashed(word: string, start: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const piece of word.split('/')) {
    if (piece) out.push({ text: piece, start: start + offset });
    offset += piece.length + 1;
  }
  return out;
}

/** Starts with an upper-case letter. */
export const isCap = (s: string): boolean => /^\p{Lu}/u.test(s);
/** Two to six capitals, maybe with dots or an ampersand: "CVG", "U.S.", "M&A". */
export const isAcronymShape = (s: string): boolean =>
  /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4}|\p{Lu}+&\p{Lu}+)$/u.test(s) || /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,4}$/u.test(s) && /\p{Lu}$/u.test(s) && s.length >= 3;
/** Every letter upper case (datelines, agency headlines). */
export const isAllCaps = (s: string): boolean => /\p{L}/u.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();

/** Punctuation that ends a name: anything in `post` but spaces, or a line break. */
export const breaksAfter = (t: Token): boolean => /[^ \t]/.test(t.post);
