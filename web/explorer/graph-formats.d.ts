export interface ViewNode { id: string; label: string; kind: string; weight: number; depth?: number | null }
export interface ViewEdge { id: string; source: string; target: string; type: string; role?: string | null; weight: number }
export interface View { nodes: ViewNode[]; edges: ViewEdge[] }
export declare function toGraphML(view: View, meta?: { title?: string }): string;
export declare function toJsonExport(view: View, meta?: { title?: string; exportedAt?: string }): string;
export declare function fileStem(title: string): string;
