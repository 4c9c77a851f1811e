import type { ExtractedEntity, ExtractedEvent } from '../../model/extraction.js';
import { clauseAround, type MentionRef, sentenceViews, type SentenceView, type Token } from '../clauses.js';
import { resolveDates, type DateMention, type Tense } from '../dates.js';
import { eventLexicon } from './lexicon.js';
import { type Candidate, mergeCandidates } from './merge.js';
import { argumentsOf } from './participants.js';
import { tenseNear } from './tense.js';
import { mentionConfidence } from './confidence.js';
import { SpeakerTracker } from './speakers.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import type { DocumentContext } from '../types.js';

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'these']);

/**
 * Events: lexicon triggers in each sentence, participants from the trigger's
 * clause, a date and place from the same sentence, then one event per
 * real-world event in the document.
 */
export function findEvents(ctx: DocumentContext, entities: ExtractedEntity[]): ExtractedEvent[] {
  const lex = eventLexicon();
  const candidates: Candidate[] = [];
  const headline = headlineSentence(ctx);
  const views = sentenceViews(ctx, entities);
  const speakers = new SpeakerTracker(ctx.text, views);
  for (const view of views) {
    const hits = findTriggers(view, lex);
    if (!hits.length) {
      speakers.addSentence(view);
      continue;
    }
    const dates = sentenceDates(ctx, view);
    for (const hit of hits) {
      const spec = lex.specs.get(hit.entry.type);
      if (!spec) continue;
      const args = argumentsOf(view, hit, spec, lex, hits, speakers);
      if (hit.entry.type === 'Statement' && hit.entry.pos === 'verb') speakers.noteStatement(view.sentence.index, args.participants.find((p) => p.role === 'agent')?.entity);
      if (spec.transitiveNeedsTarget && spec.targetVerbs?.has(hit.entry.lemma) && !args.participants.some((p) => p.role === 'target')) continue;
      const { tokens } = view;
      const first = tokens[hit.first] as Token;
      const last = tokens[hit.last] as Token;
      const date = nearestDate(ctx.text, dates, tokens, hit, hits, args.clause);
      const isHeadline = view.sentence.index === headline;
      const candidate: Candidate = {
        type: hit.entry.type,
        ...(date && { date }),
        ...(args.place && { place: args.place }),
        trigger: { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end) },
        participants: args.participants,
        evidence: { start: view.sentence.start, end: view.sentence.end },
        definite: hit.entry.pos === 'noun' && DEFINITE.has(tokens[hit.first - 1]?.normal ?? ''),
        documentLevel: spec.documentLevel,
        ...(isHeadline && { headline: true }),
        confidence: mentionConfidence({
          hit,
          tokens,
          spec,
          participants: args.participants,
          hasDate: !!date,
          pronounAgent: !!args.pronounSubject,
          quoted: speakers.quoted(first.start),
          headline: isHeadline,
        }),
      };
      candidates.push(candidate);
      const entailed = spec.entails.get(hit.entry.lemma);
      // Only a killing that happened entails a death: not "attempted to murder", "may kill".
      if (entailed && realis(tokens, hit)) {
        const entailedCandidate = entailedEvent(candidate, entailed, lex.specs.get(entailed)?.documentLevel ?? false);
        if (entailedCandidate) candidates.push(entailedCandidate);
      }
    }
    speakers.addSentence(view);
  }
  const merged = mergeCandidates(candidates).filter((c) => {
    const spec = lex.specs.get(c.type);
    // An election with a date stands without named actors ("elections are due on 3 November").
    if (!c.participants.length) return c.documentLevel && !!c.date;
    if (spec?.needsAgent && !c.participants.some((p) => p.role === 'agent')) return false;
    if (spec?.needsTarget && !c.participants.some((p) => p.role === 'target')) return false;
    return true;
  });
  return merged.map((c, i) => ({
    id: `v${i + 1}`,
    type: c.type,
    ...(c.date && { date: c.date }),
    ...(c.place && { place: c.place.id }),
    trigger: c.trigger,
    participants: c.participants.map((p) => ({ entity: p.entity.id, role: p.role })),
    evidence: c.evidence,
    confidence: c.confidence,
  }));
}

const IRREALIS = new Set(['to', 'attempt', 'attempted', 'attempting', 'would', 'could', 'may', 'might', 'not', "n't", 'never', 'plot', 'plotting', 'plotted', 'threat', 'threatened', 'threatening']);

/** The trigger reports something that happened: no infinitive, modal, negation or attempt just before it. */
function realis(tokens: Token[], hit: TriggerHit): boolean {
  for (let k = Math.max(0, hit.first - 3); k < hit.first; k++) if (IRREALIS.has(tokens[k]!.normal)) return false;
  return !/^attempted$/i.test(tokens[hit.first - 1]?.normal ?? '');
}

