/**
 * Dates in text, resolved against the document's publishedAt. Own regexes
 * over month names, weekdays, years and a few relative phrases: much faster
 * than compromise-dates, and enough for news prose.
 */

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at the precision the text gives: "2013", "2013-11", "2013-11-17". */
  iso: string;
}

/**
 * The tense of the clause a date stands in. A bare weekday points back
 * unless the clause is future; only an explicit past moves a month after
 * publication back a year, only a future moves one before it forward.
 */
export type Tense = 'past' | 'future' | 'unknown';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE = `(?:${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;
const WEEKDAY_RE = `(?:${WEEKDAYS.join('|')})`;
const YEAR_RE = `(?:1[7-9]\\d\\d|20\\d\\d)`;
const DAY_RE = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;

/** Alternatives, longest first: the first alternative that matches at a position wins. */
const DATE_RE = new RegExp(
  [
    `(?<iso>\\b${YEAR_RE}-[01]\\d-[0-3]\\d\\b)`,
    `(?:\\b(?<wd1>${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?\\b(?<d1>${DAY_RE})\\s+(?:of\\s+)?(?<m1>${MONTH_RE})(?:,?\\s+(?<y1>${YEAR_RE}))?\\b`,
    `(?:\\b(?<wd2>${WEEKDAY_RE}),?\\s+)?\\b(?<m2>${MONTH_RE})\\s+(?<d2>${DAY_RE})(?!\\d|,\\d)(?:,?\\s+(?<y2>${YEAR_RE}))?\\b`,
    `\\b(?<m3>${MONTH_RE})(?:,?\\s+(?:of\\s+)?(?<y3>${YEAR_RE}))?\\b`,
    `\\b(?<rel>last|next|this|coming|previous)\\s+(?<unit>year|month|week|weekend|${WEEKDAY_RE}|${MONTHS.join('|')})\\b`,
    `\\b(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<span>days?|weeks?|months?|years?)\\s+(?<dir>ago|earlier)\\b`,
    `\\bearlier\\s+this\\s+(?<thisUnit>week|month|year)\\b`,
    `\\b(?<wd3>${WEEKDAY_RE})\\b`,
    `\\b(?<day>today|yesterday|tomorrow)\\b`,
    `(?<![\\d,.$£€-])\\b(?:mid-)?(?<y4>${YEAR_RE})(?!s\\b|[\\d,.]\\d|\\s*(?:percent|%|people|votes|members|workers))\\b`,
  ].join('|'),
  'gi',
);

/** Month names that are also ordinary words: only dates when the context says so. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sept', 'aug']);
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|to|of|early|late|mid|last|next|this|during|before|after|through|between|and)\s*-?\s*$/i;

interface Anchor {
  year?: number;
  month?: number;
  day?: number;
}

/** Parses an ISO date of any precision ("2013", "2013-11", "2013-11-25T..."). */
export function parseAnchor(publishedAt: string | undefined): Anchor {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt ?? '');
  if (!m) return {};
  return {
    year: Number(m[1]),
    ...(m[2] !== undefined && { month: Number(m[2]) }),
    ...(m[3] !== undefined && { day: Number(m[3]) }),
  };
}

/** A date phrase found in the text, not yet resolved: where it is and what the regex read. */
export interface DateMatch {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** Every date phrase in text[from, to) but datelines, unresolved: one regex pass, shared by all who need dates. */
export function scanDates(text: string, from = 0, to = text.length): DateMatch[] {
  const out: DateMatch[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!isDateline(text, start, end)) out.push({ start, end, groups: m.groups ?? {} });
  }
  return out;
}

/**
 * The matches resolved against publishedAt (those that resolve). `tenseAt` may
 * say, per match offset, whether a bare weekday points forward.
 */
export function resolveDates(text: string, matches: readonly DateMatch[], publishedAt: string | undefined, tenseAt?: (offset: number) => Tense): DateMention[] {
  const anchor = parseAnchor(publishedAt);
  const out: DateMention[] = [];
  for (const { start, end, groups: g } of matches) {
    // "on 22 August ... five days earlier": counted back from the day just named, not from publication.
    const previous = out[out.length - 1];
    const base = g.dir?.toLowerCase() === 'earlier' && previous && previous.iso.length === 10 ? parseAnchor(previous.iso) : anchor;
    const iso = resolveMatch(g, base, text, start, tenseAt?.(start) ?? 'unknown');
    if (iso) out.push({ start, end, iso });
  }
  return out;
}

/** Every date in text[from, to), resolved against publishedAt. */
export function findDates(
  text: string,
  publishedAt: string | undefined,
  from = 0,
  to = text.length,
  tenseAt?: (offset: number) => Tense,
): DateMention[] {
  return resolveDates(text, scanDates(text, from, to), publishedAt, tenseAt);
}

/** Resolves one date phrase ("Sunday, 17 November", "last year") against publishedAt. */
export function resolveDate(phrase: string, publishedAt: string | undefined, tense: Tense = 'unknown'): string | undefined {
  return findDates(phrase, publishedAt, 0, phrase.length, () => tense)[0]?.iso;
}

function resolveMatch(g: Record<string, string | undefined>, a: Anchor, text: string, start: number, tense: Tense): string | undefined {
  if (g.iso) return g.iso;
  const day = g.d1 ?? g.d2;
  const monthName = g.m1 ?? g.m2 ?? g.m3;
  const month = monthName ? monthNumber(monthName) : undefined;
  if (day !== undefined && month !== undefined) {
    const d = parseInt(day, 10);
    const y = g.y1 ?? g.y2;
    if (y) return iso(Number(y), month, d);
    if (a.year === undefined) return undefined;
    const wd = g.wd1 ?? g.wd2;
    if (wd) return iso(yearFor(a, month, d, WEEKDAYS.indexOf(wd.toLowerCase())), month, d);
    return iso(a.year + yearShift(a, month, d, tense), month, d);
  }
  if (g.m3 && month !== undefined) {
    if (!g.y3 && !plausibleMonth(g.m3, text, start)) return undefined;
    if (g.y3) return iso(Number(g.y3), month);
    return a.year === undefined ? undefined : iso(a.year + yearShift(a, month, undefined, tense), month);
  }
  if (g.rel && g.unit) {
    const monthOfUnit = MONTHS.indexOf(g.unit.toLowerCase()) + 1;
    if (monthOfUnit === 0) return relative(g.rel.toLowerCase(), g.unit.toLowerCase(), a);
    // "last November", "next March": a capital keeps "this march" (a protest) out.
    return /^[A-Z]/.test(g.unit) ? relativeMonth(g.rel.toLowerCase(), monthOfUnit, a) : undefined;
  }
  if (g.count && g.span) return ago(countOf(g.count), g.span.toLowerCase().replace(/s$/, ''), a);
  if (g.thisUnit) return relative('this', g.thisUnit.toLowerCase(), a);
  if (g.wd3) return weekday(WEEKDAYS.indexOf(g.wd3.toLowerCase()), a, tense === 'future' ? 'onOrAfter' : 'onOrBefore');
  if (g.day) {
    const shift = { today: 0, yesterday: -1, tomorrow: 1 }[g.day.toLowerCase() as 'today'] ?? 0;
    return a.day === undefined ? undefined : shiftDays(a, shift);
  }
  if (g.y4) return g.y4;
  return undefined;
}

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(n);
  return i >= 0 ? i + 1 : MONTH_ABBR[n];
}

/** "May", "March" alone are usually words; a capital and a temporal preposition make them months. */
function plausibleMonth(name: string, text: string, start: number): boolean {
  if (name[0] !== name[0]?.toUpperCase()) return false;
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length <= 4 && !MONTHS.includes(n) && !name.endsWith('.')) return false;
  if (!AMBIGUOUS_MONTHS.has(n) && MONTHS.includes(n)) return true;
  return MONTH_CONTEXT.test(text.slice(Math.max(0, start - 12), start));
}

/** A "CITY 1996-08-26" dateline line says when the story was filed, not when anything happened. */
function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  return /^[A-Z][A-Z .'\-,/]*\s+\d{4}-\d\d-\d\d\s*$/.test(line);
}

/** The year nearest publication that fits the weekday, if one is given. */
function yearFor(a: Anchor, month: number, day: number, weekdayIndex: number | undefined): number {
  const y = a.year as number;
  if (weekdayIndex !== undefined && weekdayIndex >= 0) {
    for (const cand of [y, y - 1, y + 1, y - 2, y + 2]) {
      if (new Date(Date.UTC(cand, month - 1, day)).getUTCDay() === weekdayIndex) return cand;
    }
  }
  return y;
}

function relative(rel: string, unit: string, a: Anchor): string | undefined {
  if (a.year === undefined) return undefined;
  const dir = rel === 'last' || rel === 'previous' ? -1 : rel === 'this' ? 0 : 1;
  if (unit === 'year') return String(a.year + dir);
  if (unit === 'month') {
    if (a.month === undefined) return undefined;
    const m0 = a.year * 12 + (a.month - 1) + dir;
    return iso(Math.floor(m0 / 12), (m0 % 12) + 1);
  }
  if (unit === 'week') {
    if (a.month === undefined) return undefined;
    if (a.day === undefined || dir === 0) return iso(a.year, a.month);
    // The week before (or after) publication: its month when it lies in one, else its year.
    return commonPrefix(shiftDays(a, 7 * dir), shiftDays(a, dir));
  }
  if (unit === 'weekend') {
    if (a.month === undefined || a.day === undefined) return a.month === undefined ? undefined : iso(a.year, a.month);
    const saturday = weekday(6, a, dir < 0 ? 'before' : 'after') as string;
    const sat = parseAnchor(saturday);
    return commonPrefix(saturday, shiftDays(sat, 1));
  }
  const wd = WEEKDAYS.indexOf(unit);
  if (wd < 0) return undefined;
  if (dir < 0) return weekday(wd, a, 'before');
  if (dir > 0) return weekday(wd, a, 'after');
  return weekday(wd, a, 'onOrBefore');
}

/** The named month before (last), after (next) or in the year of (this) the publication month. */
function relativeMonth(rel: string, month: number, a: Anchor): string | undefined {
  if (a.year === undefined) return undefined;
  if (rel === 'this' || a.month === undefined) return iso(a.year, month);
  if (rel === 'last' || rel === 'previous') return iso(month < a.month ? a.year : a.year - 1, month);
  return iso(month > a.month ? a.year : a.year + 1, month);
}

/** A weekday relative to the publication day; without one, the publication month is the best we know. */
function weekday(wd: number, a: Anchor, where: 'before' | 'onOrBefore' | 'after' | 'onOrAfter'): string | undefined {
  if (a.year === undefined) return undefined;
  if (a.month === undefined) return undefined;
  if (a.day === undefined) return iso(a.year, a.month);
  const pub = new Date(Date.UTC(a.year, a.month - 1, a.day)).getUTCDay();
  let delta: number;
  if (where === 'before' || where === 'onOrBefore') {
    delta = -((pub - wd + 7) % 7);
    if (where === 'before' && delta === 0) delta = -7;
  } else {
    delta = (wd - pub + 7) % 7;
    if (where === 'after' && delta === 0) delta = 7;
  }
  return shiftDays(a, delta);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function countOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  const i = NUMBER_WORDS.indexOf(w);
  return i >= 0 ? i : Number(w);
}

/**
 * A date counted back from publication ("two days ago", "three weeks
 * earlier"): as precise as the unit, and no more precise than publication.
 */
function ago(n: number, unit: string, a: Anchor): string | undefined {
  if (a.year === undefined) return undefined;
  if (unit === 'year') return String(a.year - n);
  if (a.month === undefined) return String(a.year);
  if (unit === 'month') {
    const m0 = a.year * 12 + (a.month - 1) - n;
    return iso(Math.floor(m0 / 12), (m0 % 12) + 1);
  }
  if (a.day === undefined) return iso(a.year, a.month);
  if (unit === 'day') return shiftDays(a, -n);
  // Weeks: the span of that week, at the precision it shares.
  return commonPrefix(shiftDays(a, -7 * n), shiftDays(a, -7 * n + 6));
}

/**
 * Years to add to a day or month given without a year: a past-tense clause
 * never points more than a month past publication ("in December" in a March
 * story is last December), a future one never before it.
 */
function yearShift(a: Anchor, month: number, day: number | undefined, tense: Tense): number {
  if (a.month === undefined || tense === 'unknown') return 0;
  const pub = a.month * 31 + (a.day ?? 31);
  const at = month * 31 + (day ?? 1);
  if (tense === 'past' && at - pub > 31) return -1;
  const pubStart = a.month * 31 + (day === undefined ? 1 : a.day ?? 1);
  if (tense === 'future' && at < pubStart) return 1;
  return 0;
}

/** "1996-08" from "1996-08-19" and "1996-08-25"; "1996" from "1996-07-29" and "1996-08-04". */
function commonPrefix(x: string, y: string): string {
  if (x === y) return x;
  if (x.slice(0, 7) === y.slice(0, 7)) return x.slice(0, 7);
  return x.slice(0, 4);
}

function shiftDays(a: Anchor, delta: number): string {
  const d = new Date(Date.UTC(a.year as number, (a.month as number) - 1, (a.day as number) + delta));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function iso(y: number, m?: number, d?: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return m === undefined ? String(y) : d === undefined ? `${y}-${p(m)}` : `${y}-${p(m)}-${p(d)}`;
}
