import type { NlpDocument } from './nlp.js';
import type { Sentence } from './types.js';

/** Splits text into sentences with offsets into the original string. */
export function splitSentences(text: string, parsed: NlpDocument): Sentence[] {
  const json = parsed.sentences().json({ offset: true, terms: { offset: true } }) as Array<{
    offset: { start: number; length: number };
  }>;
  return json.map((s, index) => {
    const start = s.offset.start;
    const end = start + s.offset.length;
    return { index, start, end, text: text.slice(start, end) };
  });
}
