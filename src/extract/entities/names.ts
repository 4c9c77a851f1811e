import type { EntityType } from '../../model/ontology.js';
import type { Candidate } from './candidate.js';
import { P } from './candidate.js';
import { isDemonym, lookupPlace } from './gazetteer.js';
import { acronymCandidate, isKnownOrg, isOrgHead, orgContext, orgShape } from './organizations.js';
import { isFirstName, isInitial, knownFirstName, isTitleQualifier, isTitleWord, personContextAfter, personShape, splitAtTitle, titleBefore } from './people.js';
import { placeContext, placesInSpan } from './places.js';
import { commonNounOfPlace, namePart, type NameSpan } from './spans.js';
import { lexiconTags } from '../nlp.js';
import { foldText } from '../../model/text.js';
import { lex, placeHeadMap } from './lexicons.js';
import { isAllCaps, isCap, type Token } from './tokens.js';

/**
 * Types each capitalized name span by its shape (heads, first names,
 * gazetteer), its titles, and the words around it. A span no rule can type
 * is proposed untyped: document-level identity may still recognise it as a
 * surname or a short name seen elsewhere.
 */
export function classifySpans(tokens: Token[], spans: NameSpan[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const span of spans) {
    if (numberedPlace(tokens, span, text, out)) continue;
    classify(tokens, span.from, span.to, text, out, true);
  }
  for (const c of out) {
    if (c.type === 'Place' && c.tokEnd !== undefined) withDesignatorAlias(tokens, c, text);
    if (c.type === 'Organization' && c.tok !== undefined) withOrdinal(tokens, c, text);
    if (c.tok !== undefined) withLandmarkNoun(tokens, c, text);
    if (c.type === 'Place' || c.type === 'Organization' || c.tok === undefined) continue;
    if (kinBefore(tokens, c.tok)) c.kin = true;
    if (c.type === undefined && tokens.slice(c.tok, c.tokEnd ?? c.tok + 1).some((t) => t.tags.has('Person') || knownFirstName(t))) c.personal = true;
  }
  return out;
}

/**
 * A span right after "<title> of [the]" that ends in a personal name
 * ("Secretary of State Ana Ruiz", "Minister of Foreign Affairs Ali Musa"):
 * the index where the person's name starts, at a first name or initial, or
 * after the office's ordinary words. Undefined when no two-word name is left.
 */
function officeSplit(tokens: Token[], from: number, to: number): number | undefined {
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !tokens[k - 1] || !isTitleWord(tokens[k - 1]!)) return undefined;
  if (to - from < 3) return undefined;
  for (let i = from + 1; i <= to - 2; i++) if (knownFirstName(tokens[i]!) || isInitial(tokens[i]!)) return i;
  let i = from;
  const ordinary = (t: Token) => !isNameLike(t) || isOrgHead(t) || lexiconTags(t.lower.replace(/s$/, '')).length > 0;
  while (i < to && ordinary(tokens[i]!)) i++;
  return i > from && to - i >= 2 ? i : undefined;
}

/** Lowercase nouns of built and natural landmarks that encyclopedias write after a name ("the Varnell bridge"). */
const LANDMARK_NOUNS = new Set(['river', 'estuary', 'creek', 'chapel', 'church', 'cathedral', 'abbey', 'monastery', 'mosque', 'temple', 'mansion', 'palace', 'castle', 'fortress', 'bridge', 'lighthouse', 'motorway', 'highway', 'station', 'reef', 'reefs', 'canal', 'tunnel', 'dam', 'reservoir', 'glacier', 'waterfall', 'falls']);

/**
 * "the Varnell bridge", "the Ossory chapel": a name nothing else typed, then
 * a landmark noun that ends the phrase, is the landmark's name, noun
 * included. Not a known place ("a Lisbon museum" is a museum in Lisbon) nor
 * a name typed otherwise, except a guessed person after "the".
 */
