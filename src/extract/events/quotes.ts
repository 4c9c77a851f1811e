import type { TextSpan } from '../../model/extraction.js';

/**
 * Quoted stretches of a text, paragraph by paragraph (a paragraph is a
 * line). A paragraph that goes on a quotation from the one before opens
 * with no quote mark and holds an odd number of straight quotes: it starts
 * inside the quotation ("...group '," he said.).
 */
export function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const straight = (line.match(/"/g) ?? []).length;
    let open: number | undefined = straight % 2 === 1 && !/^\s*["“]/.test(line) && !line.includes('“') ? lineStart : undefined;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i];
      const opens = c === '“' || (c === '"' && open === undefined);
      const closes = c === '”' || (c === '"' && open !== undefined);
      if (opens && open === undefined) open = i;
      else if (closes && open !== undefined) {
        spans.push({ start: open, end: i + 1 });
        open = undefined;
      }
    }
    if (open !== undefined) spans.push({ start: open, end: lineEnd });
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return spans;
}

/** Whether an offset falls inside one of the (sorted) spans. */
export function insideAny(spans: TextSpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
