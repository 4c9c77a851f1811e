export declare function escapeHtml(value: unknown): string;
export declare function formatDate(date: string | null | undefined): string;
export declare function findNames(text: string, names: string[]): Array<{ start: number; end: number }>;
export declare function highlightEvidence(
  evidence: { sentence: { text: string; start: number; end: number }; span?: { start: number; end: number } | null; triggerSpan?: { start: number; end: number } | null },
  names?: string[],
): { html: string; marks: number };
