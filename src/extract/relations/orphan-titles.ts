import type { ExtractedEntity } from '../../model/extraction.js';
import type { MentionRef, SentenceView } from '../clauses.js';
import type { RelationCues, Title } from './cues.js';
import { titleEndingAt } from './title-index.js';

/**
 * Titles with no body beside them: "spokesman Peter Hollis told reporters",
 * "Vice-president X was sentenced". In a news story about one organisation
 * the title is most likely that organisation's; relations.ts ties the
 * person to the story's main organisation when the text ties them to no
 * other body. Offices of state (ministers, presidents, mayors) are left to the
 * country and government stand-ins of patterns.ts.
 */
export interface OrphanTitle {
  person: MentionRef;
  title: Title;
}

/** Words between the title and the name that keep it the name's title ("spokesman, Peter Hollis"). */
const MAX_TITLE_WORDS = 4;
/** Titles of someone who argues a side in a case ("prosecutor X", "lawyer X"): not staff of whatever body the story is about. */
const ADVOCATES = new Set(['lawyer', 'lawyers', 'prosecutor', 'prosecutors', 'attorney', 'attorneys', 'counsel']);
const OWNER_WORDS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);

export function orphanTitles(view: SentenceView, cues: RelationCues): OrphanTitle[] {
  const { tokens, mentions } = view;
  const out: OrphanTitle[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.type !== 'Person' || p.first === 0) continue;
    const floor = Math.max(0, p.first - MAX_TITLE_WORDS, (mentions[i - 1]?.last ?? -1) + 1);
    const words = tokens.slice(floor, p.first).map((t) => t.normal);
    const title = titleEndingAt(words, cues)?.title;
    // A candidate's party is not the story's main organisation by default, nor a lawyer's or prosecutor's employer.
    if (!title || title.government || title.leadsPlace || title.predicate === 'CANDIDATE_OF' || title.words.some((w) => ADVOCATES.has(w))) continue;
    const start = p.first - title.words.length;
    // A punctuation mark inside the title run would split it from the name.
    if (tokens.slice(start, p.first - 1).some((t) => /[,;:()"“”]/.test(t.post))) continue;
    // Something before the title that may own it: a name ("Acme spokesman X"), "its", an "of" phrase's end.
    let k = start - 1;
    while (k >= 0 && (cues.titleModifiers.has(tokens[k]!.normal) || tokens[k]!.tags.has('Adjective')) && !OWNER_WORDS.has(tokens[k]!.normal)) k--;
    const before = tokens[k];
    if (before && (mentions.some((m) => m.last === k) || OWNER_WORDS.has(before.normal) || before.tags.has('Noun') && !/[,;:]/.test(before.post))) continue;
    out.push({ person: p, title });
  }
  return out;
}

/**
 * The organisation a news story is about: named most often (at least three times), clearly ahead of the next.
 * `counts`: mentions per entity, descriptions standing for it included; by default its named mentions.
 */
export function mainOrganization(entities: ExtractedEntity[], counts?: ReadonlyMap<ExtractedEntity, number>): ExtractedEntity | undefined {
  const count = (e: ExtractedEntity) => counts?.get(e) ?? e.mentions.length;
  const orgs = entities.filter((e) => e.type === 'Organization').sort((a, b) => count(b) - count(a));
  const [first, second] = orgs;
  if (!first || count(first) < 3) return undefined;
  return !second || count(first) > count(second) ? first : undefined;
}
