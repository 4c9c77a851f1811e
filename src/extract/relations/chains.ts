import type { ExtractedEntity, TextSpan } from '../../model/extraction.js';
import { containment, type PlaceReading } from './containment.js';

/**
 * Address chains: "Bear Gap, Kern County, California, United States" names a
 * place, then what holds it, then what holds that. Places joined only by
 * commas (or "in": "Ålby in Rogaland, Norway") are a chain where each one is of a larger kind than the one before
 * it; "Fitchburg, Gardner, Leominster" or "Chile, Peru, Bolivia" (one kind)
 * are lists.
 */
export interface ChainLink {
  subject: ExtractedEntity;
  object: ExtractedEntity;
  evidence: TextSpan;
}

/**
 * Second-level units named by their designator ("Kern County", "East Godavari District",
 * "Borough of Ashby", "Municipality of Temagami"): larger than a town, smaller than a state.
 */
const DESIGNATOR_LAST = /\s(?:County|District|Parish|Borough|Township|Municipality|Municipal District|Prefecture|Department|Canton|Governorate|Oblast|Raion|Mandal|Taluk|Tehsil|Voivodeship|Powiat|Shire|Regency|Kreis|Landkreis)$/i;
const DESIGNATOR_FIRST = /^(?:County|Borough|Municipality|District|Township|Parish|Department|Province|Region)\s+of\s/i;
/** First-level units by their designator: "Gansu Province", "Tuscany Region", "Oaxaca State". */
const FIRST_LEVEL_LAST = /\s(?:Province|State|Region|Territory|Oblast)$/;

/** Head words of buildings and sites: "Zrinski Castle, Čakovec" heads a chain, below any town. */
const LANDMARK_LAST = /\s(?:Castle|Palace|Square|Bridge|Tower|Station|Airport|Stadium|Arena|Park|Cemetery|Hall|Mansion|Villa|Fort|Gate|Market|Street|Road|Avenue|Museum|Church|Cathedral|Abbey|Monastery|Temple|Mosque|Synagogue|Theatre|Theater|Library|Hospital|School|College|University|Memorial|Monument|Garden|Gardens|Zoo|Prison|Lighthouse|Pier|Harbour|Harbor)$/;

/** How large a place is, from what the gazetteer says it is and from its name's designator. */
export function placeRank(name: string, readings: PlaceReading[]): number {
  if (!readings.length && LANDMARK_LAST.test(name)) return 0;
  const codes = readings.map((r) => r.code).filter((c): c is string => !!c);
  if (codes.some((c) => c.startsWith('region:'))) return 5;
  if (codes.some((c) => c.length === 2 || c.startsWith('hist:'))) return 4;
  if (codes.length || FIRST_LEVEL_LAST.test(name)) return 3;
  if (DESIGNATOR_LAST.test(name) || DESIGNATOR_FIRST.test(name)) return 2;
  return 1;
}

/** Only a comma (and spaces) between two mentions. */
const COMMA_ONLY = /^\s*,\s*$/;
/** "Ålby in Rogaland, Norway": a place in a larger one, the larger one maybe starting a chain. */
const IN_ONLY = /^\s+(?:in|within)\s+(?:the\s+)?$/;

/**
 * Links of address chains among the mentions of `places`, and of `sited`
 * organisations (schools, museums) that may head one (one pass over the mentions in text order). `readingsOf` gives the gazetteer readings of an entity.
 */
export function addressChains(text: string, places: ExtractedEntity[], readingsOf: (e: ExtractedEntity) => PlaceReading[], sited: ExtractedEntity[] = []): ChainLink[] {
  const mentions = [...places, ...sited].flatMap((e) => e.mentions.map((m) => ({ entity: e, start: m.start, end: m.end, text: m.text })));
  mentions.sort((a, b) => a.start - b.start);
  const rank = new Map<ExtractedEntity, number>();
  const sitedSet = new Set(sited);
  const rankOf = (e: ExtractedEntity, surface: string): number => {
    // "the Fusilier Museum, Bury, England": a school, museum or church heads the chain.
    if (sitedSet.has(e)) return 0;
    let r = rank.get(e);
    if (r === undefined) rank.set(e, (r = Math.max(placeRank(e.name, readingsOf(e)), placeRank(surface, []))));
    return r;
  };
  const out: ChainLink[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (a.entity === b.entity || b.start < a.end || !(COMMA_ONLY.test(between) || IN_ONLY.test(between))) continue;
    if (sitedSet.has(b.entity) || (sitedSet.has(a.entity) && !COMMA_ONLY.test(between))) continue;
    // "Paris, Texas, Ohio and Utah": a place of the same kind after B makes B an item of a list.
    const c = mentions[i + 2];
    const rb = rankOf(b.entity, b.text);
    if (c && c.entity !== b.entity && /^\s*,?\s*(?:and|or)?\s*$/.test(text.slice(b.end, c.start)) && rankOf(c.entity, c.text) === rb) continue;
    // "Nevada, Iowa": a province's name before another province of its country is a town there.
    const townThere = () => { const codes = readingsOf(b.entity).map((r) => r.code); return containment().readings(a.text).some((r) => !r.code && r.within.some((x) => codes.includes(x))); };
    const homonym = rb === 3 && rb <= rankOf(a.entity, a.text) && townThere();
    if (rb >= 5 || (rb <= rankOf(a.entity, a.text) && !homonym)) continue;
    // Two places the gazetteer knows: it must agree ("Beacon Falls, Derby" is a list, not a town in Derbyshire).
    const inner = readingsOf(a.entity);
    const outer = readingsOf(b.entity).map((r) => r.code).filter((x): x is string => !!x);
    if (!homonym && inner.length && outer.length && !inner.some((r) => r.within.some((x) => outer.includes(x)))) continue;
    out.push({ subject: a.entity, object: b.entity, evidence: { start: a.start, end: b.end } });
  }
  return out;
}
