import type { ExtractedEntity, TextSpan } from '../../model/extraction.js';
import { sentenceOf } from '../context.js';
import type { DocumentContext } from '../types.js';
import { addressChains, placeRank } from './chains.js';
import { containment, type PlaceReading } from './containment.js';
import { relationCues } from './cues.js';
import { placeKey, placeKnowledge } from './places.js';

/** A LOCATED_IN fact between two entities of the document. */
export interface Location {
  subject: ExtractedEntity;
  object: ExtractedEntity;
  confidence: number;
  evidence: TextSpan;
}

/** Gazetteer facts: sure when the name has one reading, less so when the story picks among homonyms. */
const CONFIDENCE_UNIQUE = 0.7;
const CONFIDENCE_CHOSEN = 0.6;
/** "Bank of Ruritania", "Lagos State University": an organisation named after a place lies there. */
const CONFIDENCE_NAMED = 0.55;
/** "Norwegian State Railways": a national body, in an encyclopedia intro. */
const CONFIDENCE_NAMED_COUNTRY = 0.5;
/** A continent or world region: true, but news stories seldom mean it. */
const CONFIDENCE_REGION = 0.44;
/** A guess from the document: the story's country. */
const CONFIDENCE_MAIN_COUNTRY = 0.35;
/** The story's only province or state: a guess too. */
const CONFIDENCE_MAIN_PROVINCE = 0.33;
/** "Bear Gap, Kern County, California": an address chain states where each place lies. */
const CONFIDENCE_CHAIN = 0.7;
/** What follows from two facts is a little less sure than the weaker one. */
const CLOSURE_DISCOUNT = 0.05;
/** How many more of the story's places a small homonym must lie in to win over a big city of the same name. */
const SMALL_HOMONYM_MARGIN = 2;
const MAX_CLOSURE_DEPTH = 4;

const namesOf = (e: ExtractedEntity) => [e.name, ...e.aliases];

/**
 * LOCATED_IN among the places and organisations of one document, from world
 * knowledge: a town lies in its subdivision, country and continent; an
 * organisation named after a place lies in it; and whatever lies in a place
 * lies in everything that place lies in (`stated` adds the facts the text
 * states, "X-based", "a town in Y", to that closure). Only entities of the
 * document are linked.
 */
