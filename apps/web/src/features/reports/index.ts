export { ReportsPage, type ReportsScope } from "./ReportsPage";
