import type { DocumentInput } from '../model/document.js';
import type { ExtractedEntity } from '../model/extraction.js';
import type { DateMatch } from './dates.js';
import type { NlpDocument } from './nlp.js';

/** A sentence of the document: UTF-16 offsets into the original text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A term of the parse, with its offsets in the text. */
export interface ParsedTerm {
  text: string;
  pre?: string;
  post?: string;
  /** compromise's own tag set, never changed; a copy with `Date` added for words inside a date. */
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** A sentence of the parse, its terms placed on the text. */
export interface ParsedSentence {
  offset: { start: number; length: number };
  terms: ParsedTerm[];
}

/** What every extraction stage sees of a document. */
export interface DocumentContext {
  doc: DocumentInput;
  text: string;
  sentences: Sentence[];
  /** The one compromise parse of the whole text: stages share it, never re-parse the document. */
  parsed: NlpDocument;
  /** Its sentences and terms with offsets aligned on the text, read once from the parse. */
  parsedSentences: ParsedSentence[];
  /** The text's date phrases, unresolved: found once, resolved per sentence by the stages that need them. */
  dates: DateMatch[];
}

/** Entities after document-level identity: one per real thing. */
export type DocumentEntities = ExtractedEntity[];
