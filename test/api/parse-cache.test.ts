import { describe, expect, it } from 'vitest';
import { ByteBoundedCache } from '../../src/api/parse-cache.js';

describe('ByteBoundedCache (the parse cache of the API)', () => {
  it('never keeps a source over the entry limit, however many are sent (issue 11: 1,024 documents of 7 MB)', () => {
    const cache = new ByteBoundedCache<string>({ maxBytes: 1_000_000, maxEntryBytes: 32 * 1024 });
    for (let i = 0; i < 50; i++) cache.set(`${i}${'a'.repeat(100_000)}`, 'parsed');
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('keeps its estimated size under the total, dropping the least recently used first', () => {
    const cache = new ByteBoundedCache<number>({ maxBytes: 100_000, maxEntryBytes: 32 * 1024 });
    const key = (i: number) => `{ q${i} ${'f '.repeat(500)}}`;
    cache.set(key(0), 0);
    for (let i = 1; i < 200; i++) {
      cache.set(key(i), i);
      cache.get(key(0)); // kept warm
      expect(cache.bytes).toBeLessThanOrEqual(100_000);
    }
    expect(cache.get(key(0))).toBe(0);
    expect(cache.get(key(1))).toBeUndefined();
    expect(cache.get(key(199))).toBe(199);
    expect(cache.size).toBeGreaterThan(1);
  });
});