function withLandmarkNoun(tokens: Token[], c: Candidate, text: string): void {
  const to = c.tokEnd ?? c.tok! + 1;
  const last = tokens[to - 1]!;
  const noun = tokens[to];
  if (!noun || /[^ \t]/.test(last.post) || noun.sentence !== last.sentence || !LANDMARK_NOUNS.has(noun.lower) || isCap(noun.text) || namePart(last)?.possessive) return;
  const after = tokens[to + 1];
  if (after && !/[^ \t]/.test(noun.post) && after.tags.has('Noun') && !after.tags.has('Pronoun') && !isCap(after.text)) return; // "river basin", "station building"
  const the = tokens[c.tok! - 1]?.lower === 'the';
  if (!(c.type === undefined || (c.type === 'Person' && the && c.priority < P.title))) return;
  c.end = noun.end;
  c.text = text.slice(c.start, c.end);
  c.tokEnd = to + 1;
  c.type = 'Place';
  c.priority = P.placeWeak + 5;
  c.rule = 'landmark-noun';
}

/** Lowercase words after a place's name that say what unit of government it is ("Hyogo prefecture"). */
const LOWER_DESIGNATORS = new Set(['province', 'prefecture', 'district', 'county', 'region', 'municipality', 'governorate', 'oblast', 'department', 'canton', 'voivodeship']);

/**
 * "Kerala's Idukki district", "Gifu prefecture": the name with its lowercase designator is a form of the
 * same place, kept as an alias (the mention stays the bare name, which the rest of the document uses).
 */
function withDesignatorAlias(tokens: Token[], c: Candidate, text: string): void {
  const last = tokens[c.tokEnd! - 1]!;
  const next = tokens[c.tokEnd!];
  if (!next || next.sentence !== last.sentence || /[^ \t]/.test(last.post) || namePart(last)?.possessive || !LOWER_DESIGNATORS.has(next.text)) return;
  // "the Ostland district court": the designator opens a body's name, not the place's
  const after = tokens[c.tokEnd! + 1];
  if (after && after.sentence === next.sentence && !/[^ \t]/.test(next.post) && after.tags.has('Noun') && !after.tags.has('Pronoun') && !isCap(after.text)) return;
  c.extraAliases = [...(c.extraAliases ?? []), text.slice(c.start, next.end)];
}

/** "12th", "2nd", "Sixty-ninth", "third": an ordinal number word. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|(?:\p{L}+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth))$/iu;

/**
 * "the 82nd Airborne Division", "the Sixty-ninth Congress": units and
 * sessions are named with their number, and without it the name is another
 * body (the division, the congress). The ordinal right before an
 * organization name joins it.
 */
function withOrdinal(tokens: Token[], c: Candidate, text: string): void {
  const prev = tokens[c.tok! - 1];
  if (!prev || /[^ \t]/.test(prev.post) || prev.sentence !== tokens[c.tok!]!.sentence || !ORDINAL.test(prev.text)) return;
  // a lowercase word ordinal is a count in the sentence ("the first Congress"), not part of the name
  if (/^\p{Ll}/u.test(prev.text) && !prev.text.includes('-')) return;
  c.start = prev.start;
  c.text = text.slice(c.start, c.end);
  c.tok = prev.i;
}

/** Heads of places that are told apart by a number after them: "U.S. Route 64", "Interstate 5", "School District 211". */
const NUMBERED_HEADS = new Set(['route', 'highway', 'interstate', 'district', 'motorway', 'autobahn', 'expressway']);

/** A span ending in a numbered head, then its number: one place, number included. */
function numberedPlace(tokens: Token[], span: NameSpan, text: string, out: Candidate[]): boolean {
  const last = tokens[span.to - 1]!;
  const next = tokens[span.to];
  if (!next || !NUMBERED_HEADS.has(last.lower) || /[^ \t]/.test(last.post) || next.sentence !== last.sentence || !/^\d{1,4}[A-Z]?$/.test(next.text)) return false;
  const start = startOf(tokens[span.from]!);
  out.push({ start, end: next.end, text: text.slice(start, next.end), type: 'Place', priority: P.placeStrong, rule: 'numbered-place', tok: span.from, tokEnd: span.to + 1 });
  return true;
}

/** A kinship word a few words before token `from`, in the same clause ("the daughter of independence hero X"). */
function kinBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[from]!.sentence || /[^ \t]/.test(t.post)) return false;
    if (lex.kinship().has(t.lower)) return true;
  }
  return false;
}

