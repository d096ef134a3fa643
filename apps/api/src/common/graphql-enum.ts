import { registerEnumType } from "type-graphql";

interface EnumOptions<T extends string> {
  description?: string;
  valuesConfig?: Partial<Record<T, { description: string }>>;
}

/**
 * Registers a list of constants from the domain package as a GraphQL enum, so the domain stays
 * the one definition of the values.
 */
export function graphqlEnum<const T extends string>(
  values: readonly T[],
  name: string,
  options: EnumOptions<T> = {},
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, ...options });
  return enumObject;
}
