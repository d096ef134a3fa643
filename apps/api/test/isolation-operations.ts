import {
  getNamedType,
  GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/**
 * Every read operation of the schema, as documents the isolation suite generates: each Query
 * root field with a broad selection set (every scalar, and every object a few levels deep, so a
 * nested leak — a deal's conflicts, an opportunity's contacts, an account's activities — shows
 * too), asked several times in one request under aliases: with the arguments it requires, and
 * with a principal's own and foreign ids in each optional id argument, and with foreign ids in
 * each id of an optional input (a filter).
 */

/** Objects nested below a root field's type (connections, edges and page info not counted). */
const OBJECT_LEVELS = 3;

/** Arguments a nested field requires: list sizes. */
const NESTED_ARGUMENTS: Readonly<Record<string, unknown>> = {
  "first: Int!": 3,
  "limit: Int!": 3,
};

/** What the suite hands to one principal's operations. */
export interface Samples {
  /** A few ids of a table: some the principal may see and some foreign to them. */
  ids(table: string): string[];
  /** Only the foreign ones. */
  foreignIds(table: string): string[];
  /** Customers of a few deals (own and foreign), to look for conflicts with. */
  customers: { customerName: string; customerDomain: string }[];
  /** A period covering the whole demo dataset. */
  period: { preset: "CUSTOM"; from: string; to: string };
}

/** Samples of nothing: to check, before running anything, that every argument is provided for. */
const NO_SAMPLES: Samples = {
  ids: () => [],
  foreignIds: () => [],
  customers: [],
  period: { preset: "CUSTOM", from: "2000-01-01", to: "2000-12-31" },
};

/** The table an id argument names, by the argument's name. */
const TABLE_OF_ID_ARGUMENT: Readonly<Record<string, string>> = {
  partnerId: "organizations",
  organizationId: "organizations",
  ownerId: "users",
  sellerId: "users",
  managerId: "users",
  channelManagerId: "users",
  accountId: "accounts",
  opportunityId: "opportunities",
  territoryId: "territories",
  excludeDealId: "deals",
};

/** The table a root field's `id` argument names, by the field's type. */
const TABLE_OF_TYPE: Readonly<Record<string, string>> = {
  Account: "accounts",
  Deal: "deals",
  Opportunity: "opportunities",
  User: "users",
  PartnerDetail: "organizations",
};

type RequiredValues = (field: GraphQLField<unknown, unknown>, samples: Samples) => unknown[];

/** Values for the arguments root fields require, by "name: Type"; each value is one alias. */
const REQUIRED_ARGUMENTS: Readonly<Record<string, RequiredValues>> = {
  "id: ID!": (field, samples) => samples.ids(tableOfType(field)),
  "period: PeriodInput!": (_field, samples) => [samples.period],
  "portal: Portal!": (field) => {
    const type = getNamedType(field.args.find((arg) => arg.name === "portal")!.type);
    return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
  },
  "input: CheckDealConflictsInput!": (_field, samples) => samples.customers,
  "input: SalesMetricsInput!": (_field, samples) => [
    { period: samples.period },
    ...samples.ids("users").map((sellerId) => ({ period: samples.period, sellerId })),
  ],
};

function tableOfType(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type).name;
  const table = TABLE_OF_TYPE[type];
  if (!table) {
    throw new Error(
      `Query.${field.name}(id: ID!) returns ${type}, which isolation-operations.ts's TABLE_OF_TYPE does not name: add the table its ids come from.`,
    );
  }
  return table;
}

function tableOfIdArgument(owner: string, name: string): string {
  const table = TABLE_OF_ID_ARGUMENT[name];
  if (!table) {
    throw new Error(
      `${owner}.${name} takes an id that isolation-operations.ts's TABLE_OF_ID_ARGUMENT does not name: add the table its ids come from.`,
    );
  }
  return table;
}

/** One principal's arguments for a field: variables and the argument list that uses them. */
export type Variant = Record<string, unknown>;

export interface ReadOperation {
  field: string;
  /** The field's argument sets for one principal. */
  variants(samples: Samples): Variant[];
  /** One request asking for the field once per variant (aliased v0, v1, …). */
  request(variants: readonly Variant[]): { query: string; variables: Record<string, unknown> };
}

export function readOperations(schema: GraphQLSchema): ReadOperation[] {
  const query = schema.getQueryType();
  if (!query) throw new Error("The schema has no Query type.");
  return Object.values(query.getFields()).map((field) => {
    const rootType = getNamedType(field.type);
    const selection = selectionOf(rootType, isWrapper(rootType) ? 0 : 1, `Query.${field.name}`);
    const required = field.args.filter(isRequired);
    variantsOf(field, required, NO_SAMPLES); // fails now for an argument the tables miss
    const fragment = selection ? `\nfragment Shown on ${rootType.name}${selection}` : "";
    return {
      field: field.name,
      variants: (samples) => variantsOf(field, required, samples),
      request(variants) {
        const definitions: string[] = [];
        const variables: Record<string, unknown> = {};
        const aliases = variants.map((variant, index) => {
          const args = Object.entries(variant).map(([name, value]) => {
            const variable = `v${index}_${name}`;
            const arg = field.args.find((a) => a.name === name)!;
            definitions.push(`$${variable}: ${String(arg.type)}`);
            variables[variable] = value;
            return `${name}: $${variable}`;
          });
          const call = args.length ? `(${args.join(", ")})` : "";
          return `v${index}: ${field.name}${call}${selection ? " { ...Shown }" : ""}`;
        });
        const header = definitions.length ? `(${definitions.join(", ")})` : "";
        return {
          query: `query Isolation_${field.name}${header} {\n${aliases.join("\n")}\n}${fragment}`,
          variables,
        };
      },
    };
  });
}

