import { type MentionRef, type SentenceView, isPrepositionGap, wordsBetween } from '../clauses.js';
import type { RawRelation } from './patterns.js';

/**
 * Teachers and where they taught: "studied under P at O", "a disciple of P
 * at O", "O, where she studied with P". A teacher named with the school is
 * on its staff (WORKS_FOR). The student's own tie to the school (studying is
 * no employment) is not read.
 */
const STUDY_WORDS = new Set(['studied', 'study', 'studies', 'studying', 'trained', 'student', 'students', 'disciple', 'disciples', 'pupil', 'pupils', 'apprentice', 'supervision', 'tutelage', 'guidance']);
const TIES = new Set(['with', 'under', 'of']);
/** "P at O", "P in the O": the school after the teacher. */
const AT = new Set(['at', 'in']);
/** Words from the study word to the teacher's name: "under the supervision of", "with the composer". */
const MAX_TO_TEACHER = 5;
const CONFIDENCE = 0.55;

export function teacherRelations(view: SentenceView): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.type !== 'Person') continue;
    const cue = studyCue(view, p);
    if (cue < 0) continue;
    // "... P at O": the school after the teacher (more teachers between, coordinated: "P and Q at O").
    let j = i + 1;
    while (mentions[j]?.type === 'Person' && wordsBetween(tokens, mentions[j - 1]!, mentions[j]!).every((w) => w === 'and')) j++;
    const after = mentions[j];
    let school: MentionRef | undefined;
    if (after?.type === 'Organization' && isPrepositionGap(wordsBetween(tokens, mentions[j - 1]!, after), AT)) school = after;
    // "O, where he studied with P": the school before "where".
    if (!school) {
      const where = tokens.slice(0, cue).map((t) => t.normal).lastIndexOf('where');
      const before = where > 0 ? mentions.filter((m) => m.last === where - 1 && m.type === 'Organization')[0] : undefined;
      if (before && cue - where <= 4) school = before;
    }
    if (!school) continue;
    for (let k = i; k < j; k++) out.push({ subject: mentions[k]!, predicate: 'WORKS_FOR', object: school, confidence: CONFIDENCE, employed: true });
    i = j - 1;
  }
  return out;
}

/** The index of the study word that governs p ("studied under [the supervision of] p"), or -1. */
function studyCue(view: SentenceView, p: MentionRef): number {
  const { tokens } = view;
  let tie = -1;
  for (let k = p.first - 1; k >= 0 && p.first - k <= MAX_TO_TEACHER; k--) {
    const w = tokens[k]!.normal;
    if (/[,;]/.test(tokens[k]!.post) && k < p.first - 1) return -1;
    if (TIES.has(w) && tie < 0) tie = k;
    // "under the supervision of p": the study word may stand before or after the nearest tie.
    if (tie >= 0 && k < tie && STUDY_WORDS.has(w)) return k;
  }
  return -1;
}
