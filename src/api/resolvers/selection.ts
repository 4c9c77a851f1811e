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

/**
 * The fields of a selection, through fragments; with `types`, only fragments
 * without a type condition or on one of those types are entered.
 */
function fieldsOf(set: SelectionSetNode | undefined, info: Pick<GraphQLResolveInfo, 'fragments'>, out: FieldNode[] = [], seen = new Set<string>(), types?: readonly string[]): FieldNode[] {
  const enters = (condition: string | undefined) => !types || condition === undefined || types.includes(condition);
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (enters(sel.typeCondition?.name.value)) fieldsOf(sel.selectionSet, info, out, seen, types);
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const fragment = info.fragments[sel.name.value];
      if (fragment && enters(fragment.typeCondition.name.value)) fieldsOf(fragment.selectionSet, info, out, seen, types);
    }
  }
  return out;
}

/** The fields selected on the object a root field returns, when it is one of `types` (fragments on other types left out). */
export function childFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, types: readonly string[]): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info, out, seen, types);
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
