import { badInput } from './errors.js';

/** Opaque page cursors: the offset of the item, base64url-encoded. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset after `after` (0 without a cursor); a cursor this API did not make is a user error. */
export function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  if (after.length > 32) throw badInput('`after` is not a cursor of this API', { argument: 'after' });
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw badInput(`\`after\` is not a cursor of this API: "${after}"`, { argument: 'after' });
  return Number(m[1]) + 1;
}

/** A Relay-style connection over one fetched page (rows from offset `skip`). */
export function connectionOf<R, N>(rows: R[], skip: number, total: number, node: (row: R) => N, extra: (row: R) => Record<string, unknown> = () => ({})) {
  const edges = rows.map((row, i) => ({ cursor: encodeCursor(skip + i), node: node(row), ...extra(row) }));
  return {
    totalCount: total,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: skip + rows.length < total, endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null },
  };
}