function isRequired(arg: GraphQLArgument): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

function requiredValues(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument) {
  const values = REQUIRED_ARGUMENTS[`${arg.name}: ${String(arg.type)}`];
  if (!values) {
    throw new Error(
      `Query.${field.name} requires ${arg.name}: ${String(arg.type)}, for which isolation-operations.ts's REQUIRED_ARGUMENTS has no values: add some (own and foreign ids where it takes ids), so the isolation suite runs it.`,
    );
  }
  return values;
}

/**
 * The field's argument sets: every combination of its required arguments' values, then the
 * first of them with each optional id argument set to each sample id, and each id of an
 * optional input to each foreign one, on short pages; and with an optional `limit` of 1, so that
 * a row summing the partners beyond it (pipelineByPartner, partnerWinLoss) is read too.
 */
function variantsOf(
  field: GraphQLField<unknown, unknown>,
  required: GraphQLArgument[],
  samples: Samples,
): Record<string, unknown>[] {
  let variants: Record<string, unknown>[] = [{}];
  for (const arg of required) {
    const values = requiredValues(field, arg)(field, samples);
    variants = variants.flatMap((variant) =>
      values.map((value) => ({ ...variant, [arg.name]: value })),
    );
  }
  const base = variants[0] ?? {};
  const shortPage = field.args.some((arg) => arg.name === "first") ? { first: 5 } : {};
  const owner = `Query.${field.name}`;
  for (const arg of field.args.filter((a) => !isRequired(a))) {
    const type = getNamedType(arg.type);
    if (arg.name === "limit" && type.name === "Int") {
      variants.push({ ...base, limit: 1 });
    } else if (type.name === "ID") {
      for (const id of samples.ids(tableOfIdArgument(owner, arg.name))) {
        variants.push({ ...base, ...shortPage, [arg.name]: listOr(arg.type, id) });
      }
    } else if (isInputObjectType(type)) {
      for (const [name, idField] of Object.entries(idFieldsOf(type))) {
        for (const id of samples.foreignIds(tableOfIdArgument(type.name, name))) {
          const value = { ...(base[arg.name] as object | undefined), [name]: listOr(idField, id) };
          variants.push({ ...base, ...shortPage, [arg.name]: value });
        }
      }
    }
  }
  return variants;
}

function idFieldsOf(type: GraphQLInputObjectType): Record<string, GraphQLInputType> {
  return Object.fromEntries(
    Object.values(type.getFields())
      .filter((f) => getNamedType(f.type).name === "ID")
      .map((f) => [f.name, f.type]),
  );
}

const listOr = (type: GraphQLInputType, id: string) =>
  isListType(isNonNullType(type) ? type.ofType : type) ? [id] : id;

/** Types that only wrap a list's items: nesting through them costs no level. */
const isWrapper = (type: GraphQLNamedType) =>
  /(Connection|Edge)$/.test(type.name) || type.name === "PageInfo";

/**
 * `{ __typename scalar … object { … } }` for a type: every field whose required arguments
 * NESTED_ARGUMENTS fills, objects down to OBJECT_LEVELS levels. A type met again below itself
 * (a deal's opportunity's deal, a user's manager) shows only its scalars: its id is what a leak
 * would show, and the rest of it is read where it is met first.
 */
function selectionOf(
  outputType: GraphQLNamedType,
  level: number,
  path: string,
  above: ReadonlySet<string> = new Set(),
): string {
  const type = getNamedType(outputType);
  if (isLeafType(type)) return "";
  if (isUnionType(type)) {
    const members = type
      .getTypes()
      .map((t) => `... on ${t.name}${selectionOf(t, level, path, above)}`);
    return ` { __typename ${members.join(" ")} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const again = above.has(type.name);
  const below = new Set(above).add(type.name);
  const parts = ["__typename"];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (again && !isLeafType(named)) continue;
    const args = field.args.filter(isRequired).map((arg) => {
      const key = `${arg.name}: ${String(arg.type)}`;
      if (!(key in NESTED_ARGUMENTS)) {
        throw new Error(
          `${type.name}.${field.name} (under ${path}) requires ${key}, for which isolation-operations.ts's NESTED_ARGUMENTS has no value: add one, so the isolation suite reads it.`,
        );
      }
      return `${arg.name}: ${JSON.stringify(NESTED_ARGUMENTS[key])}`;
    });
    const call = args.length ? `(${args.join(", ")})` : "";
    if (isLeafType(named)) {
      parts.push(`${field.name}${call}`);
      continue;
    }
    const next = isWrapper(named) ? level : level + 1;
    if (next > OBJECT_LEVELS) continue;
    parts.push(`${field.name}${call}${selectionOf(named, next, `${path}.${field.name}`, below)}`);
  }
  return ` { ${parts.join(" ")} }`;
}