function startOf(t: Token): number {
  return namePart(t)?.start ?? t.start;
}
function endOf(t: Token): number {
  return namePart(t)?.end ?? t.end;
}

function classify(tokens: Token[], from: number, to: number, text: string, out: Candidate[], outer: boolean, noPerson = false): void {
  // trim connectors and a leading article left at the edges by a split
  while (from < to && (/^(the|of|and|&)$/i.test(tokens[from]!.text) || !namePart(tokens[from]!))) from++;
  while (to > from && !namePart(tokens[to - 1]!) && !/^(Co|Inc|Corp|Ltd)\.?$/.test(tokens[to - 1]!.text)) to--;
  if (from >= to) return;
  const start = startOf(tokens[from]!);
  const end = endOf(tokens[to - 1]!);
  const name = text.slice(start, end);
  const n = to - from;
  const push = (type: EntityType | undefined, priority: number, rule: string, extra: Partial<Candidate> = {}): void => {
    out.push({ start, end, text: name, type, priority, rule, tok: from, tokEnd: to, ...extra });
  };

  if (isKnownOrg(name)) return push('Organization', P.known, 'known-org');
  // "US" in capitals is the country (the gazetteer cannot hold it: folded, it is the pronoun "us")
  if (n === 1 && name === 'US') return push('Place', P.placeStrong, 'gazetteer', { ref: lookupPlace('USA')?.ref ?? 'country:US' });
  // "Gulf War", "Treaty of Paris", "Tokyo Motor Show": an event's, contest's or agreement's name, no actor and no place
  if (outer && n >= 2 && eventName(tokens, from, to)) return push(undefined, P.guess, 'event-name');
  // The whole name in the gazetteer: looked up once, asked below several times.
  // "Washington, D.C.": a place whose name holds a comma is known written without it (spans.ts joinCommaPlaces).
  const whole = lookupPlace(name) ?? (name.includes(', ') ? lookupPlace(name.replace(/,\s+/g, ' ')) : undefined);
  if (whole?.strong && whole.kind !== 'city' && n > 1) return push('Place', P.placeStrong, 'gazetteer', { ref: whole.ref });
  // "County Durham", "County Cork": the Irish and British order, designator first, before a known place
  if (n >= 2 && tokens[from]!.text === 'County' && (lookupPlace(text.slice(startOf(tokens[from + 1]!), end)) || tokens.slice(from + 1, to).every((t) => t.tags.has('City') || t.tags.has('Region')))) return push('Place', P.placeStrong, 'county-first');
  const shape = orgShape(tokens, from, to, isFirstName(tokens[from]!));
  if (shape === 2) return push('Organization', P.orgShape, 'org-head');
  // "Simon & Schuster", "Marks & Spencer": partners' names joined by "&" name a firm, never one person
  if (n >= 3 && tokens.slice(from + 1, to - 1).some((t) => t.text === '&')) return push('Organization', P.orgShape - 5, 'ampersand');
  if (n === 3 && tokens[from + 1]!.lower === 'of' && commonNounOfPlace(tokens, from, from, from + 2)) return push('Organization', P.orgShape - 10, 'noun-of-place');
  // "Marlow General Hospital": a landmark head outranks a title word inside the name
  const landmark = placeShape(tokens, from, to);
  // a landmark head at the end outranks an organization word inside ("Union Bank Tower")
  const lastIsLandmark = landmark && (placeHeadMap().get(foldText(tokens[to - 1]!.text))?.has('last') ?? false);
  if (landmark && (shape === 0 || (shape === 1 && lastIsLandmark)) && !(n === 2 && isTitleWord(tokens[from]!))) return push('Place', P.personShape, 'place-head');
  if (n === 2 && shape === 0 && placeHeadMap().get(foldText(tokens[to - 1]!.text))?.has('surname') && knownFirstName(tokens[from]!)) return push(noPerson ? undefined : 'Person', P.personShape, 'person-shape');

  // "Chancellor of the Exchequer Kenneth Clarke": the office's object, then the person
  const office = outer ? officeSplit(tokens, from, to) : undefined;
  if (office !== undefined) {
    const pStart = startOf(tokens[office]!);
    out.push({ start: pStart, end, text: text.slice(pStart, end), type: 'Person', priority: P.title, rule: 'title', tok: office, tokEnd: to });
    classify(tokens, from, office, text, out, false, true);
    return;
  }
  // "Prime Minister Ilse Marwick", "New Party X President Masayoshi Y"
  const split = splitAtTitle(tokens, from, to);
  if (split) {
    const nameFrom = split.nameFrom;
    // "Senator Budget", "Minister Program": a lone everyday word after a title word is no name
    const everyday = to - nameFrom === 1 && isEverydayWord(tokens[nameFrom]!);
    // "Dissident Quorvan Front leader X": the words after the title name the body its leader heads, not a person
    const body = !tokens.slice(nameFrom, to).some((t) => isFirstName(t)) && orgContext(tokens, nameFrom, to, text).org;
    if (body && !everyday) {
      const bStart = startOf(tokens[nameFrom]!);
      out.push({ start: bStart, end, text: text.slice(bStart, end), type: 'Organization', priority: P.orgShape - 10, rule: 'org-context', tok: nameFrom, tokEnd: to });
      return;
    }
    if (!everyday && !body && orgShape(tokens, nameFrom, to, isFirstName(tokens[nameFrom]!)) === 0 && !lookupPlace(text.slice(startOf(tokens[nameFrom]!), end))?.strong) {
      const pStart = startOf(tokens[nameFrom]!);
      // a style that is part of how the person is known ("Pope Sixtus V", "Queen Beatrix") is kept as an alias
      const style = tokens[nameFrom - 1]!;
      const styled = STYLES.has(style.lower.replace(/\.$/, '')) && nameFrom - 1 === split.titleFrom ? { extraAliases: [text.slice(startOf(style), end)] } : {};
      out.push({ start: pStart, end, text: text.slice(pStart, end), type: 'Person', priority: P.title, rule: 'title', tok: nameFrom, tokEnd: to, ...styled });
      if (split.titleFrom > from) classify(tokens, from, split.titleFrom, text, out, false, true);
      return;
    }
  }
  // "Union officials said": a lone head word at a sentence start is a common noun
  if (n === 1 && (tokens[from]!.first || /["“(]/.test(tokens[from]!.pre)) && isOrgHead(tokens[from]!)) return;
  if (tokens.slice(from, to).every((t) => isTitleQualifier(t)) && !(n === 1 && acronymCandidate(tokens[from]!))) return;
  if (n > 1 && n <= 3 && isDemonym(name)) return push(undefined, P.guess, 'demonym'); // "Sri Lankan", "Costa Rican"
  // "South Korean Park Min-soo", "Dutch Anna de Vries": a nationality before a person's name is no part of it
  const demonymWords = isDemonym(tokens[from]!.text) ? 1 : n > 2 && isDemonym(text.slice(startOf(tokens[from]!), endOf(tokens[from + 1]!))) ? 2 : 0;
  if (demonymWords && n - demonymWords >= 2 && (knownFirstName(tokens[from + demonymWords]!) || personShape(tokens, from + demonymWords, to) > 0) && orgShape(tokens, from + demonymWords, to, true) === 0) {
    classify(tokens, from + demonymWords, to, text, out, outer, noPerson);
    return;
  }
  // "senior Republicans Tom Reed", "Social Democrat Anna Berg": a party's member word before a person's name is no part of it
  const partyWords = lex.partyPlurals().has(tokens[from]!.lower) ? 1 : n > 2 && lex.partyPlurals().has(`${tokens[from]!.lower} ${tokens[from + 1]!.lower}`) ? 2 : 0;
  if (partyWords && n - partyWords >= 2 && knownFirstName(tokens[from + partyWords]!) && orgShape(tokens, from + partyWords, to, true) === 0) {
    classify(tokens, from + partyWords, to, text, out, outer, noPerson);
    return;
  }
  if (n === 1 && isDemonym(name)) {
    // "Balkan planes": an adjective, maybe the short name of "Balkan Airlines"
    const next = tokens[to];
    if (!whole || (next && !/[^ \t]/.test(tokens[to - 1]!.post) && !isCap(next.text))) return push(undefined, P.guess, 'demonym');
  }

  // an agency headline in capitals ("ITALIAN LEAGUE RESULTS"): only places are trusted
  if (n >= 2 && tokens.slice(from, to).every((t) => isAllCaps(t.text) && t.text.replace(/\W/g, '').length >= 4) && !whole) {
    for (const p of placesInSpan(tokens, { from, to, start, end })) {
      const s = startOf(tokens[p.from]!);
      out.push({ start: s, end: p.end, text: text.slice(s, p.end), type: 'Place', priority: P.placeStrong, rule: 'gazetteer-inner', ref: p.entry.ref, tok: p.from, tokEnd: p.to });
    }
    return;
  }
  const place = whole;
  const ctxPlace = placeContext(tokens, from, to);
  if (place && (place.strong || ctxPlace)) return push('Place', place.strong ? P.placeStrong : P.placeWeak, 'gazetteer', { ref: place.ref });

  const article = (ROMANCE_ARTICLES.has(tokens[from]!.text) || DIRECTIONS.has(tokens[from]!.lower)) && n >= 2;
  if (article) noPerson = true;
  const pShape = article ? 0 : personShape(tokens, from, to);
  const before = outer ? titleBefore(tokens, from) : undefined;
  const org = orgContext(tokens, from, to, text);
  // A lone capitalized word opening a sentence ("Opposition lawmakers said") may be a common noun:
  // only a copula ("X is the group's arm") or the rest of the document can type it.
  const exposed = n === 1 && (tokens[from]!.first || /["“(]/.test(tokens[from]!.pre)) && !tokens[from]!.tags.has('Person') && !acronymCandidate(tokens[from]!);
  if (exposed && !org.copula) return push(undefined, P.guess, 'untyped-initial');
  if (org.body) {
    const bodyText = text.slice(org.body.start, org.body.end);
    out.push({ start: org.body.start, end: org.body.end, text: bodyText, type: 'Organization', priority: P.descriptiveOrg + 1, rule: 'org-body', tok: from, tokEnd: org.body.to });
  }
  if (before === 'kin' || (before === 'title' && n >= 2 && !org.org)) return push(noPerson ? undefined : 'Person', P.title, 'title-before');
  if (shape === 1) return push('Organization', P.orgShape - 5, 'org-head-inner');
  if (pShape === 2 && !org.org) return push(noPerson ? undefined : 'Person', P.personShape, 'person-shape');
  if (org.org) {
    return push('Organization', P.orgShape - 10, 'org-context', org.alias ? { extraAliases: [text.slice(org.alias.start, org.alias.end)] } : {});
  }
  if (ctxPlace === 'strong') return push('Place', P.placeWeak, 'place-context');
  if (pShape === 1 || (n >= 2 && n <= 4 && personContextAfter(tokens, to))) return push(noPerson ? undefined : 'Person', P.personShape - 5, 'person-guess');
  if (before === 'title' && n === 1) return push(undefined, P.guess + 5, 'title-single');
  // a standalone acronym is a body's short name; one split out of a longer span ("SVCD Bulgaria") may be a product
  // or a code, and identity drops it unless it is said again
  if (n === 1 && acronymCandidate(tokens[from]!)) return push('Organization', P.acronym, outer ? 'acronym-name' : 'acronym');

  // Nothing typed the whole span: places inside it ("SVCD Bulgaria"), acronyms, then the rest untyped.
  const inner = n > 1 ? placesInSpan(tokens, { from, to, start, end }).filter((p) => p.entry.strong) : [];
  // a part of a place: "Lower Austria", "Old Montreal", "Midtown Manhattan"
  if (inner.length === 1 && inner[0]!.to === to && inner[0]!.from > from && tokens.slice(from, inner[0]!.from).every((t) => PLACE_PARTS.has(t.lower))) return push('Place', P.placeStrong, 'place-part');
  // a sports club: a place, then a plural nickname or a club word ("Chicago Bears", "Leeds United")
  if (inner.length && inner[0]!.from === from && inner[0]!.to < to && to - inner[0]!.to <= 2 && isClubTail(tokens, inner[0]!.to, to)) return push('Organization', P.orgShape - 10, 'club');
  // "Statistics Canada", "Denver Water", "Bell Canada": a country or city and an everyday word, capitalized as one
  // name, name a body (not the place and a stray word)
  if (n === 2 && inner.length === 1 && inner[0]!.to - inner[0]!.from === 1 && /^(country|city)$/.test(inner[0]!.entry.kind)) {
    const other = tokens[inner[0]!.from === from ? from + 1 : from]!;
    const noun = other.tags.has('Noun') && !other.tags.has('Adjective') && !other.tags.has('Pronoun') && !knownFirstName(other) && !lex.eventNameHeads().has(other.lower);
    if (noun && isEverydayWord(other) && /^\p{Lu}\p{Ll}{2,}$/u.test(other.text) && !PLACE_PARTS.has(other.lower) && other.lower !== 'united' && !isDemonym(other.text) && !isTitleWord(other) && !placeHeadMap().has(foldText(other.text))) return push('Organization', P.orgShape - 10, 'place-named-body');
  }
  // "Leicester City", "Bristol City": a city's name and "City" that the gazetteer does not know as a city is its club
  if (inner.length === 1 && inner[0]!.from === from && inner[0]!.to === to - 1 && tokens[to - 1]!.text === 'City' && inner[0]!.entry.kind === 'city') return push('Organization', P.orgShape - 10, 'club');
  const around = wholeAroundPlace(tokens, from, to, inner);
  if (around) return push(around, around === 'Place' ? P.placeStrong : P.orgShape - 10, around === 'Place' ? 'place-around-place' : 'place-named-body');
  // "Tampa Bay Rays", "Dunedin Public Art Gallery": places inside a run of capitalized words that no rule typed as a
  // whole are parts of one name, not places beside stray words; the run stays whole and untyped (context or the typer
  // types it). Not across a title, first name or nationality, where two names do meet ("Kenya President Moi").
  if (inner.length && oneNameAroundPlaces(tokens, from, to)) return push(undefined, P.guess, 'untyped');
  if (inner.length) {
    let k = from;
    for (const p of inner) {
      if (p.from > k) classify(tokens, k, p.from, text, out, false);
      const s = startOf(tokens[p.from]!);
      out.push({ start: s, end: p.end, text: text.slice(s, p.end), type: 'Place', priority: P.placeStrong, rule: 'gazetteer-inner', ref: p.entry.ref, tok: p.from, tokEnd: p.to });
      k = p.to;
    }
    if (k < to) classify(tokens, k, to, text, out, false);
    return;
  }
  if (n > 1 && acronymCandidate(tokens[from]!)) {
    classify(tokens, from, from + 1, text, out, false);
    classify(tokens, from + 1, to, text, out, false);
    return;
  }
  // "the Khmer Rouge", "the Rolling Stones": unknown words after "the" name a group or a body, not a person
  const afterThe = tokens[from - 1]?.lower === 'the' && !/[^ \t]/.test(tokens[from - 1]!.post);
  if (n >= 2 && n <= 3 && tokens.slice(from, to).every((t) => isNameLike(t))) return push(noPerson || afterThe ? undefined : 'Person', P.guess, 'person-unknown-words');
  // a regnal name: "Seleucus I Nicator", "Abdullah II"
  const numeral = tokens.slice(from + 1, to).findIndex((t) => ROMAN.test(t.text));
  if (numeral >= 0 && n <= 4 && isNameLike(tokens[from]!) && !tokens[from]!.tags.has('Place')) return push(noPerson ? undefined : 'Person', P.guess, 'person-regnal');
  push(undefined, P.guess, 'untyped');
}

/** May a capitalized run holding known places be one name? Plain spaces only, no title, first name or nationality in it. */
function oneNameAroundPlaces(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.every((t) => isAllCaps(t.text))) return false;
  // at a sentence start capitals prove nothing; before a lowercase noun the run is a modifier ("a TVX Asia player")
  const first = tokens[from]!;
  const next = tokens[to];
  if (first.first || /["“(]/.test(first.pre) || (next && !/[^ \t]/.test(tokens[to - 1]!.post) && next.tags.has('Noun') && !isCap(next.text))) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i < to - 1 && /[^ \t]/.test(t.post)) return false;
    // a participle ("Units Defending Lisbon") is a verb written with a capital, not a word of a name
    const participle = /\p{Ll}(?:ing|ed)$/u.test(t.text) && !lookupPlace(t.text);
    if (!isCap(t.text) || participle || t.tags.has('Verb') || isTitleWord(t) || knownFirstName(t) || isDemonym(t.text) || t.tags.has('Person')) return false;
  }
  return true;
}

/** Words after a known place that name a unit of government of that place ("Kano State", "Yukon Territory"). */
const ADMIN_DESIGNATORS = new Set(['state', 'territory', 'governorate', 'voivodeship', 'oblast', 'krai', 'okrug', 'canton', 'prefecture', 'province', 'region', 'district', 'county']);

/**
 * A span holding one known place and other capitalized words, that no
 * rule typed as a whole, is one name rather than a place and a stray word:
 * - the place and an administrative designator: "Kano State", "Yukon Territory"
 *   (not a US state before "State": "Iowa State" is a university or a team);
 * - a demonym or capitalized adjective before a country or region: "Soviet
 *   Russia", "Iranian Kurdistan", "Victorian England" (a period or part of it);
 * - a body's short name (an acronym, or a word no lexicon knows) before a
 *   country, region or city, mid-sentence: "TVX Asia", "Zorblatt France" (its
 *   national branch), "Zorblatt Montreal" (its studio there).
 * Returns the type of the whole, or undefined to split as before.
 */
function wholeAroundPlace(tokens: Token[], from: number, to: number, inner: ReadonlyArray<{ from: number; to: number; entry: { kind: string; ref: string } }>): EntityType | undefined {
  if (inner.length !== 1) return undefined;
  const p = inner[0]!;
  const designator = tokens[to - 1]!.lower;
  // (a US state before "State" names its university or team: "Iowa State")
  if (p.from === from && p.to === to - 1 && ADMIN_DESIGNATORS.has(designator) && isCap(tokens[to - 1]!.text) && !(designator === 'state' && p.entry.ref.startsWith('sub:US-'))) return 'Place';
  if (p.to !== to || p.from !== from + 1 || !/^(country|region|city)$/.test(p.entry.kind)) return undefined;
  const first = tokens[from]!;
  if (knownFirstName(first) || first.tags.has('Person') || isTitleWord(first) || PLACE_PARTS.has(first.lower)) return undefined;
  if (isDemonym(first.text) || (first.tags.has('Adjective') && !first.tags.has('Noun'))) return p.entry.kind === 'city' ? undefined : 'Place';
  // at a sentence start capitals prove nothing; before a lowercase noun the name is a modifier ("a TVX Asia player": a product)
  const next = tokens[to];
  if (((first.first || /["“(]/.test(first.pre)) && !acronymCandidate(first)) || (next && !/[^ \t]/.test(tokens[to - 1]!.post) && next.tags.has('Noun') && !isCap(next.text))) return undefined;
  const unknownWord = lexiconTags(first.lower).length === 0 && !['Place', 'Verb', 'Gerund', 'Adjective', 'Plural'].some((g) => first.tags.has(g)) && /^\p{Lu}\p{Ll}{2,}$/u.test(first.text);
  if (acronymCandidate(first) || unknownWord) return 'Organization';
  return undefined;
}

/** Words that end the names of sports clubs after a place ("Leeds United", "Melbourne Victory"). */
const CLUB_WORDS = new Set(['united', 'victory', 'athletic', 'athletico', 'albion', 'rovers', 'wanderers', 'hotspur', 'rangers', 'celtic', 'dynamo', 'olympic', 'olympique', 'sporting', 'real']);

function isClubTail(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  if (tokens.slice(from, to).some((t) => !namePart(t) || isDemonym(t.text) || placeHeadMap().has(foldText(t.text)) || isTitleWord(t))) return false;
  if (CLUB_WORDS.has(last.lower)) return true;
  // a plural nickname: "Bears", "Knicks", "Volcanoes" (not a possessive, not an initial)
  return /\p{Ll}s$/u.test(last.text) && !namePart(last)!.possessive && last.text.length > 3 && !lookupPlace(last.text);
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Articles that open names of places and bodies, never of people ("La Moneda", "El Teniente"). */
/** Compass words open place names, not personal names ("Central Java"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'new', 'old', 'great', 'little', 'northeast', 'northwest', 'southeast', 'southwest']);
const ROMANCE_ARTICLES = new Set(['La', 'El', 'Los', 'Las', 'Le', 'Les', 'Il', 'Lo', 'Der', 'Die', 'Das', 'Het']);

/** Royal, noble and religious styles that stay with a name as one of its forms. */
const STYLES = new Set(['prophet', 'viscountess', 'marquess', 'archduchess', 'tsarina', 'pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'shah', 'tsar', 'czar', 'duke', 'duchess', 'count', 'countess', 'baron', 'baroness', 'viscount', 'marquis', 'lord', 'lady', 'sir', 'dame', 'saint', 'st', 'cardinal', 'archduke', 'grand duke', 'rabbi', 'imam', 'ayatollah']);

/** Words that name a part of a place before its name ("Upper Egypt", "Downtown Beirut"). */
const PLACE_PARTS = new Set([...DIRECTIONS, 'downtown', 'midtown', 'uptown', 'inner', 'outer', 'far', 'middle', 'metropolitan', 'greater']);

/** A word compromise's lexicon knows as an ordinary (non-name) word, and the parse does not read as a name here. */
function isEverydayWord(t: Token): boolean {
  if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Place') || t.tags.has('Organization')) return false;
  const known = lexiconTags(t.lower);
  return known.length > 0 && !known.some((tag) => /Person|Name|Place|Organization/.test(tag));
}
/** A word compromise knows only as a name, or not at all. */
function isNameLike(t: Token): boolean {
  if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) return true;
  if (t.tags.has('Adjective') || t.tags.has('Verb') || t.tags.has('Plural') || t.tags.has('Acronym') || t.tags.has('Place') || t.tags.has('Value')) return false;
  const known = lexiconTags(t.lower);
  if (known.length > 0 && !known.some((tag) => /Person|Name/.test(tag))) return false; // "New", "Advanced": ordinary words
  if (lex.foreignOrgWords().has(foldText(t.text))) return false;
  return t.tags.has('ProperNoun') || !t.tags.has('Singular');
}

/** "Tiananmen Square", "Plaza de Mayo": a landmark or geographic name by its head word. */
function placeShape(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const heads = placeHeadMap();
  // a possessive head is still the head: "the Tarvel River's mouth"
  const last = heads.get(foldText(namePart(tokens[to - 1]!)?.text ?? tokens[to - 1]!.text));
  const first = heads.get(foldText(tokens[from]!.text));
  // "Benny Hill": a first name before a head that is also a family name
  if (last?.has('surname') && to - from === 2 && knownFirstName(tokens[from]!)) return false;
  if ((last?.has('last') ?? false) || (first?.has('first') ?? false)) return true;
  if (first?.has('first-of') && tokens[from + 1]!.lower === 'of') return true;
  // "Museum of Modern Art": a head followed by "of"
  for (let k = from; k < to - 1; k++) if (heads.get(foldText(tokens[k]!.text))?.has('last') && tokens[k + 1]!.lower === 'of') return true;
  return false;
}


/**
 * A name of an event, contest, prize or agreement: it ends in such a word
 * ("Gulf War", "Rome Prize") or opens with one before "of" ("Treaty of
 * Paris", "Battle of X"; not the bodies "Council of X", "Congress of Y").
 */
function eventName(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  if (lex.eventNameTails().has(last.lower) && isCap(last.text)) return true;
  const first = tokens[from]!;
  return tokens[from + 1]?.lower === 'of' && lex.eventNameHeads().has(first.lower) && !isOrgHead(first);
}
