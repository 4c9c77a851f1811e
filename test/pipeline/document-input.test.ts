import { describe, expect, it } from 'vitest';
import { DocumentInputError, MAX_ID_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH, toDocumentInput } from '../../src/pipeline/document-input.js';

const text = 'Harbour pilots in Corvane stopped work on Tuesday.';

describe('toDocumentInput: the one check of a document given as fields (file readers and API)', () => {
  it('keeps the fields it knows, trims the id, and treats null like absent', () => {
    expect(toDocumentInput({ id: '  p-1 ', text, title: 'Pilots stop', publishedAt: '2021-06', url: 'https://news.example/p-1', extra: 1 })).toEqual({
      id: 'p-1',
      text,
      title: 'Pilots stop',
      publishedAt: '2021-06',
      url: 'https://news.example/p-1',
    });
    expect(toDocumentInput({ id: 'p-2', text, title: null, publishedAt: null, url: null })).toEqual({ id: 'p-2', text });
  });

  it('uses the fallback id only when the fields give none', () => {
    expect(toDocumentInput({ text }, { fallbackId: 'file-3' }).id).toBe('file-3');
    expect(toDocumentInput({ id: ' ', text }, { fallbackId: 'file-3' }).id).toBe('file-3');
    expect(toDocumentInput({ id: 'given', text }, { fallbackId: 'file-3' }).id).toBe('given');
  });

  it.each<[string, unknown, string | undefined, RegExp]>([
    ['not an object', [1, 2], undefined, /expected a JSON object/],
    ['no text', { id: 'a' }, 'text', /missing "text"/],
    ['blank text', { id: 'a', text: ' \n ' }, 'text', /empty "text"/],
    ['text over the limit', { id: 'a', text: 'x'.repeat(2048) }, 'text', /"text" too large/],
    ['a number as title', { id: 'a', text, title: 7 }, 'title', /"title" must be a string/],
    ['no id and no fallback', { text }, 'id', /empty "id"/],
    ['a blank id', { id: '   ', text }, 'id', /empty "id"/],
    ['an id too long', { id: 'i'.repeat(MAX_ID_LENGTH + 1), text }, 'id', /"id" is at most 256/],
    ['a title too long', { id: 'a', text, title: 't'.repeat(MAX_TITLE_LENGTH + 1) }, 'title', /"title" is at most/],
    ['a url too long', { id: 'a', text, url: `https://e.example/${'u'.repeat(MAX_URL_LENGTH)}` }, 'url', /"url" is at most/],
    ['a date in words', { id: 'a', text, publishedAt: 'last Tuesday' }, 'publishedAt', /not an ISO 8601 date/],
  ])('refuses %s, naming the field', (_, value, field, message) => {
    let caught: unknown;
    try {
      toDocumentInput(value, { maxDocumentBytes: 1024 });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DocumentInputError);
    expect((caught as DocumentInputError).field).toBe(field);
    expect((caught as DocumentInputError).message).toMatch(message);
  });

  it.each(['2021', '2021-06', '2021-06-15', '2021-06-15T08:30:00Z', '2021-06-15 08:30+02:00'])('accepts the partial ISO date %s', (publishedAt) => {
    expect(toDocumentInput({ id: 'a', text, publishedAt }).publishedAt).toBe(publishedAt);
  });
});
