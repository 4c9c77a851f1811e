import { createRequire } from 'node:module';
import { nameTokens, normalizeName } from '../model/names.js';
import type { EntityType } from '../model/ontology.js';
import { lexiconRows } from '../model/lexicon-files.js';

/**
 * General knowledge the writer uses to decide identity across documents:
 * which actor names are generic (the police of any city), which words before a
 * person's name are titles, and the common name of a country. Read once per
 * process from the extraction lexicons and the world-countries package.
 */

function lexiconWords(relPath: string): string[] {
  return lexiconRows(relPath).map((row) => normalizeName(row[0]!));
}

/**
 * Words that only say what kind of institution or crowd an actor is, never
 * which one: the institutions that any city or country has (the
 * descriptive-org-heads lexicon: police, government, army, congress...) and
 * the modifiers they take ("riot police", "national government", "security
 * forces"). Heads of proper names ("Front", "Majority", "Party") are not here:
 * "National Front" and "New Majority" name one body each.
 */
const GENERIC_WORDS = [
  'national', 'federal', 'state', 'local', 'city', 'municipal', 'regional', 'provincial', 'central', 'riot', 'security',
  'armed', 'forces', 'force', 'special', 'secret', 'border', 'traffic', 'civil', 'military', 'public', 'interim',
  'transitional', 'emergency', 'fire', 'services', 'service', 'intelligence', 'police', 'officers', 'officials',
  'authorities', 'witnesses', 'residents', 'troops', 'soldiers', 'people', 'crowd', 'crowds', 'mob', 'gunmen',
  'attackers', 'assailants', 'victims', 'survivors', 'families', 'relatives', 'protesters', 'demonstrators',
];

let genericWords: Set<string> | undefined;
function generic(): Set<string> {
  genericWords ??= new Set([...lexiconWords('entities/descriptive-org-heads.txt'), ...GENERIC_WORDS].flatMap((w) => nameTokens(w)));
  return genericWords;
}

/**
 * An actor that names a kind, not one body: every Group ("copper miners",
 * "protesters"), and an organization or person name with no capital letter or
 * made only of generic words ("Police", "the government", "Security Forces").
 * Such actors never make two events one, and their nodes are scoped to a place.
 */
export function isGenericActor(type: EntityType, name: string): boolean {
  if (type === 'Place') return false;
  if (type === 'Group') return true;
  if (!/\p{Lu}/u.test(name)) return true;
  const words = nameTokens(normalizeName(name)).filter((w) => !['of', 'the', 'and', 'for'].includes(w));
  return words.length > 0 && words.every((w) => generic().has(w));
}

let titleSet: { single: Set<string>; multi: string[][] } | undefined;
function titles() {
  if (!titleSet) {
    const all = [...lexiconWords('entities/titles.txt'), ...lexiconWords('entities/honorifics.txt')].map((t) => nameTokens(t));
    titleSet = { single: new Set(all.filter((t) => t.length === 1).map((t) => t[0]!)), multi: all.filter((t) => t.length > 1).sort((a, b) => b.length - a.length) };
  }
  return titleSet;
}

/**
 * A person's normalized name without the titles before it: "president
 * sebastian pinera" → "sebastian pinera", "gen. ana ruiz" → "ana ruiz". A title
 * alone stays as it is (it may be all the text gives).
 */
export function stripPersonTitles(normName: string): string {
  let tokens = nameTokens(normName);
  const { single, multi } = titles();
  for (;;) {
    if (tokens.length <= 1) break;
    const m = multi.find((t) => t.length < tokens.length && t.every((w, i) => tokens[i] === w));
    if (m) {
      tokens = tokens.slice(m.length);
      continue;
    }
    if (single.has(tokens[0]!)) {
      tokens = tokens.slice(1);
      continue;
    }
    break;
  }
  return tokens.length === nameTokens(normName).length ? normName : tokens.join(' ');
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
}

let countryIndex: Map<string, string> | undefined;
/**
 * The normalized common name of a country named by any of its names
 * ("russian federation" → "russia", "united states of america" → "united
 * states", "usa"), or null for a name that is no country's. ISO two-letter
 * codes are left out ("RU", "CL": initials of too many other things).
 */
export function countryCommonName(normName: string): string | null {
  if (!countryIndex) {
    countryIndex = new Map();
    const countries = createRequire(import.meta.url)('world-countries') as CountryRecord[];
    for (const c of countries) {
      const common = normalizeName(c.name.common);
      for (const n of [c.name.official, ...(c.altSpellings ?? []).filter((a) => a !== c.cca2)]) {
        const key = normalizeName(n);
        if (key !== '' && key !== common && !countryIndex.has(key)) countryIndex.set(key, common);
      }
    }
  }
  return countryIndex.get(normName) ?? null;
}

/** How precise a kind of place is: a city says more than its region, a region more than its country. */
const PLACE_RANK: Readonly<Record<string, number>> = { country: 0, subdivision: 1, capital: 2, city: 2 };

export interface PlaceInfo {
  /** 0 country, 1 region, 2 city or unknown place. */
  rank: number;
  /** The identity name of the country it lies in (itself for a country); null when unknown. */
  country: string | null;
}

let placeIndex: Map<string, PlaceInfo> | undefined;
/**
 * What the gazetteer knows of a place name (its first, most populous entry):
 * "santiago" → a city of Chile; "chile" → a country. Unknown names are taken as
 * precise places of no known country.
 */
export function placeInfo(normName: string): PlaceInfo {
  if (!placeIndex) {
    placeIndex = new Map();
    const countries = createRequire(import.meta.url)('world-countries') as CountryRecord[];
    const byCode = new Map(countries.map((c) => [c.cca2, normalizeName(c.name.common)]));
    for (const [name, kind, ref, extra] of lexiconRows('places/gazetteer.tsv')) {
      if (!name || !kind || !(kind in PLACE_RANK)) continue;
      const code = kind === 'country' ? ref?.split(':')[1] : extra?.split(':')[0];
      const key = countryCommonName(normalizeName(name)) ?? normalizeName(name);
      if (!placeIndex.has(key)) placeIndex.set(key, { rank: PLACE_RANK[kind]!, country: (code && byCode.get(code)) ?? null });
    }
  }
  return placeIndex.get(normName) ?? { rank: 2, country: null };
}

/**
 * Two places given for one event agree: the same place, or one lies in the
 * other country ("santiago" and "chile"), as dates agree at the precision
 * both have. Takes node ids ("place:santiago").
 */
export function placesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const na = a.slice(a.indexOf(':') + 1);
  const nb = b.slice(b.indexOf(':') + 1);
  const ia = placeInfo(na);
  const ib = placeInfo(nb);
  return (ia.rank === 0 && ib.country === na) || (ib.rank === 0 && ia.country === nb);
}
