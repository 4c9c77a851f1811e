import type { ExtractedEntity } from '../../model/extraction.js';
import type { MentionRef, SentenceView, Token } from '../clauses.js';
import { lex } from '../entities/lexicons.js';
import type { RelationCues } from './cues.js';

/**
 * News anaphora: a story names an actor once and then says "the party",
 * "the union", "the company", "he". Each such phrase becomes a mention of the
 * actor it stands for, so every sentence rule reads "the party's leader, X"
 * as it reads "the Socialist Party's leader, X". One pass over the document,
 * sentence by sentence; per sentence a scan of its tokens for "the" and a
 * sentence-initial pronoun.
 *
 *   (the) HEAD   HEAD, a kind noun of relation-cues.json descriptionHeads, is the
 *                last word of an organisation named earlier ("the party" after
 *                "the Socialist Party"), the latest such, or the plural head of a
 *                group ("the officers" after "senior police officers");
 *                "the company"/"the firm" stand for the latest company; a capitalised HEAD
 *                alone ("Assembly speaker X") likewise
 *   He, She      (sentence-initial) the one person the previous sentence names
 *   They         (sentence-initial) the group the previous sentence opens with
 *   It, Its      (sentence-initial) the organisation the previous sentence opens with
 */

const COMPANY_WORDS = new Set(['company', 'firm']);
const CAPITALISED = /^\p{Lu}\p{Ll}+[’']?s?$/u;
const DETERMINERS = new Set(['the']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they']);
const THING_PRONOUNS = new Set(['it', 'its']);

export function withAnaphora(views: readonly SentenceView[], cues: RelationCues): Map<SentenceView, MentionRef[]> {
  const out = new Map<SentenceView, MentionRef[]>();
  const suffixes = lex.orgSuffixes();
  // Head word → the organisation or group last named with it.
  const byHead = new Map<string, ExtractedEntity>();
  let company: ExtractedEntity | undefined;
  let previous: SentenceView | undefined;
  for (const view of views) {
    const added: MentionRef[] = [];
    const { tokens, mentions } = view;
    const inMention = (k: number) => mentions.some((m) => m.first <= k && k <= m.last);
    // Only names already met stand behind a description: learn this sentence's names after reading it.
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!DETERMINERS.has(tokens[k]!.normal) || inMention(k) || inMention(k + 1)) continue;
      const head = tokens[k + 1]!;
      const entity = COMPANY_WORDS.has(head.normal) ? company : byHead.get(head.normal);
      if (!entity || !standsAlone(tokens, k + 1)) continue;
      added.push(mention(entity, tokens, k, k + 1));
    }
    // "Assembly speaker X": the capitalised head alone, as a modifier, stands for the body named with it.
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!cues.descriptionHeads.has(t.normal) || !CAPITALISED.test(t.text) || inMention(k)) continue;
      const entity = byHead.get(t.normal);
      const [before, after] = [tokens[k - 1], tokens[k + 1]];
      // Part of a longer name nobody found ("Kenyan Assembly Hall"), or "the Assembly" (read above): left alone.
      if (!entity || (before && (/^\p{Lu}/u.test(before.text) || DETERMINERS.has(before.normal))) || (after && /^\p{Lu}/u.test(after.text))) continue;
      added.push(mention(entity, tokens, k, k));
    }
    const first = tokens[0];
    if (first && !inMention(0) && previous) {
      const before = out.get(previous) ?? previous.mentions;
      const people = new Set(before.filter((m) => m.type === 'Person').map((m) => m.entity));
      // "A met B. He ...": with two people named, "he" may be either.
      const antecedent = PERSON_PRONOUNS.has(first.normal)
        ? people.size === 1 ? before.find((m) => m.type === 'Person') : undefined
        : GROUP_PRONOUNS.has(first.normal) && before[0]?.type === 'Group' ? before[0]
        : THING_PRONOUNS.has(first.normal) && before[0]?.type === 'Organization' && before[0].first <= 1 ? before[0] : undefined;
      if (antecedent) added.push(mention(antecedent.entity, tokens, 0, 0));
    }
    const all = added.length ? [...mentions, ...added].sort((a, b) => a.first - b.first) : mentions;
    out.set(view, all);
    for (const m of mentions) {
      if (m.type !== 'Organization' && m.type !== 'Group') continue;
      const words = m.entity.name.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!.replace(/\.$/, '');
      if (suffixes.has(last)) company = m.entity;
      else if (words.length > 1 && (cues.descriptionHeads.has(last) || (m.type === 'Group' && /[^s]s$/.test(last)))) byHead.set(last, m.entity);
    }
    previous = view;
  }
  return out;
}

/** "the party" or "the party's", not "the party leadership" (a modifier) nor "the party of Y" (a new description). */
function standsAlone(tokens: Token[], h: number): boolean {
  const head = tokens[h]!;
  if (!head.tags.has('Noun') || /[’']s?$/.test(head.text)) return true;
  const next = tokens[h + 1];
  if (!next || /[,;:.]/.test(head.post)) return true;
  return !next.tags.has('Noun') && next.normal !== 'of';
}

function mention(entity: ExtractedEntity, tokens: Token[], first: number, last: number): MentionRef {
  return {
    entity,
    type: entity.type,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    possessive: /[’']s?$/.test(tokens[last]!.text),
  };
}
