import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/** Each field of these selection sets, fragment spreads and inline fragments followed. */
function fieldsOf(
  sets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
): { name: string; selectionSet?: SelectionSetNode }[] {
  const fields: { name: string; selectionSet?: SelectionSetNode }[] = [];
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === "Field") {
        fields.push({ name: selection.name.value, selectionSet: selection.selectionSet });
      } else if (selection.kind === "InlineFragment") {
        walk(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return fields;
}

/**
 * The names of the fields the operation selects at `path` below the resolver's own field (say
 * `["edges", "node", "smartAccount"]` below `directory`), so a list's resolver can read in one
 * batch what its rows' fields will ask for, and only that. Directives are not evaluated: a field
 * under `@skip` counts as selected, which at worst reads a batch for nothing.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) =>
    f.selectionSet ? [f.selectionSet] : [],
  );
  for (const name of path) {
    sets = fieldsOf(sets, info).flatMap((f) =>
      f.name === name && f.selectionSet ? [f.selectionSet] : [],
    );
  }
  return new Set(fieldsOf(sets, info).map((f) => f.name));
}