export function locatedRelations(ctx: DocumentContext, entities: ExtractedEntity[], stated: Location[], mainCountry?: ExtractedEntity, encyclopedic = false): Location[] {
  const places = entities.filter((e) => e.type === 'Place');
  const byCode = placesByCode(places);
  const edges = new Map<ExtractedEntity, Map<ExtractedEntity, Location>>();
  const add = (l: Location) => {
    if (l.subject === l.object) return;
    let out = edges.get(l.subject);
    if (!out) edges.set(l.subject, (out = new Map()));
    const have = out.get(l.object);
    if (!have || have.confidence < l.confidence) out.set(l.object, l);
  };
  const sitedHeads = relationCues().sitedOrgHeads;
  const sited = entities.filter((e) => e.type === 'Organization' && sitedHeads.has(e.name.split(/\s+/).pop()!.toLowerCase()));
  const chains = addressChains(ctx.text, places, readingsOf, sited).map((c) => ({ ...c, confidence: CONFIDENCE_CHAIN }));
  stated = [...stated, ...chains];
  // What the text seems to state but the gazetteer contradicts is a list misread ("the United States, Canada and Peru").
  for (const l of stated) if (!contradicted(l.subject, l.object)) add(l);
  for (const a of places) {
    const { readings, confidence } = chosenReadings(a, byCode);
    const own = new Set(readings.map((r) => r.code));
    for (const r of readings) {
      for (const code of r.within) {
        if (own.has(code)) continue;
        const c = code.startsWith('region:') ? CONFIDENCE_REGION : confidence;
        for (const b of byCode.get(code) ?? []) {
          if (b === a) continue;
          // A continent or world region is named for many reasons; only beside the place does it say where the place is
          // (an encyclopedia article, which says where everything it names lies, excepted).
          if (code.startsWith('region:') && !encyclopedic && !sharedSentence(ctx, a, b)) continue;
          add({ subject: a, object: b, confidence: c, evidence: firstSentence(ctx, a) });
        }
      }
    }
  }
  const towns = townNames(places);
  for (const org of entities) if (org.type === 'Organization') for (const l of namedAfter(ctx, org, towns)) add(l);
  // "Norwegian State Railways", "Bank of Ruritania": a body named after a country, in an encyclopedia intro, lies in it.
  if (encyclopedic) for (const org of entities) if (org.type === 'Organization') for (const l of namedAfterCountry(ctx, org, places)) add(l);
  // The story's country holds the places the gazetteer does not know and the text places nowhere else.
  // (Organisations too, in encyclopedic prose, but news stories name many from abroad: not guessed.)
  // Likewise the one province or state it names, when it names only one.
  const provinces = places.filter((p) => { const rs = readingsOf(p); return rs.some((r) => r.code) && rs.every((r) => r.big || (r.code && r.code.length > 2 && !r.code.startsWith('region:'))); });
  const province = provinces.length === 1 ? provinces[0] : undefined;
  for (const e of entities) {
    // In an encyclopedia intro an organisation placed nowhere else is the country's too.
    if (encyclopedic && e.type === 'Organization' && !edges.has(e) && mainCountry) {
      add({ subject: e, object: mainCountry, confidence: CONFIDENCE_MAIN_COUNTRY, evidence: firstSentence(ctx, e) });
      continue;
    }
    if (edges.has(e) || e.type !== 'Place' || readingsOf(e).length) continue;
    if (mainCountry && e !== mainCountry) add({ subject: e, object: mainCountry, confidence: CONFIDENCE_MAIN_COUNTRY, evidence: firstSentence(ctx, e) });
    // Several provinces: the one named in a sentence with the place, when only one is.
    // (Only for a settlement-like name: "New England" or "the Gulf Coast" named beside a state is no part of it.)
    const near = province ? [province] : rankOf(e) === 1 && !NOT_SETTLEMENT.test(e.name) ? provinces.filter((p) => sharedSentence(ctx, e, p)) : [];
    if (near.length === 1) add({ subject: e, object: near[0]!, confidence: CONFIDENCE_MAIN_PROVINCE, evidence: firstSentence(ctx, e) });
  }
  // A fact the text does not state is kept only when it names both places in one paragraph (a line of
  // the text): a city and its country named side by side are juxtaposed there; a city in the dateline and
  // a country four paragraphs on are not (an encyclopedia intro is one paragraph, so there all are kept).
  const statedPairs = new Set(stated.map((l) => pairKey(l.subject, l.object)));
  const paragraphOf = paragraphIndex(ctx);
  return closure(edges).filter((l) => (l.subject.type === 'Place' || !isRegion(l.object)) && !contradicted(l.subject, l.object)
    && (statedPairs.has(pairKey(l.subject, l.object)) || shareParagraph(l.subject, l.object, paragraphOf)
      // The country a story is about holds the towns it names, wherever it names them.
      || (l.object === mainCountry && l.subject.type === 'Place' && l.confidence >= CONFIDENCE_CHOSEN)));
}

/** "Central Ohio", "Greater Manchester", "New England": a part, or a namesake, of a known place is of its size. */
const DIRECTION = /^(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Greater|Inner|Outer|New)\s+(.+)$/;

/** The rank of a place (chains.ts), a part of a known place ("Central Ohio") ranking as that place. */
function rankOf(e: ExtractedEntity): number {
  const part = DIRECTION.exec(e.name)?.[1];
  const whole = part ? placeRank(part, containment().readings(part)) : 0;
  return Math.max(whole, placeRank(e.name, readingsOf(e)));
}

