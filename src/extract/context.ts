import type { DocumentInput } from '../model/document.js';
import type { NlpDocument } from './nlp.js';
import type { DocumentContext, ParsedSentence } from './types.js';

/** The context of a document: one parse, one JSON rendering of it, its sentences. */
export function documentContext(doc: DocumentInput, parsed: NlpDocument): DocumentContext {
  const parsedJson = parsed.json({ offset: true, terms: { offset: true } }) as ParsedSentence[];
  const sentences = parsedJson.map((s, index) => {
    const start = s.offset.start;
    const end = start + s.offset.length;
    return { index, start, end, text: doc.text.slice(start, end) };
  });
  return { doc, text: doc.text, parsed, parsedJson, sentences };
}

