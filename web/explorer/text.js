// Text helpers of the explorer: pure functions, no DOM, so they are unit-tested in Node.

const HTML_ESCAPES = /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

export function escapeHtml(/** @type {unknown} */ value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial ISO date at its own precision: "2013", "Nov 2013", "17 Nov 2013". Anything else is shown as given. */
export function formatDate(/** @type {string | null | undefined} */ date) {
  if (!date) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** One UTF-16 unit folded: lower case, accent removed ("Ú" → "u"), still one unit. */
function foldUnit(/** @type {string} */ c) {
  return (c.normalize('NFD')[0] ?? c).toLowerCase()[0] ?? c;
}

/**
 * The page's one text fold, for matching names and making file names: lower
 * case and accents removed, unit by unit, so the result has the string's
 * length and offsets found in the folded text are offsets in the original.
 */
export function fold(/** @type {string} */ s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i] ?? '');
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where the given names occur in `text` as whole words, ignoring case and
 * accents; longer names first, and a name inside an already found one is not
 * counted again ("Bachelet" inside "Michelle Bachelet").
 * @param {string} text
 * @param {string[]} names
 * @returns {Array<{start: number, end: number}>}
 */
export function findNames(text, names) {
  const haystack = fold(text);
  const found = /** @type {Array<{start: number, end: number}>} */ ([]);
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of unique) {
    const needle = fold(name);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      if (found.some((r) => r.start < end && at < r.end)) continue;
      found.push({ start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * An evidence sentence as HTML: the names of the entities it is about and the
 * event's trigger word wrapped in <mark>. When none of them can be found,
 * the evidence span is marked instead (if it is narrower than the sentence).
 * @param {{sentence: {text: string, start: number, end: number}, span?: {start: number, end: number} | null, triggerSpan?: {start: number, end: number} | null}} evidence
 * @param {string[]} [names]
 * @returns {{html: string, marks: number}}
 */
export function highlightEvidence(evidence, names = []) {
  const { text, start: offset } = evidence.sentence;
  /** @type {Array<{start: number, end: number, kind: string}>} */
  const ranges = [];
  const local = (/** @type {{start: number, end: number} | null | undefined} */ span) => {
    if (!span) return undefined;
    const start = Math.max(0, span.start - offset);
    const end = Math.min(text.length, span.end - offset);
    return end > start ? { start, end } : undefined;
  };
  const trigger = local(evidence.triggerSpan);
  if (trigger) ranges.push({ ...trigger, kind: 'trigger' });
  for (const r of findNames(text, names)) {
    if (!ranges.some((o) => o.start < r.end && r.start < o.end)) ranges.push({ ...r, kind: 'name' });
  }
  if (ranges.length === 0) {
    const span = local(evidence.span);
    if (span && (span.start > 0 || span.end < text.length)) ranges.push({ ...span, kind: 'span' });
  }
  ranges.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const r of ranges) {
    html += escapeHtml(text.slice(at, r.start));
    html += `<mark class="mark-${r.kind}">${escapeHtml(text.slice(r.start, r.end))}</mark>`;
    at = r.end;
  }
  html += escapeHtml(text.slice(at));
  return { html, marks: ranges.length };
}
