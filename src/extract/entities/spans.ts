import { lexiconTags } from '../nlp.js';
import { lookupPlace } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { lex, placeHeadMap } from './lexicons.js';
import { isTitleWord, knownFirstName } from './people.js';
import { isAcronymShape, isAllCaps, isCap, type Token } from './tokens.js';

/**
 * Capitalized name spans: runs of capitalized words, with the small words
 * that sit inside names ("University of Chile", "Todos a la Moneda",
 * "Eli Lilly & Co."), cut at punctuation, possessives and sentence starts
 * that are ordinary words.
 */
export interface NameSpan {
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Words that may sit inside a name between two capitalized words. */
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'los', 'las', 'el', 'al', 'van', 'von', 'der', 'den', 'ter', 'y', 'bin', 'ibn', 'and', '&', 'for', 'the']);
/** Possessive plurals that sit inside names: "United Workers' Confederation", "People's Party". */
const POSSESSIVE_IN_NAMES = /^(women|people|men|children)['’]s$|^\p{L}+s['’]$/u;
/** Prefixes of a hyphen compound that are not part of the name ("anti-Marek"). */
const NAME_PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'post', 'pre', 'neo', 'pan', 'mid', 'un']);

/** Where the name part of a token starts and ends ("San Diego-based" -> "Diego"; "Chile's" -> "Chile"). */
export interface NamePart {
  start: number;
  end: number;
  text: string;
  /** Lowercase rest of a hyphen compound ("based", "led"): the name ends here. */
  suffix?: string;
  possessive: boolean;
}

function isSuffixWord(w: string): boolean {
  return /^\d/.test(w) || /(?:ed|ing|based|born|style|era|type|like|wide|led|run|owned)$/.test(w) || lexiconTags(w.toLowerCase()).length > 0;
}

/** Small words written between the capitalized pieces of a hyphenated place or personal name. */
const HYPHEN_CONNECTORS = new Set(['on', 'upon', 'under', 'in', 'by', 'the', 'le', 'la', 'les', 'de', 'du', 'des', 'sur', 'sous', 'en', 'lès', 'di', 'del', 'della', 'da', 'am', 'an', 'der', 'im', 'y', 'et']);

/** Pieces [k..] of a hyphen compound: connectors, then a capitalized piece ("on-Thames"); not "Paris-based". */
function hyphenConnector(parts: ReadonlyArray<{ text: string }>, k: number): boolean {
  let j = k;
  while (j < parts.length && HYPHEN_CONNECTORS.has(parts[j]!.text)) j++;
  return j > k && j < parts.length && isCap(parts[j]!.text);
}

/** Suffixes a hyphen adds to a name that end the name however short they are ("Kim-led", "UK-born"). */
const NAME_ENDING_SUFFIX = /^(?:\d.*|.*ed|based|born|style|era|type|like|wide|led|run|owned|made|held|area|class)$/;

/**
 * The last piece of a romanized given name ("Hye-young", "Woo-ping", "Dal-su"): a short lowercase syllable after a
 * short capitalized one, closing the token; "young" or "ping" are words elsewhere, not here.
 */
function syllablePair(parts: ReadonlyArray<{ text: string }>, k: number): boolean {
  const prev = parts[k - 1]!.text;
  const piece = parts[k]!.text;
  return k === parts.length - 1 && /^\p{Lu}\p{Ll}{1,3}$/u.test(prev) && /^\p{Ll}{2,5}$/u.test(piece) && !NAME_ENDING_SUFFIX.test(piece);
}

export function namePart(t: Token): Readonly<NamePart> | undefined {
  // Asked of the same token by many rules; tokens are final once tokenized.
  if (t.namePart === undefined) t.namePart = readNamePart(t) ?? null;
  return t.namePart ?? undefined;
}