/** Names of features and polities, which a state named beside them need not hold. */
const NOT_SETTLEMENT = /\b(?:River|Lake|Sea|Ocean|Mountains?|Range|Valley|Delta|Basin|Plain|Plateau|Area|Kingdom|Principality|Empire|Commonwealth|Republic|Region|Line|Railway|Highway|Road|Canal|Coast|Gulf|Bay)\b/;

const pairKey = (a: ExtractedEntity, b: ExtractedEntity) => `${a.id}|${b.id}`;

/** Offset → index of its paragraph (paragraphs end at line breaks), by binary search over the breaks. */
export function paragraphIndex(ctx: DocumentContext): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = ctx.text.indexOf('\n'); i >= 0; i = ctx.text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shareParagraph(a: ExtractedEntity, b: ExtractedEntity, paragraphOf: (offset: number) => number): boolean {
  const inA = new Set(a.mentions.map((m) => paragraphOf(m.start)));
  return b.mentions.some((m) => inA.has(paragraphOf(m.start)));
}

/** Code → the places of the document that may be it. */
function placesByCode(places: ExtractedEntity[]): Map<string, ExtractedEntity[]> {
  const out = new Map<string, ExtractedEntity[]>();
  for (const p of places) {
    for (const r of readingsOf(p)) {
      if (!r.code) continue;
      const list = out.get(r.code) ?? [];
      if (!list.includes(p)) list.push(p);
      out.set(r.code, list);
    }
  }
  return out;
}

const readingsMemo = new WeakMap<ExtractedEntity, PlaceReading[]>();

function readingsOf(e: ExtractedEntity): PlaceReading[] {
  let out = readingsMemo.get(e);
  if (!out) readingsMemo.set(e, (out = readingsOfNames(e)));
  return out;
}

/**
 * "Commonwealth of Virginia", "Empire of Brazil", "Hubei Province", "Lagos State": a polity or
 * province named by its designator is where the bare name is (the name left when the designator is dropped).
 */
const POLITY_OF = /^(?:the\s+)?(?:Kingdom|Empire|Republic|Commonwealth|State|Principality|Duchy|Grand Duchy|Emirate|Sultanate|Federation|Province|Region|Canton|Department|Governorate|Prefecture|Oblast)\s+of\s+(?:the\s+)?(.+)$/;
const PROVINCE_SUFFIX = /^(.+?)\s+(?:Province|State|Region|Prefecture|Governorate|Oblast|Canton|Department)$/;

function bareName(name: string): string | undefined {
  return POLITY_OF.exec(name)?.[1] ?? PROVINCE_SUFFIX.exec(name)?.[1];
}

const allMemo = new WeakMap<ExtractedEntity, PlaceReading[]>();
/** Every reading of every name of e, small homonyms and provinces alike. */
function allReadings(e: ExtractedEntity): PlaceReading[] {
  let out = allMemo.get(e);
  if (!out) allMemo.set(e, (out = namesOf(e).flatMap((n) => containment().readings(n))));
  return out;
}

function readingsOfNames(e: ExtractedEntity): PlaceReading[] {
  let all = namesOf(e).flatMap((n) => containment().readings(n));
  if (!all.length) {
    // Only a country's or province's readings are lent: "City of Ashby" is not every Ashby.
    all = namesOf(e).flatMap((n) => { const bare = bareName(n); return bare ? containment().readings(bare).filter((r) => r.code) : []; });
  }
  // A country's or province's name is that place, not a small town named after it ("Mexico, Missouri");
  // a big city shares a province's name as often ("Victoria", "Surrey"): the story's other places choose.
  const coded = all.some((r) => r.code) ? all.filter((r) => r.code || r.big) : [];
  return coded.length ? coded : all;
}

