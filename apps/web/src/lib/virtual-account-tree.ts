type Node = { id: string; parentId?: string | null; name: string };

export type TreeRow<TNode extends Node> = { node: TNode; depth: number };

/**
 * Virtual accounts in tree order (each followed by its children, siblings by name), with their
 * depth. A node whose parent is unknown is treated as top level, so nothing is ever hidden.
 */
export function virtualAccountTree<TNode extends Node>(nodes: readonly TNode[]): TreeRow<TNode>[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, TNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: TreeRow<TNode>[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const node of siblings) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      rows.push({ node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** The ids of a virtual account and everything under it (where it may not be moved to). */
export function subtreeIds(nodes: readonly Node[], rootId: string): Set<string> {
  const found = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && found.has(node.parentId) && !found.has(node.id)) {
        found.add(node.id);
        grew = true;
      }
    }
  }
  return found;
}
