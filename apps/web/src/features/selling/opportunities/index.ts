// What the portals use of the opportunities.
export { OPPORTUNITY_MUTATION_EFFECTS } from "./mutations";
export { OpportunityRoutes } from "./OpportunityRoutes";
