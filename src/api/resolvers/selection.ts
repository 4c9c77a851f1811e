import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * What a connection field's selection asks for, so a resolver runs a count
 * only when `totalCount` (or `pageInfo.hasNextPage`, which a page one row
 * longer answers) is selected. Fragments and inline fragments count as
 * selected whatever their type condition: over-fetching is safe, missing is not.
 */
export interface ConnectionSelection {
  totalCount: boolean;
  hasNextPage: boolean;
}

function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = [], seen = new Set<string>()): FieldNode[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) fieldsOf(sel.selectionSet, info, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      fieldsOf(info.fragments[sel.name.value]?.selectionSet, info, out, seen);
    }
  }
  return out;
}

export function connectionSelection(info: GraphQLResolveInfo | undefined): ConnectionSelection {
  // Without resolve info (a direct call), everything is wanted.
  if (!info) return { totalCount: true, hasNextPage: true };
  const top = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info));
  const pageInfo = top.filter((f) => f.name.value === 'pageInfo').flatMap((f) => fieldsOf(f.selectionSet, info));
  return {
    totalCount: top.some((f) => f.name.value === 'totalCount'),
    hasNextPage: pageInfo.some((f) => f.name.value === 'hasNextPage'),
  };
}
