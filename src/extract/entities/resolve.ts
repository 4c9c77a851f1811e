import type { Candidate } from './candidate.js';

/**
 * Settles overlapping candidates: the highest priority wins, then the longer
 * span, then the earlier one. Linear in candidates times the accepted spans
 * it is checked against (a sorted array, binary search).
 */
export function resolveOverlaps(candidates: Candidate[], text: string): Candidate[] {
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Candidate[] = []; // kept sorted by start
  for (const c of sorted) {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = accepted[lo - 1];
    const next = accepted[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    accepted.splice(lo, 0, { ...c, text: text.slice(c.start, c.end) });
  }
  return accepted;
}

/**
 * "Nigeria's military government" names an organization and also mentions
 * Nigeria: the place inside a descriptive organization is kept as a nested
 * mention.
 */
export function withNestedPlaces(accepted: Candidate[], candidates: Candidate[]): Candidate[] {
  const hosts = accepted.filter((a) => a.rule === 'descriptive-org');
  if (!hosts.length) return accepted;
  const nested = candidates.filter(
    (c) => c.type === 'Place' && hosts.some((h) => h.start <= c.start && c.end <= h.end) && !accepted.some((a) => a.start === c.start && a.end === c.end),
  );
  return [...accepted, ...nested.map((c) => ({ ...c }))].sort((a, b) => a.start - b.start);
}
