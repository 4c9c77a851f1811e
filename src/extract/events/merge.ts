import type { ExtractedEntity, Mention, TextSpan } from '../../model/extraction.js';
import type { EventType } from '../../model/ontology.js';
import { mergedConfidence } from './confidence.js';
import type { Participant } from './participants.js';

/** An event mention before document-level merging. */
export interface Candidate {
  type: EventType;
  date?: string;
  place?: ExtractedEntity;
  trigger: Mention;
  participants: Participant[];
  evidence: TextSpan;
  /** "the strike", "this election": refers back to one already mentioned. */
  definite: boolean;
  documentLevel: boolean;
  /** From the headline: announces an event the body tells again, with other words. */
  headline?: boolean;
  /** See confidence.ts. */
  confidence: number;
}

/** One date is a prefix of the other (2013-11 and 2013-11-17), or one is missing. */
export function datesCompatible(a?: string, b?: string): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

const shares = (a: Candidate, b: Candidate) => a.participants.some((p) => b.participants.some((q) => q.entity === p.entity));

const agentsOf = (x: Candidate) => x.participants.filter((p) => p.role === 'agent').map((p) => p.entity);

function conflictingAgents(a: Candidate, b: Candidate): boolean {
  const x = agentsOf(a);
  const y = agentsOf(b);
  return x.length > 0 && y.length > 0 && !x.some((e) => y.includes(e));
}

/**
 * Mentions of the same event become one: same type, compatible dates, and a
 * shared participant or a definite back-reference ("the strike"). A
 * document-level type (an election) also absorbs mentions with no actors.
 * Statements merge only by speaker.
 */
export function mergeCandidates(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const target = findTarget(out, c);
    if (target) absorb(target, c);
    else out.push({ ...c, participants: [...c.participants] });
  }
  return out;
}

function findTarget(out: Candidate[], c: Candidate): Candidate | undefined {
  let backRef: Candidate | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (e.type !== c.type || !datesCompatible(e.date, c.date)) continue;
    if (c.type === 'Statement') {
      const agents = (x: Candidate) => x.participants.filter((p) => p.role === 'agent').map((p) => p.entity);
      if (agents(c).some((a) => agents(e).includes(a))) return e;
      continue;
    }
    // "X will buy Z" and "Y sold Z": different doers, different events.
    if (conflictingAgents(e, c)) continue;
    if (shares(e, c)) return e;
    const empty = !c.participants.length || !e.participants.length;
    if (c.documentLevel && (empty || (!!c.date && !!e.date))) return e;
    if ((c.definite || empty || e.headline) && !backRef) backRef = e;
  }
  return backRef;
}

function absorb(into: Candidate, c: Candidate): void {
  into.confidence = mergedConfidence(into.confidence, c.confidence);
  // A telling that names actors shows the event better than one that names none.
  if (!into.participants.length && c.participants.length && !c.headline) {
    into.trigger = c.trigger;
    into.evidence = c.evidence;
  }
  // A headline event takes the first telling of it in the body, then only what shares its actors.
  if (!c.headline && c.participants.length) into.headline = false;
  // A telling with no actors that does not point back ("who had been shot himself in 2019") may be another event: its date stays out.
  const pointsBack = c.participants.length > 0 || c.definite || c.documentLevel || !!into.headline;
  if (c.date && pointsBack && (!into.date || c.date.length > into.date.length)) into.date = c.date;
  into.place ??= c.place;
  for (const p of c.participants) {
    const have = into.participants.find((q) => q.entity === p.entity);
    if (!have) into.participants.push(p);
    // A decided outcome beats the generic role: "candidate" becomes "winner".
    else if (have.role === 'candidate' && (p.role === 'winner' || p.role === 'loser')) have.role = p.role;
    else if (have.role === 'participant' && p.role !== 'participant') have.role = p.role;
  }
}
