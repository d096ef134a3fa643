import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { NOTIFICATION_FIELDS } from "../../../app/mutation-effects";
import { DEAL_MUTATION_EFFECTS } from "../mutations";
import { PARTNER_ADMIN_MUTATION_EFFECTS } from "../../administration/mutations";
import { OPERATOR_MUTATION_EFFECTS } from "../../operators/mutations";
import { CONTACT_MUTATION_EFFECTS } from "../../selling/accounts/mutations";
import { ACTIVITY_MUTATION_EFFECTS } from "../../selling/activities/mutations";
import { OPPORTUNITY_MUTATION_EFFECTS } from "../../selling/opportunities/mutations";

// Evicting a root field that does not exist refreshes nothing, silently: check the names.
const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, "../../../../../api/schema.graphql"), "utf8"),
);

describe("mutation effects", () => {
  it.each([
    ...new Set([
      ...DEAL_MUTATION_EFFECTS,
      ...NOTIFICATION_FIELDS,
      ...ACTIVITY_MUTATION_EFFECTS,
      ...CONTACT_MUTATION_EFFECTS,
      ...OPPORTUNITY_MUTATION_EFFECTS,
      ...OPERATOR_MUTATION_EFFECTS,
      ...PARTNER_ADMIN_MUTATION_EFFECTS,
    ]),
  ])("evicts %s, a root query field of the schema", (field) => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain(field);
  });
});
