import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../app/mutation-effects";
import { CreateApiTokenDocument, RevokeApiTokenDocument } from "./documents";

/** Every root field an API token mutation evicts (a test checks each is one the schema has). */
export const API_TOKEN_MUTATION_EFFECTS = ["apiTokens"];

export function useCreateApiToken() {
  return useMutation(CreateApiTokenDocument, {
    update: evictRootFields(API_TOKEN_MUTATION_EFFECTS),
  });
}

export function useRevokeApiToken() {
  return useMutation(RevokeApiTokenDocument, {
    update: evictRootFields(API_TOKEN_MUTATION_EFFECTS),
  });
}
