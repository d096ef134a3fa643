import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../../app/mutation-effects";
import { TASK_COMPLETION_EFFECTS } from "../../../app/tasks/useCompleteTask";
import { DeleteActivityDocument, LogActivityDocument, UpdateActivityDocument } from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the activity itself comes back in the mutation's answer.

/** Activity lists: timelines, tasks and their due windows. */
const ACTIVITIES = ["activities"];
/**
 * Logging, editing and deleting move an opportunity's lastActivityAt, which its page, the lists
 * ordered by it and its account's page (with its newest activities) show.
 */
const LAST_ACTIVITY = ["opportunity", "opportunities", "opportunityBoard", "account"];

/** Every root field an activity mutation evicts (a test checks each is one the schema has). */
export const ACTIVITY_MUTATION_EFFECTS = [
  ...ACTIVITIES,
  ...LAST_ACTIVITY,
  ...TASK_COMPLETION_EFFECTS,
];

export function useLogActivity() {
  return useMutation(LogActivityDocument, {
    update: evictRootFields([...ACTIVITIES, ...LAST_ACTIVITY]),
  });
}

export function useUpdateActivity() {
  return useMutation(UpdateActivityDocument, {
    update: evictRootFields([...ACTIVITIES, ...LAST_ACTIVITY]),
  });
}

export function useDeleteActivity() {
  const evictLists = evictRootFields([...ACTIVITIES, ...LAST_ACTIVITY]);
  return useMutation(DeleteActivityDocument, {
    update(cache: ApolloCache, { data }) {
      // The deleted activity leaves the lists under other objects (Opportunity.activities) too.
      if (data) cache.evict({ id: cache.identify(data.deleteActivity) });
      evictLists(cache);
    },
  });
}
