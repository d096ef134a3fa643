// What the rest of the seller's working day (the opportunity page, the portals) uses.
export { ActivityTimeline, type ActivityTimelineProps } from "./ActivityTimeline";
export { ACTIVITY_MUTATION_EFFECTS } from "./mutations";
export { TaskRoutes } from "./TaskRoutes";
