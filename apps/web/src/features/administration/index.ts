export { PartnersAdministrationPage } from "./PartnersAdministrationPage";
export { PARTNER_ADMIN_MUTATION_EFFECTS } from "./mutations";
