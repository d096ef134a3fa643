export { OperatorsPage, VendorUsersPage } from "./pages";
export type { UsersPageTab } from "./UsersAdministrationPage";
export { OPERATOR_MUTATION_EFFECTS } from "./mutations";
