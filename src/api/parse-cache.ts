/**
 * The parse and validation cache of yoga, bounded by bytes rather than by
 * entries: yoga's default keeps 1,024 documents (and parse errors) keyed by
 * their full source, so 1,024 distinct 7 MB queries pinned gigabytes (issue 11,
 * item 1). Here a source over `maxEntryBytes` is never kept, and the total is
 * bounded, least recently used first out.
 */
export interface ByteBoundedCacheOptions {
  /** Largest estimated total size of the entries kept. */
  maxBytes: number;
  /** Sources longer than this are not cached at all (a real client's queries are far smaller). */
  maxEntryBytes: number;
}

/** A parsed document takes several times its source in memory; this factor keeps the estimate on the safe side. */
const AST_BYTES_PER_SOURCE_CHAR = 24;

export class ByteBoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;
  constructor(private readonly opts: ByteBoundedCacheOptions) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key); // re-inserted: most recently used last
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V): void {
    if (key.length * 2 > this.opts.maxEntryBytes) return;
    const bytes = key.length * (2 + AST_BYTES_PER_SOURCE_CHAR);
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [k, e] of this.entries) {
      if (this.total <= this.opts.maxBytes) break;
      this.entries.delete(k);
      this.total -= e.bytes;
    }
  }

  /** Estimated bytes held, for tests and the benchmark. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }
}
