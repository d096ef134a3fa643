import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../../app/mutation-effects";
import { CreateContactDocument, UpdateContactDocument } from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the contact itself comes back in the mutation's answer.

/**
 * A new contact joins its account's contacts, and so those of the account's opportunities; a
 * renamed one moves in them (they are by name).
 */
const CONTACT_LISTS = ["account", "opportunity"];

/** Every root field a contact mutation evicts (a test checks each is one the schema has). */
export const CONTACT_MUTATION_EFFECTS = CONTACT_LISTS;

export function useCreateContact() {
  return useMutation(CreateContactDocument, {
    update: evictRootFields(CONTACT_LISTS),
  });
}

export function useUpdateContact() {
  return useMutation(UpdateContactDocument, {
    update: evictRootFields(CONTACT_LISTS),
  });
}
