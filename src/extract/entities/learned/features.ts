import type { EntityType } from '../../../model/ontology.js';
import type { DocumentStyle } from '../../relations/topic.js';
import type { Candidate } from '../candidate.js';
import { isDemonym, lookupPlace } from '../gazetteer.js';
import { cueType, kindNounType, kindsAround } from '../leftovers.js';
import { lex, placeHeadMap } from '../lexicons.js';
import { isFirstName } from '../people.js';
import { isAcronymShape, isAllCaps, isCap, type Token } from '../tokens.js';
import { isEverydayWord } from '../everyday.js';
import { foldText } from '../../../model/text.js';

/** compromise tags that say something about a name's kind. */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Address', 'Organization', 'SportsTeam', 'Company', 'School', 'Acronym', 'Noun', 'Plural', 'Adjective', 'Verb', 'Value', 'Date'];
/** At most this many mentions of a name are looked at: the first ones say the most, and the cost stays flat. */
const MAX_MENTIONS = 4;


/** The first of these tags a word has: its word class, coarsely. */
const POS = ['ProperNoun', 'Plural', 'Noun', 'Verb', 'Adjective', 'Preposition', 'Conjunction', 'Determiner', 'Value'];
const coarsePos = (t: Token): string => (isCap(t.text) ? 'Cap' : POS.find((p) => t.tags.has(p)) ?? 'other');

/** "Xx", "XX", "X.", "x", "9": one character per letter class, runs squeezed. */
export function wordShape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, '9')
    .replace(/(.)\1+/g, '$1');
}

/** The gap after a token, reduced to its punctuation ("" for a plain space). */
const gap = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '').slice(0, 2);

/**
 * Features of a name no rule typed, from its words and the words around its
 * first mentions. General ones only: word classes, shape, suffixes, lexicon
 * and gazetteer hits, the cue words around it. Single words of the name are
 * features too (a head word such as "records" or "ville" generalises), but
 * never the whole name; training keeps only features seen in several documents.
 * Cost: a few lookups per word of the first MAX_MENTIONS mentions.
 */
/** Where typed names stand: their type by first token and by end token (exclusive), for the neighbour features. */
export interface TypedNeighbours {
  startingAt: ReadonlyMap<number, EntityType>;
  endingAt: ReadonlyMap<number, EntityType>;
  /** The types of typed names by their capitalized words ("Tarbide" of "Tarbide Mill"), for the shared-word features. */
  byWord: ReadonlyMap<string, ReadonlySet<EntityType>>;
  /** What the document is about, by its first definition's noun ("footballer", "album", "village"): see documentTopic. */
  topic?: string;
}

/** Words that open a definition's noun phrase: "X is a ...", "X was an ...". */
const COPULA = /^(is|was|are|were)$/;
const ARTICLE = /^(a|an|the|one)$/;
/** How far into the first sentence a definition is looked for, and how far after its article the noun may stand. */
const TOPIC_REACH = 40;
const NOUN_REACH = 8;

/**
 * The noun of the first sentence's definition ("X is an English former
 * footballer" -> "footballer"; "Y is a village in ..." -> "village"), or none.
 * An encyclopedia's names take their kinds from what the article is about
 * (a footballer's article names clubs, an album's names labels and singers).
 * Reads at most TOPIC_REACH tokens, once per document.
 */
export function documentTopic(tokens: readonly Token[]): string | undefined {
  const first = tokens[0]?.sentence;
  for (let i = 0; i + 1 < tokens.length && i < TOPIC_REACH && tokens[i]!.sentence === first; i++) {
    if (!COPULA.test(tokens[i]!.lower) || !ARTICLE.test(tokens[i + 1]!.lower)) continue;
    let noun: string | undefined;
    for (let j = i + 2; j < tokens.length && j < i + 2 + NOUN_REACH && tokens[j]!.sentence === first; j++) {
      const t = tokens[j]!;
      if (['Preposition', 'Verb', 'Conjunction', 'Determiner', 'Pronoun'].some((g) => t.tags.has(g)) && !t.tags.has('Noun')) break;
      if (!isCap(t.text) && t.tags.has('Noun') && !t.tags.has('Adjective') && /^\p{Ll}+$/u.test(t.lower)) noun = t.lower;
      // the last noun of the first noun phrase: "a rock band", "a football club"
      if (noun && /[^ \t]/.test(t.post)) break;
      if (noun && tokens[j + 1] && !tokens[j + 1]!.tags.has('Noun')) break;
    }
    return noun;
  }
  return undefined;
}

