import { useMutation } from "@apollo/client/react";
import { evictRootFields, NOTIFICATION_FIELDS } from "../../app/mutation-effects";
import { MarkNotificationsReadDocument } from "./documents";

/** Marking notifications read changes the unread count and the read marks of the list. */
export function useMarkNotificationsRead() {
  return useMutation(MarkNotificationsReadDocument, {
    update: evictRootFields(NOTIFICATION_FIELDS),
  });
}
