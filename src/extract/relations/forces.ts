import type { ExtractedEntity, TextSpan } from '../../model/extraction.js';
import type { Predicate } from '../../model/ontology.js';
import { sentenceOf } from '../context.js';
import type { DocumentContext } from '../types.js';
import type { MilitaryCues } from './cues.js';
import { placeKey, placeKnowledge } from './places.js';

/**
 * Armed forces as document-level knowledge. A text about one national force
 * ("the Ruritanian Army", "the Royal Navy") names its units and officers
 * without saying, each time, whose they are: the regiments, fleets and corps
 * it names are PART_OF that force, and the people it gives a military rank
 * ("Major General X") are MEMBER_OF it. Only when the document names exactly
 * one national force, and never for a unit or officer the text marks as
 * another country's ("the German 7th Army", "French Colonel X").
 */
export interface ForceFact {
  subject: ExtractedEntity;
  predicate: Extract<Predicate, 'PART_OF' | 'MEMBER_OF'>;
  object: ExtractedEntity;
  confidence: number;
  evidence: TextSpan;
}

/** A guess from the document, not a stated fact: below the rows that read a sentence. */
const CONFIDENCE_UNIT = 0.5;
const CONFIDENCE_RANKED = 0.5;
/** Numbered or regional commands ("Second Army", "Eastern District Army") are units, not a nation's force. */
const NOT_NATIONAL = /\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|district|eastern|western|northern|southern|central|expeditionary|field|reserve|home|front|group|area|allied)\b/i;
/** "Attorney General X", "Secretary General X": offices that end in "general", not the rank. */
const GENERAL_OFFICES = new Set(['attorney', 'secretary', 'surgeon', 'solicitor', 'governor', 'auditor', 'inspector', 'postmaster', 'consul', 'director', 'procurator', 'comptroller', 'accountant', 'advocate', 'commissary', 'vicar', 'minister']);
/** How far before a name a rank may end (characters): "Lieutenant General " fits. */
const RANK_WINDOW = 40;

const words = (name: string): string[] => name.toLowerCase().replace(/^the\s+/, '').split(/\s+/).filter(Boolean);

const endsWith = (ws: readonly string[], tail: readonly string[]): boolean =>
  ws.length >= tail.length && tail.every((w, k) => ws[ws.length - tail.length + k] === w);

/** "Ruritanian Army", "United States Navy": a force head after at least one word, no number or region. */
export function isNationalForce(name: string, military: MilitaryCues): boolean {
  const ws = words(name);
  return !NOT_NATIONAL.test(name) && military.forceHeads.some((h) => ws.length > h.length && endsWith(ws, h));
}

/** "44th Rifles", "Northern Fleet", "1st Armoured Division": a unit's head word, or a military word anywhere. */
export function isMilitaryUnit(name: string, military: MilitaryCues): boolean {
  const ws = words(name);
  return ws.length > 1 && (military.unitHeads.has(ws[ws.length - 1]!) || ws.some((w) => military.unitWords.has(w)));
}

/** The countries a name's words point to, by country name or demonym ("German" → germany). */
function countriesNamed(text: string): Set<string> {
  const { countries, demonyms } = placeKnowledge();
  const out = new Set<string>();
  for (const w of text.split(/[\s,()]+/)) {
    const k = placeKey(w);
    if (!k) continue;
    const d = demonyms.get(k);
    if (d) out.add(d);
    else if (countries.has(k)) out.add(k);
  }
  return out;
}

/** The force's countries are the only ones the unit or rank may name ("British Army": British officers). */
const foreignTo = (forceCountries: Set<string>, text: string): boolean => [...countriesNamed(text)].some((c) => !forceCountries.has(c));

export function forceRelations(ctx: DocumentContext, entities: readonly ExtractedEntity[], military: MilitaryCues): ForceFact[] {
  let force: ExtractedEntity | undefined;
  for (const e of entities) {
    if (e.type !== 'Organization' || !isNationalForce(e.name, military)) continue;
    if (force) return []; // two forces: whose unit is whose, the text must say
    force = e;
  }
  if (!force) return [];
  const own = countriesNamed(force.name);
  const out: ForceFact[] = [];
  for (const e of entities) {
    if (e === force) continue;
    if (e.type === 'Organization' && isMilitaryUnit(e.name, military) && !foreignTo(own, e.name)) {
      out.push({ subject: e, predicate: 'PART_OF', object: force, confidence: CONFIDENCE_UNIT, evidence: e.mentions[0] ? sentenceOf(ctx, e.mentions[0]) : { start: 0, end: 0 } });
    } else if (e.type === 'Person') {
      const m = e.mentions.find((x) => rankBefore(ctx.text, x.start, military, own));
      if (m) out.push({ subject: e, predicate: 'MEMBER_OF', object: force, confidence: CONFIDENCE_RANKED, evidence: sentenceOf(ctx, m) });
    }
  }
  return out;
}

/** A rank right before offset `at` ("... Major General |X"), not one marked as another country's ("French Colonel X"). */
function rankBefore(text: string, at: number, military: MilitaryCues, own: Set<string>): boolean {
  const before = text.slice(Math.max(0, at - RANK_WINDOW), at);
  if (!/\s$/.test(before)) return false;
  const ws = before.toLowerCase().split(/\s+/).filter(Boolean);
  const rank = military.ranks.find((r) => endsWith(ws, r));
  if (!rank) return false;
  const written = before.trim().split(/\s+/);
  // Written as a title ("Colonel X"), not a word of the sentence ("a private X").
  if (!/^\p{Lu}/u.test(written[written.length - rank.length] ?? '')) return false;
  const previous = written[written.length - rank.length - 1] ?? '';
  if (rank[rank.length - 1] === 'general' && rank.length === 1 && GENERAL_OFFICES.has(previous.toLowerCase())) return false;
  return !foreignTo(own, previous);
}