/** "X was gunned down": the killing's target died; the killer, if named, is the death's agent. */
function entailedEvent(c: Candidate, type: Candidate['type'], documentLevel: boolean): Candidate | undefined {
  const participants = c.participants.filter((p) => p.role === 'target' || p.role === 'agent');
  if (!participants.some((p) => p.role === 'target')) return undefined;
  return { ...c, type, participants, documentLevel, definite: false, confidence: Math.max(0.05, c.confidence - 0.05) };
}

/** The first sentence when it is a line of its own (a news headline) and a body follows. */
function headlineSentence(ctx: DocumentContext): number | undefined {
  const first = ctx.sentences[0];
  if (!first || ctx.sentences.length < 3) return undefined;
  return /^\s*\n/.test(ctx.text.slice(first.end, first.end + 3)) || first.end >= ctx.text.trimEnd().length ? 0 : undefined;
}

/** Dates of a sentence; a bare weekday points forward in a future-tense clause. */
function sentenceDates(ctx: DocumentContext, view: SentenceView): DateMention[] {
  const { tokens } = view;
  const tenseAt = (offset: number): Tense => {
    const i = tokens.findIndex((t) => t.end > offset);
    return i < 0 ? 'unknown' : tenseNear(tokens, i);
  };
  const { start, end } = view.sentence;
  return resolveDates(ctx.text, ctx.dates.filter((d) => d.start >= start && d.end <= end), ctx.doc.publishedAt, tenseAt);
}

const SUBORDINATORS = new Set(['who', 'which', 'whose', 'whom', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'where', 'if', 'unless']);

/** The clause around a date offset opens with a relative pronoun or a subordinator. */
function subordinateClauseAt(tokens: Token[], offset: number): boolean {
  const i = tokens.findIndex((t) => t.end > offset);
  if (i < 0) return false;
  const [first] = clauseAround(tokens, i);
  return SUBORDINATORS.has(tokens[first]!.normal);
}

/** A trigger lies within [from, to) of the text. */
function between(tokens: Token[], h: TriggerHit, from: number, to: number): boolean {
  return tokens[h.first]!.start >= from && tokens[h.last]!.end <= to;
}

function gapTo(d: DateMention, start: number, end: number): number {
  return d.start >= end ? d.start - end : Math.max(0, start - d.end);
}

/** "since 1980", "until June": the edge of a state of affairs, not when an event happened. */
const NOT_EVENT_DATE = /\b(?:since|until|till|through|by|from)\s+(?:the\s+)?$/i;

/**
 * The date nearest the trigger, preferring its own clause; a date with
 * another trigger in between belongs to that one ("said the four were
 * arrested on Monday").
 */
function nearestDate(text: string, dates: DateMention[], tokens: Token[], hit: TriggerHit, hits: TriggerHit[], clause: [number, number]): string | undefined {
  if (!dates.length) return undefined;
  const cStart = tokens[clause[0]]!.start;
  const cEnd = tokens[clause[1]]!.end;
  const tStart = tokens[hit.first]!.start;
  const tEnd = tokens[hit.last]!.end;
  let best: DateMention | undefined;
  let bestScore = Infinity;
  for (const d of dates) {
    // "since the 1992 election": a year that modifies the trigger dates it, whatever stands before.
    const modifiesTrigger = d.end <= tStart && /^[\s\w-]{0,30}$/.test(text.slice(d.end, tStart)) && text.slice(d.end, tStart).trim().split(/\s+/).length <= 3;
    if (!modifiesTrigger && NOT_EVENT_DATE.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    const distance = gapTo(d, tStart, tEnd);
    // A date belongs to the trigger nearest to it ("said last Friday that a strike ...").
    // But "go on strike on 3 September demanding ...": a date after "on" or "in" belongs to what precedes it.
    const leftward = d.start >= tEnd && /\b(?:on|in|at|during)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start));
    if (hits.some((h) => h !== hit && gapTo(d, tokens[h.first]!.start, tokens[h.last]!.end) < distance && !(leftward && tokens[h.first]!.start >= d.end && !between(tokens, h, tEnd, d.start)))) continue;
    const inClause = d.start >= cStart && d.end <= cEnd;
    if (!inClause && distance > 60) continue;
    // "X was fined, who was himself jailed last year": a relative or subordinate clause dates its own verb.
    if (!inClause && subordinateClauseAt(tokens, d.start)) continue;
    // A statement's date stands next to the speech verb: "said on Monday", "on Tuesday told".
    if (hit.entry.type === 'Statement' && (!inClause || distance > 25)) continue;
    // "said a proposal last month ...": a date inside the reported words dates them, not the saying.
    if (hit.entry.type === 'Statement' && d.start >= tEnd && !/^\s*(?:(?:on|in|at|late|early|earlier|later)\s+)*$/i.test(text.slice(tEnd, d.start))) continue;
    const score = distance + (inClause ? 0 : 1000);
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best?.iso;
}
