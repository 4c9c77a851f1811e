import type { DocumentInput } from '../model/document.js';
import { ActorgraphError } from '../model/errors.js';
import { isPublicationTime } from '../model/dates.js';

/**
 * The one check of a document given as fields (a JSON file or line, or the
 * API's `ingestDocument` input): what the file readers and the API both accept.
 */

/** Largest single document accepted; a larger file is most likely not a news text. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ID_LENGTH = 256;
export const MAX_TITLE_LENGTH = 1_000;
export const MAX_URL_LENGTH = 2_048;


/** Why fields do not make a document; `field` names the culprit when there is one. */
export class DocumentInputError extends ActorgraphError<'INVALID_DOCUMENT'> {
  readonly field: keyof DocumentInput | undefined;
  constructor(message: string, field?: keyof DocumentInput) {
    super('INVALID_DOCUMENT', message);
    this.field = field;
  }
}

export interface DocumentCheckOptions {
  /** The id when the fields give none (a file's name, a line number); without it, an id is required. */
  fallbackId?: string;
  maxDocumentBytes?: number;
}

/** The document the fields describe; throws DocumentInputError. Absent and null optional fields are the same. */
export function toDocumentInput(value: unknown, opts: DocumentCheckOptions = {}): DocumentInput {
  const max = opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentInputError('expected a JSON object {id, text, title?, publishedAt?, url?}');
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') throw new DocumentInputError('missing "text" (a string)', 'text');
  if (v.text.trim() === '') throw new DocumentInputError('empty "text"', 'text');
  const bytes = Buffer.byteLength(v.text);
  if (bytes > max) throw new DocumentInputError(`"text" too large (${formatBytes(bytes)}; the limit is ${formatBytes(max)})`, 'text');
  for (const key of ['id', 'title', 'publishedAt', 'url'] as const) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') throw new DocumentInputError(`"${key}" must be a string`, key);
  }
  const given = typeof v.id === 'string' ? v.id.trim() : '';
  const id = given !== '' ? given : opts.fallbackId;
  if (id === undefined || id === '') throw new DocumentInputError('empty "id"', 'id');
  if (id.length > MAX_ID_LENGTH) throw new DocumentInputError(`"id" is at most ${MAX_ID_LENGTH} characters, got ${id.length}`, 'id');
  const title = v.title as string | null | undefined;
  const url = v.url as string | null | undefined;
  const publishedAt = v.publishedAt as string | null | undefined;
  if (title != null && title.length > MAX_TITLE_LENGTH) throw new DocumentInputError(`"title" is at most ${MAX_TITLE_LENGTH} characters, got ${title.length}`, 'title');
  if (url != null && url.length > MAX_URL_LENGTH) throw new DocumentInputError(`"url" is at most ${MAX_URL_LENGTH} characters, got ${url.length}`, 'url');
  if (publishedAt != null && !isPublicationTime(publishedAt)) {
    throw new DocumentInputError(`"publishedAt" is not an ISO 8601 date: ${JSON.stringify(publishedAt)}`, 'publishedAt');
  }
  const doc: DocumentInput = { id, text: v.text };
  if (title != null) doc.title = title;
  if (publishedAt != null) doc.publishedAt = publishedAt;
  if (url != null) doc.url = url;
  return doc;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
