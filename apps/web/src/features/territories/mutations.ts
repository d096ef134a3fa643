import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../app/mutation-effects";
import {
  CreateTerritoryDocument,
  DeleteTerritoryDocument,
  SetTerritoryUsersDocument,
  UpdateTerritoryDocument,
} from "./documents";

// What each mutation changes on the server, as the root query fields it makes stale.

/** The tree itself: every node's path, children and rolled-up pipeline. */
const TREE = ["territories"];
/** People's territories (the users list shows them). */
const PEOPLE = ["users"];
/** Deals name a territory by its path, which a rename or move changes below the node too. */
const DEAL_TERRITORIES = ["deals", "deal"];

/** Every root field a territory mutation evicts (a test checks each is one the schema has). */
export const TERRITORY_MUTATION_EFFECTS = [...TREE, ...PEOPLE, ...DEAL_TERRITORIES];

export function useCreateTerritory() {
  return useMutation(CreateTerritoryDocument, { update: evictRootFields(TREE) });
}

export function useUpdateTerritory() {
  return useMutation(UpdateTerritoryDocument, {
    update: evictRootFields([...TREE, ...PEOPLE, ...DEAL_TERRITORIES]),
  });
}

export function useDeleteTerritory() {
  return useMutation(DeleteTerritoryDocument, { update: evictRootFields([...TREE, ...PEOPLE]) });
}

export function useSetTerritoryUsers() {
  return useMutation(SetTerritoryUsersDocument, { update: evictRootFields([...TREE, ...PEOPLE]) });
}
