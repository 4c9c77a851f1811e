import type { Token } from '../clauses.js';
import type { TriggerHit } from './triggers.js';
import type { Participant } from './participants.js';
import type { EventTypeSpec } from './lexicon.js';

/** Words before a trigger that make it unreal or uncertain: "may strike", "did not resign", "no agreement". */
const UNREAL = new Set(['would', 'could', 'may', 'might', 'should', 'not', "n't", 'no', 'never', 'if', 'unless', 'possible', 'possibly', 'whether']);

export interface ConfidenceInput {
  hit: TriggerHit;
  tokens: Token[];
  spec: EventTypeSpec;
  participants: Participant[];
  hasDate: boolean;
  /** The agent is a "he"/"she" resolved through the document. */
  pronounAgent: boolean;
  /** The trigger stands inside a quotation: a speaker's words, not the reporter's. */
  quoted: boolean;
  headline: boolean;
}

/**
 * How sure one event mention is, from its trigger form (a verb or a
 * multiword phrase names an event more surely than a bare noun), how
 * complete its frame is (the roles its type needs), and its mood (a
 * modal, a negation, a quotation, a headline lower it). Ordered, not
 * calibrated: higher means more often right.
 */
export function mentionConfidence(x: ConfidenceInput): number {
  const { hit, tokens, spec, participants } = x;
  let c = 0.5;
  if (hit.entry.words.length > 1) c += 0.1;
  else if (hit.entry.pos === 'verb') c += 0.05;
  const roles = new Set(participants.map((p) => p.role));
  const needed = spec.needsAgent ? roles.has('agent') : spec.needsTarget ? roles.has('target') : roles.has('agent') || roles.has('target') || roles.has('candidate') || roles.has('winner');
  if (needed) c += 0.1;
  if (roles.has('agent') && roles.has('target')) c += 0.05;
  if (!needed && [...roles].every((r) => r === 'participant')) c -= 0.05;
  if (x.hasDate) c += 0.05;
  for (let k = Math.max(0, hit.first - 4); k < hit.first; k++) if (UNREAL.has(tokens[k]!.normal)) c -= 0.15;
  if (x.pronounAgent) c -= 0.1;
  if (x.quoted) c -= 0.1;
  if (x.headline) c -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

/** An event told several times is surer than any one telling. */
export function mergedConfidence(a: number, b: number): number {
  return Math.round(Math.min(0.95, Math.max(a, b) + 0.05) * 100) / 100;
}
