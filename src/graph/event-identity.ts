import { placesAgree } from './name-data.js';

/**
 * When two reports are one event: pure decisions over the stored events a
 * group of documents may report (read in one statement) and the events earlier
 * documents of the same group wrote, in document order, so a group gives the
 * graph that writing its documents one by one gives.
 *
 * Two reports are one event when all of these hold:
 * - same type;
 * - dates agree at the precision both have ("2013-11" and "2013-11-17" do,
 *   "2013-11-17" and "2013-11-18" do not);
 * - places agree when both give one (the same place, or a city and its
 *   country: "Santiago" and "Chile");
 * - they share a specific participant: a person or a named organization, never
 *   a generic actor ("police", "protesters", any Group), which every report of
 *   its kind shares;
 * - when either is undated, stronger evidence: two shared specific
 *   participants, or the same place given by both, or (for events that happen
 *   to an actor once, like a death or an arrest) one shared in that role;
 *   and, when both sides know when they were reported, a report within
 *   REPORTING_WINDOW_DAYS of every report of the event (see below).
 * Among several stored events that fit, the one sharing most participants,
 * then the same place, then the most precise date, then the smallest id.
 */

/**
 * Events an actor takes part in once in a given role: dying, being arrested,
 * attacked, overthrown or bought, resigning, leading a coup. One shared
 * participant in that role identifies the event. The other side takes part
 * in many (a buyer of many companies, an armed group's many attacks): sharing
 * it says nothing, and would make one event of all of them.
 */
const ONCE_IN_ROLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Death', new Set(['target'])],
  ['Arrest', new Set(['target'])],
  ['Attack', new Set(['target'])],
  ['Coup', new Set(['agent', 'target'])],
  ['Resignation', new Set(['agent'])],
  ['Acquisition', new Set(['target'])],
]);

/**
 * How far apart in time (days between the documents' publication dates) an
 * undated report may be from the reports of the event it joins. News reports
 * of one event cluster in the days after it; the same actors' "statement" a
 * year later is another event. Without this, an undated event agreed with
 * every date and its participants and places were the union of all its
 * reports', so each merge made the next easier and events snowballed (on
 * generated news, thousands of reports of one "acquisition"). The window is
 * measured against the event's first AND last report (a report must be within
 * it of both), so undated joins cannot chain an event along the calendar: the
 * reports that joined it without a date span at most this many days. A side
 * whose documents give no publication date keeps the rule without a window.
 */
export const REPORTING_WINDOW_DAYS = 14;

export interface EventReport {
  /** Unique among the reports of a write: docId + local id. */
  key: string;
  docId: string;
  type: string;
  date: string | null;
  place: string | null;
  participants: Array<{ entity: string; role: string; specific: boolean }>;
  /** The day its document was published ("2024-05-03"), or null when the document gives none. */
  reportedOn?: string | null;
}

/** A stored event as read by ingest/event-candidates: only participants that reports of the group name. */
export interface StoredEvent {
  id: string;
  type: string;
  date: string | null;
  places: string[];
  participants: Array<{ entity: string; role: string }>;
  /** The earliest and latest publication day of its reports' documents (null when none gives one). */
  firstReported?: string | null;
  lastReported?: string | null;
}

interface KnownEvent {
  id: string;
  type: string;
  date: string | null;
  firstReported: string | null;
  lastReported: string | null;
  places: Set<string>;
  /** entity → roles */
  participants: Map<string, Set<string>>;
  /** Documents of this write that already report it: a document's two events are two events. */
  docIds: Set<string>;
}