function readNamePart(t: Token): NamePart | undefined {
  let parts = t.parts;
  if (parts.length > 1 && NAME_PREFIXES.has(parts[0]!.text.toLowerCase()) && isCap(parts[1]!.text)) parts = parts.slice(1);
  // Arabic and European particles stay in the name: "al-Assad", "d'Estaing"
  const particle = parts.length > 1 && /^(al|el|ad|ar|as|an|at|bin|ibn|abu|d|de|di|da|van|von|du|le|la)$/.test(parts[0]!.text) && isCap(parts[1]!.text);
  if (!isCap(parts[0]!.text) && !particle) return undefined;
  let k = 1;
  // a lowercase piece ends the name only when it is a word ("Diego-based", "Urdu-speaking"), not a name part ("Silpa-archa")
  // a small word between capitalized pieces stays inside ("Henley-on-Thames", "Viollet-le-Duc", "Sainte-Marie-des-Champs")
  while (k < parts.length && (isCap(parts[k]!.text) || !isSuffixWord(parts[k]!.text) || hyphenConnector(parts, k) || syllablePair(parts, k))) k++;
  const suffix = k < parts.length ? parts.slice(k).map((p) => p.text.toLowerCase()).join('-') : undefined;
  const start = parts[0]!.start;
  let end = parts[k - 1]!.start + parts[k - 1]!.text.length;
  if (k === parts.length) end = Math.max(end, t.end); // keeps an abbreviation's dot
  let text = t.text.slice(start - t.start, end - t.start);
  let possessive = false;
  const m = /(?:['’]s|s['’])$/.exec(text);
  if (m && (t.tags.has('Possessive') || /['’]s$/.test(text))) {
    possessive = true;
    const cut = m[0].startsWith('s') ? 1 : 2;
    end -= cut;
    text = text.slice(0, -cut);
  } else if (/['’]$/.test(text)) {
    end -= 1;
    text = text.slice(0, -1);
    possessive = true;
  }
  return { start, end, text, ...(suffix !== undefined && { suffix }), possessive };
}

/** Compromise's reading of a sentence-initial word: is it an ordinary word rather than a name? */
const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Expression'];
const WORD_TAGS = ['Plural', 'Verb', 'Adjective', 'Value', 'Gerund', 'Infinitive', 'PastTense', 'Date', 'Month', 'WeekDay'];

export function isOrdinaryWord(t: Token): boolean {
  if (FUNCTION_TAGS.some((g) => t.tags.has(g))) return true;
  if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Acronym')) return false;
  // an unknown singular noun at a sentence start ("Sidor is ...") is a name
  return lexiconTags(t.lower).length > 0 || WORD_TAGS.some((g) => t.tags.has(g));
}

/** A capitalized token that may belong to a name. */
function nameToken(t: Token, next: Token | undefined, midCaps: ReadonlySet<string>): NamePart | undefined {
  const part = namePart(t);
  if (!part) return undefined;
  if (t.text === 'I' || (t.text === 'A' && t.first)) return undefined;
  if (t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date')) return undefined; // "in March", "on Monday"
  // At a sentence start, after an opening quote or parenthesis, capitals prove nothing,
  // unless a capitalized word follows ("Advanced Medical said"; not "Investigators arrested").
  const exposed = t.first || /["“(‘'\[]/.test(t.pre);
  // a word written with a capital inside other sentences of the document is a name here too ("Barclays said")
  if (exposed && !isAllCaps(t.text) && t.parts.length === 1 && !(midCaps.has(t.text) && !t.tags.has('Adjective')) && isOrdinaryWord(t)) {
    const capNext = next !== undefined && !/[^ \t]/.test(t.post) && isCap(next.text) && next.text !== 'I';
    if (!capNext || FUNCTION_TAGS.some((g) => t.tags.has(g)) || t.tags.has('Verb') || t.tags.has('Plural')) return undefined;
  }
  return part;
}

/**
 * "and"/"&" inside a name only before a company suffix or head ("Eli Lilly
 * & Co.", "Johnson and Sons Ltd") or in a gazetteer name ("Bosnia and
 * Herzegovina"); otherwise it joins two names.
 */
function andBelongs(tokens: Token[], from: number, j: number, k: number): boolean {
  if (tokens.slice(j + 1, k).some((c) => c.lower === 'the')) return false;
  const next = tokens[k]!;
  const next2 = tokens[k + 1];
  if (/^(Co|Company|Sons|Partners|Associates|Inc|Corp|Ltd)\.?$/.test(next.text)) return true;
  if (next2 && !/[^ \t]/.test(next.post) && /^(Co|Company|Sons|Partners|Associates|Inc|Corp|Ltd)\.?$/.test(next2.text)) return true;
  const left = tokens.slice(from, j + 1).map((t) => t.text).join(' ');
  return lookupPlace(`${left} and ${next.text}`) !== undefined || lookupPlace(`${tokens[j]!.text} and ${next.text}`) !== undefined;
}

const isInstitutionHead = (t: Token): boolean => lex.orgHeads().has(t.lower.replace(/\.$/, '')) || lex.foreignOrgWords().has(foldText(t.lower));

/**
 * "and" inside an organization's name: "Securities and Exchange Commission",
 * "Ministry of Interior and Administration", "Organisation for Security and
 * Cooperation in Europe": the capitalized run after "and" ends in an
 * organization head, or continues a purpose name ("for X and Y in Z").
 */
function andInsideName(tokens: Token[], from: number, j: number, k: number, purpose: boolean): boolean {
  if (tokens.slice(j + 1, k).some((c) => c.lower === 'the') || j - from > 8 || tokens[from]!.tags.has('Person')) return false;
  let e = k;
  while (e + 1 < tokens.length && e - k < 4 && !/[^ \t]/.test(tokens[e]!.post) && isCap(tokens[e + 1]!.text) && namePart(tokens[e + 1]!)) e++;
  // two names joined: "GTE Corp. and SBC Communications", "Gaza Strip and West Bank"
  const complete = (a: number, b: number) => lex.orgSuffixes().has(tokens[b]!.lower.replace(/\.$/, '')) || placeHeadMap().get(foldText(tokens[b]!.text))?.has('last') === true || lookupPlace(tokens.slice(a, b + 1).map((t) => t.text).join(' ')) !== undefined;
  if (complete(from, j) || complete(k, e)) return false;
  if (isInstitutionHead(tokens[e]!) && !isInstitutionHead(tokens[j]!)) return true;
  return purpose && e === k && !isAcronymShape(tokens[k]!.text);
}

/** Words after which "of" stays inside a name: "Bank of X", "Republic of Y", "Chamber of Deputies". */
const OF_HEADS = new Set(['republic', 'commonwealth', 'empire', 'principality', 'khanate', 'canton', 'diocese', 'archdiocese', 'parish', 'town', 'village', 'borough', 'municipality', 'shire', 'kingdom', 'states', 'emirates', 'gulf', 'bay', 'isle', 'isles', 'cape', 'city', 'province', 'state', 'sea', 'strait', 'straits', 'horn', 'island', 'islands', 'duchy', 'emirate', 'sultanate', 'principality', 'lake', 'mount', 'museum', 'order', 'friends', 'sons', 'daughters', 'knights', 'mothers', 'secretariat', 'tribunal', 'house', 'houses', 'church', 'people', "people's", 'rights', 'congress', 'district', 'county', 'region', 'territory', 'port']);

/** Bodies named by their subject after "on": "Committee on Foreign Affairs", "Council on Energy Policy". */
const ON_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council', 'center', 'centre', 'conference', 'institute', 'panel', 'board', 'forum', 'convention', 'tribunal', 'office', 'taskforce']);

/**
 * "of"/"for" inside a name only after a head noun ("University of Chile",
 * "Federal Bureau of Investigation"); "Ana Lima of the Green Party" is two names.
 */
function ofBelongs(tokens: Token[], from: number, j: number, k: number): boolean {
  const w = tokens[j]!.lower.replace(/\.$/, '');
  if (lex.orgHeads().has(w) || OF_HEADS.has(w) || lex.foreignOrgWords().has(foldText(w))) return true;
  // a landmark head: "Palace of Westminster", "Grammy Hall of Fame", "Chapel of Saint X"; a head that is also a
  // family name only inside a longer name that is no person's ("Stuart Hall of the BBC" is a person and a body)
  const landmark = isCap(tokens[j]!.text) ? placeHeadMap().get(foldText(tokens[j]!.text)) : undefined;
  if (landmark && (landmark.has('last') || landmark.has('first'))) {
    if (!landmark.has('surname')) return true;
    const before = tokens[j - 1];
    if (j > from && before && !knownFirstName(before) && !/^(?:\p{Lu}\.)+$/u.test(before.text) && !before.tags.has('Person')) return true;
  }
  // "Treaty of Paris", "Battle of Arnhem": an event's name holds its place
  if (j === from && lex.eventNameHeads().has(w) && isCap(tokens[j]!.text)) return true;
  const left = tokens.slice(from, j + 1).map((t) => t.text).join(' ');
  if (lookupPlace(`${left} of ${tokens[k]!.text}`) !== undefined) return true;
  return commonNounOfPlace(tokens, from, j, k);
}

/**
 * "Voice of America": a capitalized everyday noun, inside a sentence, then
 * "of" and a country or region, names one thing (a broadcaster, a bank, a
 * battle) rather than two.
 */
export function commonNounOfPlace(tokens: Token[], from: number, j: number, k: number): boolean {
  const head = tokens[j]!;
  if (j !== from || head.first || /["“(]/.test(head.pre) || isTitleWord(head) || head.tags.has('Person') || head.tags.has('Place')) return false;
  if (lexiconTags(head.lower).length === 0 || !head.tags.has('Noun') || lex.eventNameHeads().has(head.lower)) return false;
  const place = lookupPlace(tokens[k]!.text);
  return place !== undefined && place.strong && /^(country|region)$/.test(place.kind) && (k + 1 >= tokens.length || /[^ \t]/.test(tokens[k]!.post) || !isCap(tokens[k + 1]!.text));
}

/**
 * A capitalized word that reads as a subject word rather than a name: no
 * personal, place or organization reading, no head word, no acronym
 * ("Arts", "Natural History", "Law"; not "Leeds", "Army", "NATO").
 */
function subjectWord(t: Token): boolean {
  if (!isCap(t.text) || isAcronymShape(t.text) || isInstitutionHead(t) || lookupPlace(t.text)?.strong) return false;
  return !['Person', 'Organization', 'FirstName', 'LastName', 'Acronym'].some((g) => t.tags.has(g));
}

/**
 * "School of Arts and Crafts", "Institute of State and Law", "Museum of
 * Local and Natural History": after "of" in a name, "and" joins two subject
 * words when both sides are everyday words and the name ends right after
 * ("University of Leeds and Oxford" joins two names: not everyday words).
 */
function subjectPair(tokens: Token[], j: number, k: number): boolean {
  if (!subjectWord(tokens[j]!) || tokens.slice(j + 1, k).some((c) => c.lower === 'the')) return false;
  let e = k;
  while (e - k < 2 && !/[^ \t]/.test(tokens[e]!.post) && tokens[e + 1] && isCap(tokens[e + 1]!.text) && namePart(tokens[e + 1]!)) e++;
  const after = tokens[e + 1];
  if (after && !/[^ \t]/.test(tokens[e]!.post) && /^(of|for|and|&)$/.test(after.lower)) return false;
  for (let q = k; q <= e; q++) if (!subjectWord(tokens[q]!)) return false;
  return true;
}

export function findNameSpans(tokens: Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const midCaps = new Set(tokens.filter((t) => !t.first && !/["“(‘'\[]/.test(t.pre) && isCap(t.text) && t.text !== 'I').map((t) => t.text));
  let i = 0;
  while (i < tokens.length) {
    const first = nameToken(tokens[i]!, tokens[i + 1], midCaps);
    if (!first) {
      i++;
      continue;
    }
    let j = i;
    let last = first;
    let purpose = false;
    let ofName = false; // the span crossed an "of" inside a name ("School of Arts")
    // Extend while the next word is capitalized or a connector followed by a capitalized word.
    while ((!last.possessive || POSSESSIVE_IN_NAMES.test(tokens[j]!.lower)) && !last.suffix && (!/[^ \t]/.test(tokens[j]!.post) || (/^['’]\s+$/.test(tokens[j]!.post) && POSSESSIVE_IN_NAMES.test(tokens[j]!.lower + "'"))) && j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[j]!.sentence) {
      const next = tokens[j + 1]!;
      const nextPart = namePart(next);
      // "I" continues a name only as a regnal numeral ("Seleucus I Nicator", "Jaber I"), never before a verb
      const regnal = next.text === 'I' && !tokens[j + 2]?.tags.has('Verb') && !tokens[j + 2]?.tags.has('Modal') && !tokens[j + 2]?.tags.has('Copula') && isCap(tokens[j]!.text) && !tokens[j]!.tags.has('Conjunction');
      // "the Rolling Stones' Keith Richards": a plural possessive before a first name is the band's member, not a name part
      if ((last.possessive || /^['’]/.test(tokens[j]!.post)) && knownFirstName(next)) break;
      if (nextPart && (next.text !== 'I' || regnal)) {
        j++;
        last = nextPart;
        continue;
      }
      // a title or a non-name acronym does not reach over "of" ("CEO of X", "Minister of Y")
      if (isTitleWord(tokens[j]!) || lex.acronymStop().has(tokens[j]!.text.toLowerCase())) break;
      // connectors: "of", "de la", "a la" (Spanish "a" only before an article)
      let k = j + 1;
      // "a la" (Spanish), "for a" (purpose names: "Movement for a Democratic X"), "in" after a purpose name
      const connector = (c: Token, at: number) => CONNECTORS.has(c.lower) || (c.lower === 'on' && at === j + 1 && ON_HEADS.has(tokens[j]!.lower)) || (/^(a|an)$/.test(c.lower) && (/^(la|las|los|el)$/.test(tokens[at + 1]?.lower ?? '') || tokens[at - 1]?.lower === 'for')) || (purpose && c.lower === 'in' && at === j + 1);
      while (k < tokens.length && k - j <= 3 && connector(tokens[k]!, k) && !/[^ \t]/.test(tokens[k]!.post)) k++;
      if (k === j + 1 || k >= tokens.length) break;
      // a bare "the" joins only an epithet, one word that ends the name ("Alexander the Great", "Robert the Bruce");
      // otherwise two names meet ("the Gulf War the Treaty of Paris", "renamed X Station the Y Station")
      if (tokens[j + 1]!.lower === 'the') {
        const afterEpithet = tokens[k + 1];
        const epithet = j - i < 3 && (!afterEpithet || afterEpithet.sentence !== tokens[k]!.sentence || /[^ \t]/.test(tokens[k]!.post) || (!isCap(afterEpithet.text) && !/^(of|for|and|&)$/.test(afterEpithet.lower)));
        if (!epithet) break;
      }
      const after = tokens[k]!;
      const afterPart = isCap(after.text) ? namePart(after) : undefined;
      if (!afterPart || after.sentence !== tokens[j]!.sentence) break;
      // "the Commission on Monday said": a date after a small word is the sentence's, not the name's
      if (after.tags.has('Date') || after.tags.has('WeekDay') || after.tags.has('Month')) break;
      if (tokens[j + 1]!.lower === 'in' && !lookupPlace(after.text)?.strong) break;
      // "&" between capitalized words is written inside names ("Simon & Schuster", "Marks & Spencer"); prose joins two names with "and"
      // (not a duo of people: "Dean & Gene", "Ann Lee & Tom Fry")
      const ampersand = k === j + 2 && tokens[j + 1]!.text === '&' && !knownFirstName(tokens[k]!);
      if (!ampersand && tokens.slice(j + 1, k).some((c) => c.lower === 'and' || c.lower === '&') && !andBelongs(tokens, i, j, k) && !andInsideName(tokens, i, j, k, purpose) && !(ofName && subjectPair(tokens, j, k))) break;
      if (/^(of|for)$/.test(tokens[j + 1]!.lower) && !ofBelongs(tokens, i, j, k) && !purpose) break;
      // "Organisation for Security ...", "Association for the Advancement of ...": the rest of the name may hold more small words
      if ((tokens[j + 1]!.lower === 'for' && isInstitutionHead(tokens[j]!)) || tokens[j + 1]!.lower === 'on') purpose = true;
      if (/^(of|for)$/.test(tokens[j + 1]!.lower)) ofName = true;
      j = k;
      last = afterPart;
    }
    const start = first.start;
    const end = last.end;
    if (end > start) spans.push({ from: i, to: j + 1, start, end });
    i = j + 1;
  }
  return joinCommaPlaces(tokens, joinFirmNames(tokens, spans));
}

/**
 * A place whose own name holds a comma ("Washington, D.C."): two names joined by ", " that the gazetteer knows
 * together, written without it ("Washington D.C."), are one name, not a town and the state it lies in. The parse
 * may run the second name on into the next sentence ("D.C. The"): the words after the place stay a span of their own.
 */
function joinCommaPlaces(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let a = 0; a < spans.length; a++) {
    const x = spans[a]!;
    const y = spans[a + 1];
    const to = y && y.from === x.to && /^,\s+$/.test(tokens[x.to - 1]!.post) ? commaPlaceEnd(tokens, x, y) : undefined;
    if (to === undefined) {
      out.push(x);
      continue;
    }
    const rest = to < y!.to ? namePart(tokens[to]!) : undefined;
    out.push({ from: x.from, to, start: x.start, end: rest ? (namePart(tokens[to - 1]!)?.end ?? tokens[to - 1]!.end) : y!.end });
    if (rest) out.push({ from: to, to: y!.to, start: rest.start, end: y!.end });
    a++;
  }
  return out;
}

/** The end (exclusive) of the longest start of span y that makes one known place with x, if any. */
function commaPlaceEnd(tokens: Token[], x: NameSpan, y: NameSpan): number | undefined {
  for (let to = y.to; to > y.from; to--) {
    if (lookupPlace(tokens.slice(x.from, to).map((t) => t.text).join(' '))) return to;
  }
  return undefined;
}

/** Legal forms written after a comma: "X, Inc.", "Y, S.A.". */
const LEGAL_FORM = /^(?:Inc|Ltd|LLC|L\.L\.C|Corp|plc|PLC|S\.A|SA|S\.p\.A|GmbH|AG|N\.V|B\.V|LLP|Pty)\.?$/;
/** The last words of a partnership's name: "& Co.", "and Partners". */
const FIRM_TAIL = /^(?:Co|Company|Partners|Associates|Sons|LLP)\.?$/;

/**
 * A partnership's name lists its partners with commas ("Brannick, Tolliver &
 * Co.", "Hale, Dorr and Partners"): short names joined by ", " to a name that
 * ends in "& Co." or "and Partners" are one name. Linear in the spans.
 */
function joinFirmNames(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let a = 0; a < spans.length; a++) {
    let b = a;
    // a run of one- or two-word names, each followed by just ", " and then the next name
    while (b + 1 < spans.length && spans[b]!.to - spans[b]!.from <= 2 && spans[b + 1]!.from === spans[b]!.to && /^,\s+$/.test(tokens[spans[b]!.to - 1]!.post)) b++;
    const tail = spans[b]!;
    const words = tokens.slice(tail.from, tail.to);
    // "& Co.", "and Partners", maybe with a legal form after it ("and Partners LLP")
    const k = words.length - (/^(?:LLP|LLC|Inc|Ltd|plc)\.?$/.test(words[words.length - 1]?.text ?? '') ? 2 : 1);
    const firm = b > a && k >= 2 && FIRM_TAIL.test(words[k]!.text) && /^(?:&|and)$/.test(words[k - 1]!.text);
    // "Toon Town Animation, Inc.": a legal form after a comma closes the name before it
    const form = spans[a + 1];
    if (!firm && form && form.to - form.from === 1 && form.from === spans[a]!.to && LEGAL_FORM.test(tokens[form.from]!.text) && /^,\s+$/.test(tokens[spans[a]!.to - 1]!.post)) {
      out.push({ from: spans[a]!.from, to: form.to, start: spans[a]!.start, end: form.end });
      a++;
      continue;
    }
    if (!firm) {
      out.push(spans[a]!);
      continue;
    }
    out.push({ from: spans[a]!.from, to: tail.to, start: spans[a]!.start, end: tail.end });
    a = b;
  }
  return out;
}
