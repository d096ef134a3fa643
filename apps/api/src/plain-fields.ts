import { isObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * type-graphql gives every field of an object type a resolver that runs the field's middlewares
 * and authorization checks, then reads the property. A field with neither, and without a field
 * resolver, needs no resolver at all: the executor then reads the property itself (graphql-jit
 * inline) instead of calling a function for every field of every row — a channel manager's
 * forty-partner table made 480 such calls. A field that is given `@Authorized` or
 * `@UseMiddleware` keeps its resolver. (The schema has no global middlewares, which every field
 * would have to run.)
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const hasFieldResolver = (field: (typeof storage.fields)[number]) =>
    storage.fieldResolvers.some(
      (r) => r.getObjectType?.() === field.target && r.methodName === field.name,
    );
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphqlField = fields[field.schemaName];
      const plain =
        field.roles === undefined &&
        !field.middlewares?.length &&
        field.name === field.schemaName &&
        !hasFieldResolver(field);
      if (graphqlField && plain) graphqlField.resolve = undefined;
    }
  }
  return schema;
}