export function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** The publication day of a document ("2024-05-03T10:00Z" → "2024-05-03"), or null without a full date. */
export function reportingDay(publishedAt: string | null | undefined): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/** "2024-05-03" moved by a number of days, as a day. */
export function addDays(day: string, days: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Whether a report published on `day` is within the reporting window of an
 * event reported from `first` to `last`: true when either side has no
 * publication date (the rule without a window).
 */
export function withinReportingWindow(day: string | null | undefined, first: string | null | undefined, last: string | null | undefined): boolean {
  if (!day || !first || !last) return true;
  return day >= addDays(last, -REPORTING_WINDOW_DAYS) && day <= addDays(first, REPORTING_WINDOW_DAYS);
}

/** How well a report fits an event, or null when they are not one event. Higher is better. */
export function fit(
  report: EventReport,
  event: Pick<KnownEvent, 'type' | 'date' | 'places' | 'participants'> & { firstReported?: string | null; lastReported?: string | null },
): number[] | null {
  if (report.type !== event.type || !datesAgree(report.date, event.date)) return null;
  const placeGiven = report.place !== null && event.places.size > 0;
  if (placeGiven && ![...event.places].every((p) => placesAgree(p, report.place!))) return null;
  const shared = report.participants.filter((p) => p.specific && event.participants.has(p.entity));
  const sharedIds = new Set(shared.map((p) => p.entity));
  if (sharedIds.size === 0) return null;
  if (report.date === null || event.date === null) {
    const once = ONCE_IN_ROLE.get(report.type);
    const sameRole = shared.some((p) => once?.has(p.role) && event.participants.get(p.entity)!.has(p.role));
    const strong = sharedIds.size >= 2 || placeGiven || sameRole;
    if (!strong || !withinReportingWindow(report.reportedOn, event.firstReported, event.lastReported)) return null;
  }
  return [sharedIds.size, placeGiven ? 1 : 0, (event.date ?? '').length];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * The node id of each report: the best fitting stored event, or event of an
 * earlier document of the write, else a new id made of its document and local
 * id. Reports come in document order.
 */
export function assignEventIds(reports: readonly EventReport[], stored: readonly StoredEvent[]): Map<string, string> {
  const known = new Map<string, KnownEvent>();
  // Only events of the report's type can fit it: each report looks at those alone.
  const byType = new Map<string, KnownEvent[]>();
  const remember = (v: KnownEvent) => {
    known.set(v.id, v);
    let list = byType.get(v.type);
    if (!list) byType.set(v.type, (list = []));
    list.push(v);
  };
  for (const s of stored) {
    const participants = new Map<string, Set<string>>();
    for (const p of s.participants) {
      if (!participants.has(p.entity)) participants.set(p.entity, new Set());
      participants.get(p.entity)!.add(p.role);
    }
    if (!known.has(s.id))
      remember({
        id: s.id,
        type: s.type,
        date: s.date,
        firstReported: s.firstReported ?? null,
        lastReported: s.lastReported ?? null,
        places: new Set(s.places),
        participants,
        docIds: new Set(),
      });
  }
  const ids = new Map<string, string>();
  // Reports of one document are decided against what was there before the document.
  let i = 0;
  while (i < reports.length) {
    const docId = reports[i]!.docId;
    let j = i;
    while (j < reports.length && reports[j]!.docId === docId) j++;
    const doc = reports.slice(i, j);
    for (const r of doc) {
      let best: { id: string; score: number[] } | undefined;
      for (const v of byType.get(r.type) ?? []) {
        if (v.docIds.has(docId)) continue;
        const score = fit(r, v);
        if (score && (!best || better(score, best.score) || (!better(best.score, score) && v.id < best.id))) best = { id: v.id, score };
      }
      ids.set(r.key, best?.id ?? `event:${r.docId}:${r.key.slice(r.docId.length + 1)}`);
    }
    for (const r of doc) {
      const id = ids.get(r.key)!;
      let v = known.get(id);
      if (!v) remember((v = { id, type: r.type, date: r.date, firstReported: null, lastReported: null, places: new Set(), participants: new Map(), docIds: new Set() }));
      v.docIds.add(docId);
      const day = r.reportedOn ?? null;
      if (day && (!v.firstReported || day < v.firstReported)) v.firstReported = day;
      if (day && (!v.lastReported || day > v.lastReported)) v.lastReported = day;
      if (r.date && (!v.date || r.date.length > v.date.length)) v.date = r.date;
      if (r.place) v.places.add(r.place);
      for (const p of r.participants) {
        if (!v.participants.has(p.entity)) v.participants.set(p.entity, new Set());
        v.participants.get(p.entity)!.add(p.role);
      }
    }
    i = j;
  }
  return ids;
}

/** What ingest/event-candidates looks up for a group's reports, each thing once. */
export interface EventLookups {
  /** Every specific participant of the reports. */
  specificIds: string[];
  /** Each (type, date) of the dated reports, with the less precise dates it agrees with ("2024", "2024-05"). */
  dated: Array<{ type: string; date: string; datePrefixes: string[] }>;
  /**
   * Each specific participant, with the types of its events that may be a
   * report's: any of `anyDate` (an undated report names it), only undated
   * ones of `undatedOnly` (a dated report names it). `from`..`to`: the days
   * the first and last report of such an event must fall in to be within the
   * reporting window of every report naming it (null when one of those
   * reports has no publication day: no window then).
   */
  participants: Array<{ id: string; anyDate: string[]; undatedOnly: string[]; from: string | null; to: string | null }>;
  /**
   * By event type, the specific participants of the reports of that type: a
   * stored event can only be a report of its own type, so only these of its
   * participants are read (ingest/event-candidates).
   */
  specificByType: Record<string, string[]>;
}

export function eventLookups(reports: readonly EventReport[]): EventLookups {
  const dated = new Map<string, EventLookups['dated'][number]>();
  const participants = new Map<string, { anyDate: Set<string>; undatedOnly: Set<string>; days: string[]; undatedDays: boolean }>();
  const byType = new Map<string, Set<string>>();
  for (const r of reports) {
    if (r.date !== null) dated.set(`${r.type}\u0000${r.date}`, { type: r.type, date: r.date, datePrefixes: datePrefixes(r.date) });
    for (const p of r.participants) {
      if (!p.specific) continue;
      let ofType = byType.get(r.type);
      if (!ofType) byType.set(r.type, (ofType = new Set()));
      ofType.add(p.entity);
      let types = participants.get(p.entity);
      if (!types) participants.set(p.entity, (types = { anyDate: new Set(), undatedOnly: new Set(), days: [], undatedDays: false }));
      (r.date === null ? types.anyDate : types.undatedOnly).add(r.type);
      if (r.reportedOn) types.days.push(r.reportedOn);
      else types.undatedDays = true;
    }
  }
  return {
    specificIds: [...participants.keys()].sort(),
    dated: [...dated.values()],
    participants: [...participants.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, t]) => ({ id, anyDate: [...t.anyDate], undatedOnly: [...t.undatedOnly], ...reportingSpan(t.days, t.undatedDays) })),
    specificByType: Object.fromEntries([...byType.entries()].map(([type, ids]) => [type, [...ids].sort()])),
  };
}

/**
 * The days a stored event's first and last report must fall in for some of
 * these report days to be within the window of both: first ≥ earliest − N,
 * last ≤ latest + N (withinReportingWindow). No bounds when a report has no day.
 */
function reportingSpan(days: readonly string[], someWithout: boolean): { from: string | null; to: string | null } {
  if (someWithout || days.length === 0) return { from: null, to: null };
  const sorted = [...days].sort();
  return { from: addDays(sorted[0]!, -REPORTING_WINDOW_DAYS), to: addDays(sorted[sorted.length - 1]!, REPORTING_WINDOW_DAYS) };
}

/** "2024-05-03" → ["2024", "2024-05", "2024-05-03"]: the stored dates it is compatible with as a refinement. */
function datePrefixes(date: string): string[] {
  const parts = date.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}
