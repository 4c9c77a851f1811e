import type { ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../../model/extraction.js';
import { type EventType, isActorType } from '../../model/ontology.js';
import { lemmaCandidates } from '../lemma.js';
import { relationCues } from './cues.js';

/** Events whose doers stand against their target: protesters and strikers against whom they protest or strike. */
const CONFRONTATIONS: ReadonlySet<EventType> = new Set(['Protest', 'Strike']);

/**
 * OPPOSES read off events: the participants of a protest or strike
 * against its target, and the speaker of a statement made with an opposing
 * verb ("accused", "condemned") against its target. Pairs already related are left alone.
 */
export function relationsFromEvents(events: ExtractedEvent[], entities: ExtractedEntity[], have: ExtractedRelation[], text?: string): ExtractedRelation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const linked = new Set(have.flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]));
  const cues = relationCues();
  const out: ExtractedRelation[] = [];
  for (const ev of events) {
    const opposing = CONFRONTATIONS.has(ev.type) || (ev.type === 'Statement' && lemmaCandidates(ev.trigger.text).some((l) => cues.linkWords.get(l) === 'OPPOSES'));
    if (!opposing || (text !== undefined && negated(text, ev.trigger.start))) continue;
    const targets = ev.participants.filter((p) => p.role === 'target');
    const doers = ev.participants.filter((p) => p.role === 'agent' || p.role === 'participant');
    for (const d of doers) {
      for (const t of targets) {
        const [a, b] = [byId.get(d.entity), byId.get(t.entity)];
        if (!a || !b || a === b || !isActorType(a.type) || !isActorType(b.type)) continue;
        const key = `${a.id}|${b.id}`;
        if (linked.has(key)) continue;
        linked.add(key);
        linked.add(`${b.id}|${a.id}`);
        const [s, o] = a.id < b.id ? [a, b] : [b, a];
        out.push({ subject: s.id, predicate: 'OPPOSES', object: o.id, confidence: 0.5, evidence: ev.evidence });
      }
    }
  }
  return out;
}

/** "never criticised", "did not condemn", "refused to denounce": a negation within the few words before the trigger. */
const NEGATED_BEFORE = /(?:\b(?:not|never|no longer|neither|nor)|n't|\b(?:refus|declin|fail)(?:e|es|ed|ing)?\s+to)(?:\s+\S+)?\s+$/i;

function negated(text: string, triggerStart: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, triggerStart - 40), triggerStart));
}
