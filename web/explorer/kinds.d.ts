export declare const NODE_KINDS: Record<'Person' | 'Organization' | 'Group' | 'Place' | 'Event', { label: string; color: string; shape: string }>;
export declare function edgeLabel(edge: { type: string; role?: string | null }): string;
export declare function nodeSize(weight: number): number;
