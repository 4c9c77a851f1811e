import type { ExtractedEntity } from '../../model/extraction.js';
import type { MentionRef, SentenceView } from '../clauses.js';
import { insideAny, quotedSpans } from './quotes.js';
import type { TextSpan } from '../../model/extraction.js';

export type Gender = 'male' | 'female';

const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'monsieur', 'senor', 'herr', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'queen', 'princess', 'mme', 'senora', 'frau', 'sister', 'dame']);
const MALE_WORDS = new Set(['spokesman', 'chairman', 'businessman', 'congressman', 'husband', 'father', 'son', 'brother', 'boy', 'man']);
const FEMALE_WORDS = new Set(['spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'wife', 'mother', 'daughter', 'sister', 'girl', 'woman', 'widow']);

/** What a "he"/"she" was resolved to: a person, or a speaker the text leaves unnamed ("a police spokesman said"). */
export type SpeakerRef = { entity: ExtractedEntity } | 'unnamed' | undefined;

/**
 * Who "he" and "she" stand for, read through the document in order:
 * the nearest person of a fitting gender before it in its sentence (outside
 * quotations), else the speaker of the statement just before ("... ," he
 * added), else the nearest fitting person earlier in the paragraph, else the
 * story's main speaker (the person quoted most so far), else the person
 * named last. A name inside a quotation is never the antecedent.
 */
export class SpeakerTracker {
  private readonly quotes: TextSpan[];
  private readonly genders = new Map<ExtractedEntity, Gender>();
  private readonly spoken = new Map<ExtractedEntity, number>();
  /** People named so far outside quotations, in text order, with their paragraph. */
  private readonly people: Array<{ m: MentionRef; paragraph: number }> = [];
  private lastSpeaker: { ref: SpeakerRef; sentence: number } | undefined;
  private readonly paragraphStarts: number[] = [];

  constructor(private readonly text: string, views: SentenceView[]) {
    this.quotes = quotedSpans(text);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.paragraphStarts.push(i + 1);
    for (const v of views) for (const m of v.mentions) if (m.type === 'Person') this.learnGender(v, m);
  }

  quoted(offset: number): boolean {
    return insideAny(this.quotes, offset);
  }

  paragraphOf(offset: number): number {
    let n = 0;
    while (n < this.paragraphStarts.length && this.paragraphStarts[n]! <= offset) n++;
    return n;
  }

  /** Called once per sentence, after its events: people named in it become antecedents for what follows. */
  addSentence(view: SentenceView): void {
    for (const m of view.mentions) if (m.type === 'Person' && !this.quoted(m.start)) this.people.push({ m, paragraph: this.paragraphOf(m.start) });
  }

  /** A statement's speaker, named or not, for "he added" in the next sentence. */
  noteStatement(sentence: number, speaker: ExtractedEntity | undefined): void {
    if (speaker) {
      this.spoken.set(speaker, (this.spoken.get(speaker) ?? 0) + 1);
      this.lastSpeaker = { ref: { entity: speaker }, sentence };
    } else if (this.lastSpeaker?.sentence !== sentence) this.lastSpeaker = { ref: 'unnamed', sentence };
  }

  /**
   * The person a "he"/"she" at token k of the view stands for. `speech`:
   * the pronoun is the subject of a speech verb, which continues the last statement.
   */
  resolve(view: SentenceView, k: number, pronoun: 'he' | 'she', speech: boolean, exclude: readonly ExtractedEntity[] = []): SpeakerRef {
    const want: Gender = pronoun === 'he' ? 'male' : 'female';
    // An object pronoun is not its own clause's subject ("X defeated him"): the caller names who to skip.
    const fits = (e: ExtractedEntity) => (this.genders.get(e) ?? want) === want && !exclude.includes(e);
    const at = view.tokens[k]!.start;
    const same = view.mentions.filter((m) => m.type === 'Person' && m.last < k && !m.possessive && !this.quoted(m.start) && fits(m.entity));
    if (same.length) return { entity: same[same.length - 1]!.entity };
    const index = view.sentence.index;
    if (speech && this.lastSpeaker && this.lastSpeaker.sentence >= index - 1) {
      const ref = this.lastSpeaker.ref;
      if (ref === 'unnamed' || (ref && fits(ref.entity))) return ref;
    }
    const paragraph = this.paragraphOf(at);
    for (let i = this.people.length - 1; i >= 0 && this.people[i]!.paragraph === paragraph; i--) {
      const p = this.people[i]!;
      if (fits(p.m.entity)) return { entity: p.m.entity };
    }
    // A speech verb falls back on the story's main speaker; anything else on the person named last.
    let main: ExtractedEntity | undefined;
    if (speech) for (const [e, n] of this.spoken) if (fits(e) && (!main || n > (this.spoken.get(main) ?? 0))) main = e;
    if (main) return { entity: main };
    for (let i = this.people.length - 1; i >= 0; i--) if (fits(this.people[i]!.m.entity)) return { entity: this.people[i]!.m.entity };
    return undefined;
  }

  /** Gender from a first name compromise knows, an honorific, or a gendered title just before the name. */
  private learnGender(view: SentenceView, m: MentionRef): void {
    if (this.genders.has(m.entity)) return;
    const { tokens } = view;
    const first = tokens[m.first]!;
    let g: Gender | undefined;
    if (first.tags.has('FemaleName')) g = 'female';
    else if (first.tags.has('MaleName')) g = 'male';
    for (let k = m.first; k <= Math.min(m.last, m.first + 1) && !g; k++) {
      const w = tokens[k]!.normal.replace(/\.$/, '');
      if (MALE_HONORIFICS.has(w)) g = 'male';
      else if (FEMALE_HONORIFICS.has(w)) g = 'female';
    }
    for (let k = m.first - 1; k >= Math.max(0, m.first - 2) && !g; k--) {
      const w = tokens[k]!.normal.replace(/\.$/, '');
      if (MALE_HONORIFICS.has(w) || MALE_WORDS.has(w)) g = 'male';
      else if (FEMALE_HONORIFICS.has(w) || FEMALE_WORDS.has(w)) g = 'female';
    }
    if (g) this.genders.set(m.entity, g);
  }
}
