export * from "./roles";
export * from "./permissions";
export * from "./deal-status";
export * from "./deal-rules";
export * from "./opportunity-stages";
export * from "./periods";
export * from "./metrics";
export * from "./money";
