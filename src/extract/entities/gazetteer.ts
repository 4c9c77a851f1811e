import { lexiconTags } from '../nlp.js';
import { foldText } from '../../model/text.js';
import { lexiconRows } from '../../model/lexicon-files.js';
import { readSet } from './lexicons.js';
import { placeRows } from '../relations/places.js';

/**
 * The place gazetteer: ingest/lexicons/places/gazetteer.tsv (generated from
 * npm data packages by scripts/build-gazetteer.mjs) plus the hand-made
 * places/extra.tsv. Keys are folded (no accents, lower case), so "Liege"
 * finds "Liège".
 */
export interface PlaceEntry {
  name: string;
  kind: string;
  /** Joins the names of one place ("U.S." and "United States"). */
  ref: string;
  /** Strong names are places wherever they stand; weak ones need place context. */
  strong: boolean;
  /** Also an everyday word or a first name ("Orange", "Victoria"): weak for that reason, not for its size. */
  common: boolean;
}

const STRONG_CITY_POPULATION = 100000;
/** Subdivision types that are household names rather than minor districts. */
const STRONG_SUBDIVISION = /^(?:State|Province|Country|Nation|Region|Autonomous|Federal|Territory|Länder|Republic|Emirate|Oblast|Two-tier county|County|Governorate|Prefecture|Union territory)/;

let places: Map<string, PlaceEntry> | undefined;
let maxWords = 1;

export function placeIndex(): Map<string, PlaceEntry> {
  if (places) return places;
  places = new Map();
  const demoted = readSet('places/not-places.txt');
  const add = (name: string, kind: string, ref: string, strong: boolean, population = 0) => {
    const key = foldText(name);
    if (!key || places!.has(key)) return;
    // An everyday word or a first name is a place only with place context,
    // unless it is a country or a city of a million ("China", "Turkey", "Shanghai", "Sofia").
    const tags = lexiconTags(key);
    const famous = kind === 'country' || population >= 1_000_000;
    const common = !famous && !name.includes(' ') && tags.length > 0 && !tags.some((tag) => /Place|City|Country|Region/.test(tag));
    const everyday = common || demoted.has(name.toLowerCase());
    if (everyday) strong = false;
    places!.set(key, { name, kind, ref, strong, common: everyday });
    maxWords = Math.max(maxWords, name.split(/\s+/).length);
  };
  for (const [name, kind, ref] of placeRows('extra.tsv')) add(name!, kind!, ref!, kind !== 'abbrev');
  // towns under 15,000 people (places/towns.tsv, scripts/build-towns.mjs): places only with place context
  const addTowns = () => {
    for (const [name, , ref] of placeRows('towns.tsv')) add(name!, 'town', ref!, false);
  };
  for (const [name, kind, ref, extra = ''] of placeRows('gazetteer.tsv')) {
    // the generator writes a country's common English name (world-countries `name.common`) first
    if (kind === 'country' && !countryNames.has(ref!)) countryNames.set(ref!, name!);
    let strong = true;
    const population = kind === 'city' || kind === 'capital' ? Number(extra.split(':')[1] ?? 0) : 0;
    if (kind === 'city') strong = population >= STRONG_CITY_POPULATION;
    if (kind === 'subdivision') strong = STRONG_SUBDIVISION.test(extra.split(':')[1] ?? '');
    add(name!, kind!, ref!, strong, population);
  }
  addTowns();
  return places;
}

const countryNames = new Map<string, string>();
/** A country's common English name by its ref ("country:RU" -> "Russia"), for canonical entity names. */
export function countryName(ref: string): string | undefined {
  placeIndex();
  return countryNames.get(ref);
}

export function lookupPlace(name: string): PlaceEntry | undefined {
  // The same names are looked up many times per document: a small warm memo spares folding and a probe of the
  // large index. Bounded, so a stream of documents cannot grow it without end.
  const known = placeMemo.get(name);
  if (known !== undefined || placeMemo.has(name)) return known;
  if (placeMemo.size >= PLACE_MEMO_SIZE) placeMemo.clear();
  const key = foldText(name);
  const entry = placeIndex().get(key.startsWith('the ') ? key.slice(4) : key);
  placeMemo.set(name, entry);
  return entry;
}
const PLACE_MEMO_SIZE = 20_000;
const placeMemo = new Map<string, PlaceEntry | undefined>();

/** Longest place name, in words, so that span scans stay bounded. */
export function maxPlaceWords(): number {
  placeIndex();
  return maxWords;
}

let demonyms: Map<string, string> | undefined;
/** folded demonym ("chilean") -> place name ("Chile"). */
export function demonymMap(): Map<string, string> {
  if (demonyms) return demonyms;
  demonyms = new Map();
  for (const file of ['places/extra-demonyms.tsv', 'places/demonyms.tsv']) {
    for (const [d, place] of lexiconRows(file)) if (d && !demonyms.has(foldText(d))) demonyms.set(foldText(d), place ?? '');
  }
  return demonyms;
}

export const isDemonym = (word: string): boolean => demonymMap().has(foldText(word));