/** b is a country, a is a known place, and no reading of a lies in it (subdivisions are too unevenly spelled to judge). */
function contradicted(a: ExtractedEntity, b: ExtractedEntity): boolean {
  if (a.type !== 'Place' || b.type !== 'Place') return false;
  // Every homonym of a counts: "Derby, Connecticut, United States" is the small Derby, not the English city.
  const inner = allReadings(a);
  const codes = readingsOf(b).map((r) => r.code);
  if (codes.some((c) => !c || c.length !== 2)) return false;
  const outer = new Set(codes as string[]);
  return inner.length > 0 && outer.size > 0 && !inner.some((r) => r.within.some((c) => outer.has(c)));
}

const isRegion = (e: ExtractedEntity): boolean => {
  const rs = readingsOf(e);
  return rs.some((r) => r.code?.startsWith('region:'));
};

/** The country a reading lies in or is. */
const countryOf = (r: PlaceReading): string => (r.code && !r.code.startsWith('region:') ? r.code.slice(0, 2) : r.within.find((c) => !c.startsWith('region:'))?.slice(0, 2) ?? r.code ?? '');

/**
 * The readings of a place that the story supports: those lying in the most
 * other places it names. A name with one reading keeps it; a name none of
 * whose readings lies in a named place gives nothing to link anyway.
 */
function chosenReadings(a: ExtractedEntity, byCode: Map<string, ExtractedEntity[]>): { readings: PlaceReading[]; confidence: number } {
  let readings = readingsOf(a);
  // A country lies in no other country, whatever province shares its name ("Taiwan"); the province
  // reading still names it as a container ("Atlanta, Georgia").
  const countries = readings.filter((r) => r.code?.length === 2);
  if (countries.length && !countries.some((r) => containment().isDependent(r.code!))) readings = countries;
  const score = (r: PlaceReading) => r.within.filter((c) => (byCode.get(c) ?? []).some((b) => b !== a)).length;
  // A big city's name means it, not its small homonyms ("Lincoln", Nebraska), unless the story names
  // both the province and the country of a small one and fewer of the big one's ("Lima, Ohio, U.S.").
  if (readings.some((r) => r.big)) {
    const bigBest = Math.max(0, ...readings.filter((r) => r.big || r.code).map(score));
    const smallBest = Math.max(0, ...readings.filter((r) => !r.big && !r.code).map(score));
    readings = smallBest >= bigBest + SMALL_HOMONYM_MARGIN ? readings.filter((r) => !r.big && !r.code) : readings.filter((r) => r.big || r.code);
  }
  const best = Math.max(0, ...readings.map(score));
  if (best === 0) return { readings: [], confidence: 0 };
  const kept = readings.filter((r) => score(r) === best);
  // Homonyms in different countries that the story supports equally: no guess.
  if (new Set(kept.map(countryOf)).size > 1) return { readings: [], confidence: 0 };
  const unique = new Set(readings.map((r) => r.within.join(' '))).size === 1;
  return { readings: kept, confidence: unique ? CONFIDENCE_UNIQUE : CONFIDENCE_CHOSEN };
}

const ORG_PLACE_STOP = /^(?:of|the|for|and|in|at|de|du|la|le)$/i;

/**
 * "University of Leipzig", "Port Aldo Rowing Club": a town or province named inside an
 * organisation's name. Not a country: "Ruritanian Airways" or "the Ruritania Society" is
 * often based there, but news stories name as many national bodies abroad as at home.
 */
function namedAfter(ctx: DocumentContext, org: ExtractedEntity, towns: readonly TownNames[]): Location[] {
  const out: Location[] = [];
  const words = org.name.split(/\s+/).map((w) => placeKey(w.replace(/[.,]$/, '')));
  for (const { place, names } of towns) {
    const hit = names.some((pw) => {
      if (pw.length >= words.length) return false;
      for (let k = 0; k + pw.length <= words.length; k++) if (pw.every((w, j) => words[k + j] === w)) return true;
      return false;
    });
    if (hit) out.push({ subject: org, object: place, confidence: CONFIDENCE_NAMED, evidence: firstSentence(ctx, org) });
  }
  return out;
}

