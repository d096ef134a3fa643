// What the rest of the seller's working day (the opportunity page, the portals) uses.
export { AccountContacts } from "./AccountContacts";
export { AccountRoutes } from "./AccountRoutes";
export { CONTACT_MUTATION_EFFECTS } from "./mutations";
export { OpportunityStageChip } from "./OpportunityStageChip";
