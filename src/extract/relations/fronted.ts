import type { ExtractedEntity } from '../../model/extraction.js';
import type { SentenceView } from '../clauses.js';
import type { RelationCues, Title } from './cues.js';
import type { RawRelation } from './patterns.js';
import { titleIndex } from './title-index.js';

/**
 * An encyclopedia intro's description fronted without a subject: "A member
 * of the Y party, former minister of Z." (a fragment about the article's
 * subject) or "A member of the Y party, she ...". The title's relation holds
 * between the topic and the body named right after it, unless another person
 * named later in the sentence may be the one described.
 */
const OPENERS = new Set(['a', 'an', 'former', 'longtime', 'once']);
const TIE_WORDS = new Set(['of', 'at', 'for', 'in', 'with']);
const MAX_LEAD = 4;
const CONFIDENCE = 0.55;

export function frontedTitle(view: SentenceView, topic: ExtractedEntity | undefined, cues: RelationCues): RawRelation[] {
  const { tokens, mentions } = view;
  if (topic?.type !== 'Person' || !OPENERS.has(tokens[0]?.normal ?? '')) return [];
  let k = 1;
  let title: Title | undefined;
  for (; k <= MAX_LEAD && k < tokens.length && !title; k++) {
    title = titleIndex(cues).startingWith(tokens[k]!.normal).find((t) => t.words.every((w, n) => tokens[k + n]?.normal === w));
    if (!title && !(cues.titleModifiers.has(tokens[k]!.normal) || tokens[k]!.tags.has('Adjective'))) return [];
  }
  if (!title) return [];
  let j = k - 1 + title.words.length;
  if (!TIE_WORDS.has(tokens[j]?.normal ?? '')) return [];
  j++;
  if (tokens[j]?.normal === 'the') j++;
  const body = mentions.find((m) => m.first === j);
  if (!body || (body.type !== 'Organization' && !(body.type === 'Place' && title.leadsPlace)) || body.entity === topic) return [];
  // "A member of the Y party, (former minister) Ann Lee said ...": a person right after the fronted phrase is the one described.
  let comma = body.last;
  while (comma < tokens.length && !/,/.test(tokens[comma]!.post)) comma++;
  if (mentions.some((m) => m.first > comma && m.first <= comma + 1 + MAX_LEAD && m.type === 'Person' && m.entity !== topic)) return [];
  // The topic's own mention stands in for the missing subject, placed on the opening word.
  const subject = { entity: topic, type: topic.type, start: tokens[0]!.start, end: tokens[0]!.end, first: 0, last: 0, possessive: false };
  return [{ subject, predicate: title.predicate, object: body, confidence: CONFIDENCE, ...(title.employment && { employed: true as const }) }];
}