/** A place below country and region level, with the place keys of each of its names' words. */
interface TownNames {
  place: ExtractedEntity;
  names: string[][];
}

/** The places an organisation may be named after, their names split once for all the document's organisations. */
function townNames(places: ExtractedEntity[]): TownNames[] {
  const out: TownNames[] = [];
  for (const place of places) {
    if (readingsOf(place).some((r) => r.code && (r.code.length === 2 || r.code.startsWith('region:')))) continue;
    const names = namesOf(place)
      .map((n) => n.split(/\s+/).map(placeKey))
      .filter((pw) => !pw.every((w) => ORG_PLACE_STOP.test(w)));
    if (names.length) out.push({ place, names });
  }
  return out;
}

/** A country named in the organisation's name, or by its demonym ("Norwegian State Railways" lies in Norway). */
function namedAfterCountry(ctx: DocumentContext, org: ExtractedEntity, places: ExtractedEntity[]): Location[] {
  const { demonyms } = placeKnowledge();
  const key = placeKey(org.name);
  const words = new Set(org.name.split(/\s+/).map((w) => placeKey(w.replace(/[.,]$/, ''))));
  const countryKeys = new Set([...words].map((w) => demonyms.get(w)).filter((c): c is string => !!c));
  const out: Location[] = [];
  for (const p of places) {
    if (!readingsOf(p).some((r) => r.code?.length === 2)) continue;
    const hit = namesOf(p).some((n) => {
      const k = placeKey(n);
      return countryKeys.has(k) || (k.length > 3 && (` ${key} `).includes(` ${k} `) && key !== k);
    });
    if (hit) out.push({ subject: org, object: p, confidence: CONFIDENCE_NAMED_COUNTRY, evidence: firstSentence(ctx, org) });
  }
  return out;
}

/** Every fact implied by chains of facts, up to a few steps. */
function closure(edges: Map<ExtractedEntity, Map<ExtractedEntity, Location>>): Location[] {
  const out: Location[] = [];
  for (const [subject, direct] of edges) {
    const reached = new Map<ExtractedEntity, Location>(direct);
    let frontier = [...direct.values()];
    for (let depth = 1; depth < MAX_CLOSURE_DEPTH && frontier.length; depth++) {
      const next: Location[] = [];
      for (const step of frontier) {
        for (const onward of edges.get(step.object)?.values() ?? []) {
          if (onward.object === subject) continue;
          const confidence = Math.min(step.confidence, onward.confidence) - CLOSURE_DISCOUNT;
          const have = reached.get(onward.object);
          if (have && have.confidence >= confidence) continue;
          const l = { subject, object: onward.object, confidence, evidence: step.evidence };
          reached.set(onward.object, l);
          next.push(l);
        }
      }
      frontier = next;
    }
    out.push(...reached.values());
  }
  return out;
}

function firstSentence(ctx: DocumentContext, e: ExtractedEntity): TextSpan {
  const m = e.mentions[0];
  return m ? sentenceOf(ctx, m) : { start: 0, end: 0 };
}

const sentenceMemo = new WeakMap<ExtractedEntity, Set<number>>();

/** The sentences an entity is mentioned in (binary search over the sentence starts, once per entity). */
function sentenceIndexes(ctx: DocumentContext, e: ExtractedEntity): Set<number> {
  let out = sentenceMemo.get(e);
  if (out) return out;
  out = new Set<number>();
  const sentences = ctx.sentences;
  for (const m of e.mentions) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= m.start) lo = mid;
      else hi = mid - 1;
    }
    const x = sentences[lo];
    if (x && x.start <= m.start && m.start < x.end) out.add(lo);
  }
  sentenceMemo.set(e, out);
  return out;
}

function sharedSentence(ctx: DocumentContext, a: ExtractedEntity, b: ExtractedEntity): boolean {
  const sa = sentenceIndexes(ctx, a);
  for (const i of sentenceIndexes(ctx, b)) if (sa.has(i)) return true;
  return false;
}
