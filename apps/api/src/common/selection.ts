import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (e.g.
 * ["edges", "node", "byStage"]), through fragments and inline fragments alike. Lets a service
 * skip the SQL of figures nobody asked for; `@skip` / `@include` are not evaluated, so a field
 * they may drop counts as asked.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const asks = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return (
            selection.name.value === path[depth] &&
            (depth === path.length - 1 || asks(selection.selectionSet, depth + 1))
          );
        case Kind.INLINE_FRAGMENT:
          return asks(selection.selectionSet, depth);
        case Kind.FRAGMENT_SPREAD:
          return asks(info.fragments[selection.name.value]?.selectionSet, depth);
      }
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet, 0));
}
