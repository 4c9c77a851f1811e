export interface PathEntity { id: string; name: string; type: string; mentionCount?: number; aliases?: string[] }
export interface PathStep {
  kind: string;
  predicate?: string | null;
  direction?: string | null;
  fromRoles?: string[] | null;
  toRoles?: string[] | null;
  sourceCount: number;
  from: PathEntity;
  to: PathEntity;
  event?: { id: string; type: string; date?: string | null; sourceCount?: number } | null;
}
export interface Connection { paths: Array<{ entities?: PathEntity[]; steps: PathStep[] }> }
export declare function pathsToGraph(connection: Connection): {
  nodes: Array<{ id: string; label: string; kind: string; weight: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; role: string | null; weight: number; step: { path: number; step: number } }>;
};
