import "reflect-metadata";
import { rolesWith } from "@prm/domain";
import { GraphQLObjectType, GraphQLSchema } from "graphql";
import { getSchema } from "../../schema";
import { assertEveryRootFieldDeclaresAccess, declaredAccess, PUBLIC } from "../access";

/** "Query.deals: deal:read (VENDOR_ADMIN, …)" for every root field, and the masked fields. */
function accessTable(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[];
  const rootLines = roots.flatMap((root) =>
    Object.values(root.getFields()).map((field) => {
      const access = declaredAccess(field);
      const who = !access || access === PUBLIC ? "anyone" : rolesWith(access).join(", ");
      return `${root.name}.${field.name}: ${access ?? "UNDECLARED"} (${who})`;
    }),
  );
  const maskedLines = Object.values(schema.getTypeMap()).flatMap((type) =>
    "getFields" in type && !type.name.startsWith("__") && !roots.includes(type as never)
      ? Object.values(type.getFields()).flatMap((field) => {
          const permission = field.extensions?.nullUnless;
          return typeof permission === "string"
            ? [`${type.name}.${field.name}: null unless ${permission}`]
            : [];
        })
      : [],
  );
  return [...rootLines, ...maskedLines].sort();
}

describe("declared access of the schema's operations", () => {
  it("names a permission (or public) for every root query and mutation — reviewed like the SDL", async () => {
    // A change here changes who may call an operation: review it, then update with `jest -u`.
    expect(accessTable(await getSchema())).toMatchSnapshot();
  });

  it("refuses to build a schema whose root field declares no access", async () => {
    const query = (await getSchema()).getQueryType()!.toConfig();
    const forgotten = { type: query.fields.me!.type, extensions: {} };
    const undeclared = new GraphQLSchema({
      query: new GraphQLObjectType({ ...query, fields: { ...query.fields, forgotten } }),
    });
    expect(() => assertEveryRootFieldDeclaresAccess(undeclared)).toThrow(
      "Root fields without a declared permission: Query.forgotten. Add @Requires(permission) or @Public().",
    );
  });
});