/** A capitalized word long enough to say something when another name shares it ("of", "The", "St" do not). */
const SHARED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]{3,}$/u;
const nameWords = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/['’]s$/, '')).filter((w) => SHARED_WORD.test(w)).map((w) => w.toLowerCase());

/** The typed names around a document's candidates, built once per document (linear). */
export function typedNeighbours(candidates: readonly Candidate[], topic?: string): TypedNeighbours {
  const startingAt = new Map<number, EntityType>();
  const endingAt = new Map<number, EntityType>();
  const byWord = new Map<string, Set<EntityType>>();
  for (const c of candidates) {
    if (c.type === undefined || c.tok === undefined || c.tokEnd === undefined) continue;
    startingAt.set(c.tok, c.type);
    endingAt.set(c.tokEnd, c.type);
    for (const w of nameWords(c.text)) {
      let types = byWord.get(w);
      if (!types) byWord.set(w, (types = new Set()));
      types.add(c.type);
    }
  }
  return { startingAt, endingAt, byWord, ...(topic !== undefined && { topic }) };
}

export function nameFeatures(tokens: readonly Token[], mentions: readonly Candidate[], typed: EntityType | undefined, style: DocumentStyle, neighbours?: TypedNeighbours, strong = false): string[] {
  // a name a strong rule typed (a training example only) has its own bias: such names are nearly all entities
  const f = new Set<string>(['bias', strong ? 'typed:strong' : `typed:${typed ?? 'none'}`]);
  const count = mentions.length;
  f.add(`count:${count >= 3 ? '3+' : count}`);
  // what the article is about, and the kind of thing that is: a prior on what its other names are
  if (neighbours?.topic) {
    f.add(`topic:${neighbours.topic}`);
    f.add(`topic-kind:${kindNounType(neighbours.topic) ?? 'other'}`);
  }
  const longest = mentions.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  addNameWords(f, tokens, longest);
  // a typed name's own words are among the typed names' words, and its rule typed it: neither says anything then
  if (neighbours && !strong) addSharedWords(f, longest.text, neighbours);
  for (const m of mentions.slice(0, MAX_MENTIONS)) {
    if (!strong) f.add(`rule:${m.rule}`);
    if (m.personal) f.add('personal');
    if (m.kin) f.add('kin');
    addContext(f, tokens, m);
    if (neighbours) {
      addNeighbours(f, tokens, m, neighbours);
      addListMates(f, tokens, m, neighbours);
    }
  }
  // every feature twice: a weight shared by both styles of writing and one for this style alone (as the relation classifier)
  return [...f, ...[...f].map((x) => `${style}|${x}`)];
}

/** Copulas and reporting verbs, as relations/topic.ts's documentStyle reads a first sentence. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'located']);
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'reported']);

/**
 * How the document is written, from its tokens: the rule of relations/topic.ts
 * (a dateline is news; a first sentence saying what something is, with no
 * reporting verb, is encyclopedic), read before any entity is known.
 */
export function tokenStyle(tokens: readonly Token[], text: string): DocumentStyle {
  if (!tokens.length || /\d{4}-\d\d-\d\d/.test(text.slice(tokens[0]!.start, tokens[0]!.start + 80))) return 'news';
  const words = tokens.slice(0, 60).filter((t) => t.sentence === tokens[0]!.sentence).map((t) => t.lower);
  return words.some((w) => COPULAS.has(w)) && !words.some((w) => REPORTING.has(w)) ? 'enc' : 'news';
}

function addNameWords(f: Set<string>, tokens: readonly Token[], m: Candidate): void {
  const { tok, tokEnd } = m;
  if (tok === undefined || tokEnd === undefined) return;
  const words = tokens.slice(tok, tokEnd);
  const n = words.length;
  f.add(`nw:${n >= 4 ? '4+' : n}`);
  f.add(`shape:${words.map((t) => wordShape(t.text)).join(' ').slice(0, 16)}`);
  if (n === 1 && isAcronymShape(words[0]!.text)) f.add('acronym');
  if (words.every((t) => isAllCaps(t.text))) f.add('allcaps');
  const first = words[0]!;
  const last = words[n - 1]!;
  const lastW = last.lower.replace(/['’]s$/, '');
  f.add(`first:${first.lower}`);
  f.add(`last:${lastW}`);
  for (const k of [3, 4]) if (lastW.length > k + 1) f.add(`suf${k}:${lastW.slice(-k)}`);
  if (isFirstName(first)) f.add('firstname-first');
  // an everyday word of compromise's lexicon ("Census", "Production"): more often a common noun than a name
  // (a name the lexicon knows, "Netflix" or "Paris", is no everyday word)
  for (const t of words) if (isEverydayWord(t.lower)) f.add(n === 1 ? 'everyday-word' : 'everyday-part');
  if (m.text.includes('&')) f.add('ampersand');
  if (/\d/.test(m.text)) f.add('digit');
  const place = lookupPlace(m.text);
  if (place) f.add(`gaz:${place.kind}${place.strong ? ':strong' : ''}${place.common ? ':common' : ''}`);
  for (const [i, t] of words.entries()) {
    const w = t.lower.replace(/\.$/, '');
    const at = i === n - 1 ? 'last' : i === 0 ? 'first' : 'mid';
    f.add(`w:${w}`);
    for (const tag of NAME_TAGS) if (t.tags.has(tag)) f.add(`tag:${tag}`);
    if (lex.orgHeads().has(w)) f.add(`orghead:${at}`);
    if (lex.orgSuffixes().has(w)) f.add(`orgsuffix:${at}`);
    if (lex.titles().has(w)) f.add(`title:${at}`);
    if (placeHeadMap().has(foldText(t.text))) f.add(`placehead:${at}`);
    if (isDemonym(t.text)) f.add(`demonym:${at}`);
    if (n > 1 && lookupPlace(t.text)?.strong) f.add(`gazword:${at}`);
    if (isFirstName(t)) f.add(`firstname:${at}`);
  }
}

/** How far a list is followed from a name, in tokens: lists of names are short, and the cost stays flat. */
const LIST_REACH = 12;
const LIST_JOINERS = new Set(['and', 'or', '&']);

/**
 * The type of the nearest typed name in the same coordinated list of names,
 * however many untyped names stand between ("Anse, Bexley, Corran and the
 * typed Dunmore"): names in a list share their kind. The walk crosses only
 * capitalized words, commas and "and"/"or", within LIST_REACH tokens.
 */
function addListMates(f: Set<string>, tokens: readonly Token[], m: Candidate, n: TypedNeighbours): void {
  const { tok, tokEnd } = m;
  if (tok === undefined || tokEnd === undefined) return;
  const sentence = tokens[tok]!.sentence;
  const inList = (t: Token | undefined): boolean => t !== undefined && t.sentence === sentence && (isCap(t.text) || LIST_JOINERS.has(t.lower));
  const separated = (t: Token): boolean => t.post.includes(',') || LIST_JOINERS.has(t.lower);
  let crossed = false;
  for (let i = tok - 1; i >= Math.max(0, tok - LIST_REACH) && inList(tokens[i]); i--) {
    crossed ||= separated(tokens[i]!);
    const type = n.endingAt.get(i + 1);
    if (crossed && type) { f.add(`list:${type}`); break; }
    if (/[^\s,]/.test(tokens[i]!.post)) break;
  }
  crossed = false;
  for (let i = tokEnd; i < Math.min(tokens.length, tokEnd + LIST_REACH) && inList(tokens[i]); i++) {
    crossed ||= separated(tokens[i - 1]!);
    const type = n.startingAt.get(i);
    if (crossed && type) { f.add(`list:${type}`); break; }
    if (/[^\s,]/.test(tokens[i]!.post)) break;
  }
}

/**
 * The types of typed names sharing a word with this one, and where the word
 * stands in this name ("last", or "first" for any word before it): "Tarbide
 * Mill" beside a typed "Tarbide"; a shared head word ("Hall") says
 * other things than a shared place word before it.
 */
function addSharedWords(f: Set<string>, text: string, n: TypedNeighbours): void {
  const words = nameWords(text);
  words.forEach((w, i) => {
    const at = i === words.length - 1 ? 'last' : 'first';
    for (const type of n.byWord.get(w) ?? []) f.add(`share:${at}:${type}`);
  });
}

/**
 * The type of a typed name right beside the mention, or one word away
 * ("Lyon and X", "X of Y"): names in lists and "of" phrases share kinds.
 */
function addNeighbours(f: Set<string>, tokens: readonly Token[], m: Candidate, n: TypedNeighbours): void {
  const { tok, tokEnd } = m;
  if (tok === undefined || tokEnd === undefined) return;
  const sentence = tokens[tok]!.sentence;
  const left = n.endingAt.get(tok);
  if (left && tokens[tok - 1]?.sentence === sentence) f.add(`left:${gap(tokens[tok - 1]!.post)}:${left}`);
  const left2 = n.endingAt.get(tok - 1);
  if (left2 && tokens[tok - 2]?.sentence === sentence) f.add(`left:${tokens[tok - 1]!.lower}:${left2}`);
  const right = n.startingAt.get(tokEnd);
  if (right && tokens[tokEnd]?.sentence === sentence) f.add(`right:${gap(tokens[tokEnd - 1]!.post)}:${right}`);
  const right2 = n.startingAt.get(tokEnd + 1);
  if (right2 && tokens[tokEnd + 1]?.sentence === sentence) f.add(`right:${tokens[tokEnd]!.lower}:${right2}`);
}

function addContext(f: Set<string>, tokens: readonly Token[], m: Candidate): void {
  const { tok, tokEnd } = m;
  if (tok === undefined || tokEnd === undefined) return;
  const sentence = tokens[tok]!.sentence;
  const at = (i: number): Token | undefined => (tokens[i]?.sentence === sentence ? tokens[i] : undefined);
  const p1 = at(tok - 1);
  const p2 = at(tok - 2);
  const n1 = at(tokEnd);
  const n2 = at(tokEnd + 1);
  if (tokens[tok]!.first) f.add('initial');
  f.add(`p1:${p1 ? p1.lower : '<s>'}`);
  if (p1) f.add(`p1pos:${coarsePos(p1)}`);
  if (n1) f.add(`n1pos:${coarsePos(n1)}`);
  if (p1) f.add(`p12:${p2 ? p2.lower : '<s>'}_${p1.lower}`);
  f.add(`n1:${n1 ? n1.lower : '</s>'}`);
  if (n1) f.add(`n12:${n1.lower}_${n2 ? n2.lower : '</s>'}`);
  f.add(`gapafter:${gap(tokens[tokEnd - 1]!.post)}`);
  if (p1) f.add(`gapbefore:${gap(p1.post)}`);
  if (/['’]s$/.test(m.text) || /^['’]s?$/.test(n1?.text ?? '')) f.add('possessive');
  if (p1 && lex.titles().has(p1.lower)) f.add('title-before');
  if (n1 && /^(Inc|Ltd|Corp|Co|LLC|plc)\.?$/i.test(n1.text)) f.add('org-suffix-after');
  const cue = cueType(tokens as Token[], m);
  if (cue) f.add(`cue:${cue}`);
  const kinds = kindsAround(tokens, tok, tokEnd);
  if (kinds.before) f.add(`kind-before:${kinds.before}`);
  if (kinds.after) f.add(`kind-after:${kinds.after}`);
}
