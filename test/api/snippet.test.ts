import { describe, expect, it } from 'vitest';
import { encodeCursor, offsetAfter } from '../../src/api/cursor.js';
import { mutationRefusal } from '../../src/api/auth.js';
import { isAllowedOrigin } from '../../src/api/cors.js';
import { highlight, matchScore } from '../../src/api/snippet.js';

describe('snippets', () => {
  it('marks the words matching the query, whatever their accents and case', () => {
    const s = highlight('President Sebastián Piñera met the miners.', 'pinera MINERS');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['Piñera', 'miners']);
    expect(s.html).toBe('President Sebastián <mark>Piñera</mark> met the <mark>miners</mark>.');
  });

  it('escapes HTML around and inside the marks', () => {
    const s = highlight('<b>Strike</b> & "rally"', 'strike');
    expect(s.html).toBe('&lt;b&gt;<mark>Strike</mark>&lt;/b&gt; &amp; &quot;rally&quot;');
  });

  it('cuts long text around the first match and keeps highlight offsets in the cut text', () => {
    const text = `${'word '.repeat(100)}the strike began ${'more '.repeat(100)}`;
    const s = highlight(text, 'strike', 80);
    expect(s.text.length).toBe(80);
    expect(s.highlights).toHaveLength(1);
    expect(s.text.slice(s.highlights[0]!.start, s.highlights[0]!.end)).toBe('strike');
  });

  it('scores names by how many query words they match', () => {
    expect(matchScore('Michelle Bachelet', 'bachelet michelle')).toBe(2);
    expect(matchScore('Bachelet', 'bachelet michelle')).toBe(1);
  });
});

describe('cursors', () => {
  it('round-trips offsets and refuses foreign cursors', () => {
    expect(offsetAfter(encodeCursor(41))).toBe(42);
    expect(offsetAfter(null)).toBe(0);
    expect(() => offsetAfter('bm9wZQ')).toThrow(/not a cursor/);
  });
});

describe('the token rule', () => {
  it('lets queries through and checks mutations only when a token is set', () => {
    expect(mutationRefusal('query', null, 'tok')).toBeNull();
    expect(mutationRefusal('mutation', null, undefined)).toBeNull();
    expect(mutationRefusal('mutation', null, 'tok')?.extensions.code).toBe('UNAUTHENTICATED');
    expect(mutationRefusal('mutation', 'Bearer nope', 'tok')?.extensions.code).toBe('FORBIDDEN');
    expect(mutationRefusal('mutation', 'bearer tok', 'tok')).toBeNull();
  });
});

describe('CORS origins', () => {
  it('allows this machine on any port and the configured origins only', () => {
    expect(isAllowedOrigin('http://localhost:3000', [])).toBe(true);
    expect(isAllowedOrigin('http://[::1]:8080', [])).toBe(true);
    expect(isAllowedOrigin('https://localhost.example.com', [])).toBe(false);
    expect(isAllowedOrigin('https://news.example.org', ['https://news.example.org'])).toBe(true);
    expect(isAllowedOrigin('null', [])).toBe(false);
  });
});
