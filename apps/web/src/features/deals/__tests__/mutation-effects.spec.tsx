import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { NOTIFICATION_FIELDS } from "../../../app/mutation-effects";
import { DEAL_MUTATION_EFFECTS } from "../mutations";

// Evicting a root field that does not exist refreshes nothing, silently: check the names.
const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, "../../../../../api/schema.graphql"), "utf8"),
);

describe("mutation effects", () => {
  it.each([...new Set([...DEAL_MUTATION_EFFECTS, ...NOTIFICATION_FIELDS])])(
    "evicts %s, a root query field of the schema",
    (field) => {
      expect(Object.keys(schema.getQueryType()!.getFields())).toContain(field);
    },
  );
});
