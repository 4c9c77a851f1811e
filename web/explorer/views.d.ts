// Types of views.js for the Node tests (the browser runs the .js as it is).
export interface HoodNode { id: string; label: string; kind: string; depth?: number; weight: number }
export interface HoodEdge { id: string; source: string; target: string; type: string; role?: string | null; weight: number }
export interface ReaderMark { start: number; end: number; kind: 'entity' | 'event' | 'relation'; id: string; entityType?: string; title: string; data?: Record<string, string> }
export function safeUrl(url: string | null | undefined): string | undefined;
export function shortName(name: string, kind: string): string;
export function parseEventLabel(label: string): { type: string; date: string | null };
export function eventLabels(hood: { nodes: HoodNode[]; edges: HoodEdge[] }): Map<string, string>;
export function groupEvents(
  hood: { center: { id: string }; nodes: HoodNode[]; edges: HoodEdge[] },
  threshold?: number,
): { nodes: Array<HoodNode & { members?: string[] }>; edges: HoodEdge[]; groups: Map<string, string[]> };
export function dateHistogram(dates: Array<string | null | undefined>): { unit: 'year' | 'month'; bins: Array<{ key: string; count: number }>; undated: number };
export function periodEnd(key: string): string;
export function landingHtml(data: unknown): string;
export function documentText(sentences: Array<{ text: string; start: number; end: number }>): { text: string; base: number };
export function markText(text: string, marks: ReaderMark[]): string;
export function documentMarks(text: string, base: number, entities: unknown[], events: unknown[], relations: unknown[], docId: string): ReaderMark[];
export function markSentences(sentences: Array<{ text: string; start: number; end: number }>, marks: ReaderMark[]): string;
export function readerHtml(doc: unknown, body: string, relations: unknown[], opts: { truncated: boolean }): string;
export function documentsHtml(search: string, result: unknown): string;
export function curationLog(curations: unknown[]): string;
export function curationCard(actor: { id: string; name: string; aliases: string[] }, log: string, opts: { needsToken: boolean }): string;
