/**
 * Makes any string safe to parse, without moving a single offset: the
 * prepared text has exactly the length of the input, so every offset the
 * stages compute on it is an offset into the original text.
 *
 * - Markup (tags, comments, character references) becomes spaces; a block
 *   tag (p, br, div, li, headings, table rows) becomes a line break, so that
 *   "</p><p>" separates sentences the way the page did.
 * - A run of more than MAX_SENTENCE_CHARS characters without a sentence end
 *   gets a line break at its next whitespace (after punctuation where one is
 *   near). compromise's cost grows faster than linearly with sentence length
 *   (about 2.5x per doubling), and no real sentence is that long.
 */
export const MAX_SENTENCE_CHARS = 600;

const MARKUP = /<!--[\s\S]{0,2000}?-->|<\/?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,500})?\/?>|&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,5});/g;
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote', 'title', 'hr']);
// A full stop ends a run only after a word of two letters or more ("A. Smith" does not).
const isSentenceEnd = (text: string, i: number): boolean =>
  text[i] === '\n' || (/[.!?]/.test(text[i]!) && /[\p{L}\p{N}]{2}$/u.test(text.slice(Math.max(0, i - 2), i)) && /\s/.test(text[i + 1] ?? ' '));
/** What a character reference stands for, kept to one character and padded (offsets stay put). */
const REFERENCE_CHAR: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"', '#38': '&' };

export function prepareText(text: string): string {
  const masked = text.includes('<') || text.includes('&') ? maskMarkup(text) : text;
  return breakLongRuns(masked);
}

function maskMarkup(text: string): string {
  return text.replace(MARKUP, (match, tag: string | undefined) => {
    const blank = ' '.repeat(match.length - 1);
    if (match.startsWith('&')) return `${REFERENCE_CHAR[match.slice(1, -1).toLowerCase()] ?? ' '}${blank}`;
    return tag && BLOCK_TAGS.has(tag.toLowerCase()) ? `\n${blank}` : ` ${blank}`;
  });
}

function breakLongRuns(text: string): string {
  let out: string[] | undefined;
  let runStart = 0;
  let lastSoftBreak = -1; // whitespace just after a comma, semicolon, colon or dash
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSentenceEnd(text, i)) {
      runStart = i + 1;
      lastSoftBreak = -1;
      continue;
    }
    if (!/\s/.test(c)) continue;
    if (i > 0 && /[,;:\u2013\u2014)]/.test(text[i - 1]!)) lastSoftBreak = i;
    if (i - runStart < MAX_SENTENCE_CHARS) continue;
    // Prefer a break after punctuation within the last quarter of the run.
    const at = lastSoftBreak > runStart + (MAX_SENTENCE_CHARS * 3) / 4 ? lastSoftBreak : i;
    out ??= text.split(''); // UTF-16 units, as offsets count them
    out[at] = '\n';
    runStart = at + 1;
    lastSoftBreak = -1;
    i = at;
  }
  return out ? out.join('') : text;
}
