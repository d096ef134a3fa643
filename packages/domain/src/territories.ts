/** Territories: a partner organization's sales areas, nested as a tree (region → country → …). */

export const TERRITORY_NAME_MAX_LENGTH = 120;

/**
 * A territory's open pipeline, the one definition (the API computes it in SQL, the web app shows
 * this text beside it).
 */
export const TERRITORY_PIPELINE_DEFINITION =
  "Sum of the amounts of open opportunities (any expected close date) whose deal registration names the territory or one of the territories under it; opportunities without a registration or a territory count in none.";

/** A territory name, trimmed, or the reason it cannot be one. */
export function checkTerritoryName(
  name: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, message: "Enter the territory's name." };
  if (trimmed.length > TERRITORY_NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `A territory's name can be at most ${TERRITORY_NAME_MAX_LENGTH} characters.`,
    };
  }
  return { ok: true, name: trimmed };
}

/** What still hangs on a territory; any of it prevents deleting the territory. */
export interface TerritoryContents {
  children: number;
  users: number;
  deals: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * Why a territory cannot be deleted ("EMEA has 2 child territories and 3 deals: …"), or null when
 * it is empty. Product decision: a territory is deleted only without children, users or deals.
 */
export function territoryDeleteRefusal(name: string, contents: TerritoryContents): string | null {
  const parts = [
    contents.children > 0 && plural(contents.children, "child territory", "child territories"),
    contents.users > 0 && plural(contents.users, "assigned user", "assigned users"),
    contents.deals > 0 && plural(contents.deals, "deal", "deals"),
  ].filter((part): part is string => typeof part === "string");
  if (parts.length === 0) return null;
  return `${name} has ${listInWords(parts)}: move or delete its child territories, unassign its users and move its deals to another territory first.`;
}

/** A node of a territory tree, as far as its shape goes. */
export interface TerritoryNodeRef {
  id: string;
  parentId: string | null;
}

/**
 * The territory and every territory under it: where it may not move (under itself or a
 * descendant would make a cycle).
 */
export function territorySubtreeIds(nodes: readonly TerritoryNodeRef[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node.id);
    children.set(node.parentId, siblings);
  }
  const subtree = new Set<string>();
  const pending = [id];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (subtree.has(next)) continue;
    subtree.add(next);
    pending.push(...(children.get(next) ?? []));
  }
  return subtree;
}

/** Whether moving `id` under `newParentId` (null: to the top level) keeps the tree a tree. */
export function isValidTerritoryMove(
  nodes: readonly TerritoryNodeRef[],
  id: string,
  newParentId: string | null,
): boolean {
  return newParentId === null || !territorySubtreeIds(nodes, id).has(newParentId);
}
