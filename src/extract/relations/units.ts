import { type SentenceView, isPrepositionGap, wordsBetween } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * Military units and the service they belong to, written as an address:
 * "the 9th Engineers, Grendish Army", "2nd Battalion, Dunmore Fusiliers,
 * Grendish Army", or "the 9th Regiment of the Grendish Army". The unit's
 * name ends in a unit word, the service's in a service word (general English
 * military vocabulary); the unit is PART_OF the service.
 */
const UNIT_HEADS = new Set(['regiment', 'battalion', 'brigade', 'division', 'corps', 'squadron', 'flotilla', 'fleet', 'engineers', 'fusiliers', 'artillery', 'infantry', 'rifles', 'guards', 'cavalry', 'dragoons', 'hussars', 'lancers', 'highlanders', 'battery', 'wing', 'group', 'command']);
const SERVICE_HEADS = new Set(['army', 'navy', 'force', 'forces', 'corps', 'guard', 'marines']);
const CONFIDENCE = 0.6;
const OF = new Set(['of']);

const head = (name: string) => name.toLowerCase().split(/\s+/).pop()!.replace(/[^a-z]/g, '');

export function unitRelations(view: SentenceView): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const unit = mentions[i]!;
    if (unit.type !== 'Organization' || unit.possessive || !UNIT_HEADS.has(head(unit.entity.name))) continue;
    // The service, or a larger unit ("2nd Battalion, Dunmore Fusiliers, Grendish Army"), right after.
    const whole = mentions[i + 1]!;
    if (whole.type !== 'Organization' || whole.entity === unit.entity) continue;
    const wholeHead = head(whole.entity.name);
    if (!SERVICE_HEADS.has(wholeHead) && !UNIT_HEADS.has(wholeHead)) continue;
    const gap = wordsBetween(tokens, unit, whole);
    const apposed = gap.length === 0 && /,/.test(tokens[unit.last]!.post);
    const ofThe = isPrepositionGap(gap, OF);
    // "of" ties a unit only to a service ("the 9th Regiment of the Grendish Army"), not to another unit.
    if (apposed || (ofThe && SERVICE_HEADS.has(wholeHead))) out.push({ subject: unit, predicate: 'PART_OF', object: whole, confidence: CONFIDENCE });
  }
  return out;
}
