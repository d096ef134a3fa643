import type { ApolloCache } from "@apollo/client";

/**
 * A mutation's `update` that drops the cached answers of these root query fields (all arguments).
 * Every mounted query that reads one of them then fetches it again, keeping its old data on screen
 * meanwhile, and a query mounted later fetches instead of reading the stale answer: a mutation
 * names the data it changes, never the screens that show it.
 */
/** A person's notifications: what a notifying mutation makes stale. */
export const NOTIFICATION_FIELDS = ["notifications", "unreadNotificationCount"];

export function evictRootFields(fieldNames: readonly string[]) {
  return (cache: ApolloCache) => {
    for (const fieldName of fieldNames) cache.evict({ id: "ROOT_QUERY", fieldName });
    cache.gc();
  };
}
