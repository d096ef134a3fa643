/** A territory as the tree shows it. */
export interface TreeNode<T extends { id: string; parentId: string | null }> {
  territory: T;
  depth: number;
  children: TreeNode<T>[];
  parent: TreeNode<T> | null;
}

/**
 * The territories (parents before children, as the API lists them) as a forest. A node whose
 * parent is missing is shown at the top level rather than lost.
 */
export function buildForest<T extends { id: string; parentId: string | null }>(
  territories: readonly T[],
): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  for (const territory of territories) {
    byId.set(territory.id, { territory, depth: 0, children: [], parent: null });
  }
  for (const territory of territories) {
    const node = byId.get(territory.id)!;
    const parent = territory.parentId ? byId.get(territory.parentId) : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  const setDepth = (node: TreeNode<T>, depth: number) => {
    node.depth = depth;
    for (const child of node.children) setDepth(child, depth + 1);
  };
  for (const root of roots) setDepth(root, 0);
  return roots;
}

/** The nodes on screen, top to bottom: children of collapsed nodes are hidden. */
export function visibleNodes<T extends { id: string; parentId: string | null }>(
  roots: readonly TreeNode<T>[],
  collapsed: ReadonlySet<string>,
): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const walk = (node: TreeNode<T>) => {
    out.push(node);
    if (!collapsed.has(node.territory.id)) node.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** The node of territory `id`, anywhere in the forest. */
export function findNode<T extends { id: string; parentId: string | null }>(
  nodes: readonly TreeNode<T>[],
  id: string,
): TreeNode<T> | undefined {
  for (const node of nodes) {
    if (node.territory.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}
