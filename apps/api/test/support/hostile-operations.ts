import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

/**
 * Random and malformed GraphQL operations built from the server's own schema: for every root
 * query and mutation, plausible arguments (the world's real ids, enums, periods) with one made
 * hostile (wrong type, null, huge string or number, unknown enum, malformed id or cursor, odd
 * text or date, unknown field), sent as variables or inline literals, under random, deep,
 * many-aliased or fragment selections. The same seed gives the same operations.
 */

/** mulberry32: a tiny seeded PRNG. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer from min to max, both included. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Real values of the world under test that operations may use (never the secrets watched for). */
export interface WorldValues {
  ids: string[];
  cursors: string[];
  domains: string[];
  emails: string[];
  widgets: readonly string[];
}

export interface HostileOperation {
  /** What makes it hostile ("plausible" when nothing does), for the counts and reproductions. */
  kind: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Text that looks like SQL: answers may echo it back, so the SQL check must not count it. */
export const SQL_LOOKALIKES = [
  "' OR '1'='1",
  "'; DELETE FROM deals; --",
  "x' UNION SELECT password_hash FROM users --",
  "1; SELECT pg_sleep(3)",
];

/** An enum value: a bare name as a literal, its name as a variable. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON() {
    return this.name;
  }
}

const PLAUSIBLE_TEXT: Record<string, (random: Random, world: WorldValues) => string> = {
  after: (random, world) => random.pick(world.cursors),
  customerDomain: (random, world) => random.pick(world.domains),
  customerName: (random) => `Customer ${random.int(1, 40)}`,
  email: (random, world) => random.pick(world.emails),
  contactEmail: (random) => `contact${random.int(1, 9)}@example.test`,
  // Whole hundreds: the suite's secret amounts have cents, so no operation can make one.
  estimatedAmount: (random) => `${random.int(1, 999) * 100}.00`,
  expectedCloseDate: (random) => random.pick(["2031-03-31", "2030-12-01"]),
  from: (random) => random.pick(["2024-01-01", "2025-07-01T00:00:00Z"]),
  to: (random) => random.pick(["2026-12-31", "2031-01-01T00:00:00Z"]),
  search: (random, world) => random.pick([...world.domains, "DR-000001", "Customer", "a"]),
  widget: (random, world) => random.pick(world.widgets),
};

const PLAUSIBLE_INT: Record<string, [number, number]> = {
  first: [1, 50],
  limit: [1, 20],
  days: [1, 365],
  expiresInDays: [1, 365],
  x: [0, 11],
  y: [0, 20],
  w: [1, 6],
  h: [1, 6],
};

function plausible(
  type: GraphQLInputType,
  name: string,
  random: Random,
  world: WorldValues,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.from({ length: random.int(0, 3) }, () =>
      plausible(nullable.ofType, name, random, world),
    );
  }
  if (isEnumType(nullable)) return new EnumValue(random.pick(nullable.getValues()).name);
  if (isInputObjectType(nullable)) {
    return plausibleFields(Object.values(nullable.getFields()), random, world);
  }
  switch (nullable.name) {
    case "ID":
      return name === "after" ? random.pick(world.cursors) : random.pick(world.ids);
    case "Int": {
      const [min, max] = PLAUSIBLE_INT[name] ?? [1, 10];
      return random.int(min, max);
    }
    case "Float":
      return random.int(0, 1000) / 10;
    case "Boolean":
      return random.chance(0.5);
    case "DateTimeISO":
      return random.pick(["2024-01-01T00:00:00Z", "2030-06-30T12:00:00.000Z"]);
    default:
      return (
        PLAUSIBLE_TEXT[name]?.(random, world) ??
        `${random.pick(["Hostile input", "Acme", "Reason"])} ${random.int(1, 99)}`
      );
  }
}

/** Required fields or arguments always, optional ones half the time. */
function plausibleFields(
  fields: readonly (GraphQLArgument | GraphQLInputField)[],
  random: Random,
  world: WorldValues,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (isNonNullType(field.type) || random.chance(0.5)) {
      values[field.name] = plausible(field.type, field.name, random, world);
    }
  }
  return values;
}

/** A place in an argument tree that a hostile value can take. */
interface Slot {
  name: string;
  type: GraphQLInputType;
  nullable: GraphQLInputType;
  /** The name of the type through lists and non-null, e.g. "ID". */
  named: string;
  get(): unknown;
  set(value: unknown): void;
}

const slot = (name: string, type: GraphQLInputType, get: Slot["get"], set: Slot["set"]): Slot => ({
  name,
  type,
  nullable: getNullableType(type),
  named: getNamedType(type).name,
  get,
  set,
});
const isText = (slot: Slot) => ["String", "ID"].includes(slot.named);
const isNumber = (slot: Slot) => ["Int", "Float"].includes(slot.named);
const isDateLike = (slot: Slot) =>
  slot.named === "DateTimeISO" || (slot.named === "String" && /date|^from$|^to$/i.test(slot.name));

/** Every place in `values` (present or not) that `fields` declare, recursively. */
function slotsOf(
  values: Record<string, unknown>,
  fields: readonly (GraphQLArgument | GraphQLInputField)[],
): Slot[] {
  return fields.flatMap((field) => [
    slot(
      field.name,
      field.type,
      () => values[field.name],
      (value) => (values[field.name] = value),
    ),
    ...slotsWithin(values[field.name], field.type, field.name),
  ]);
}

function slotsWithin(value: unknown, type: GraphQLInputType, name: string): Slot[] {
  const nullable = getNullableType(type);
  if (isInputObjectType(nullable) && isRecord(value)) {
    return slotsOf(value, Object.values(nullable.getFields()));
  }
  if (isListType(nullable) && Array.isArray(value)) {
    const itemType = nullable.ofType as GraphQLInputType;
    return value.flatMap((item, i) => [
      slot(
        name,
        itemType,
        () => value[i],
        (v) => (value[i] = v),
      ),
      ...slotsWithin(item, itemType, name),
    ]);
  }
  return [];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const MALFORMED_IDS = [
  "",
  " ",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "3f2b9c1e-8a4d-4e2b-9f1a-7c6d5e4b3a2g",
  "{3f2b9c1e-8a4d-4e2b-9f1a-7c6d5e4b3a21}",
  "3f2b9c1e8a4d4e2b9f1a7c6d5e4b3a21",
  "1",
  "-1",
  "DR-000001",
  "nonsense",
  Buffer.from(JSON.stringify(["x", 1])).toString("base64url"),
  Buffer.from(JSON.stringify({ id: "' OR 1=1" })).toString("base64url"),
  Buffer.from("[").toString("base64"),
  "eyJ9",
  "=====",
];
const ODD_TEXT = [
  ...SQL_LOOKALIKES,
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "😀🏳️‍🌈",
  "\u202egnp.exe",
  "%",
  "_",
  "\\",
  "   ",
  "\n\t",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "null",
  "__proto__",
  "ǅ𝔘ﬀ\u0301",
];
const BAD_DATES = [
  "2024-02-30",
  "2024-13-01",
  "0000-01-01",
  "9999-12-31",
  "99999-01-01",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "1900-01-01",
  "2024-01-01T25:00:00Z",
  "2024-01-01T00:00:00+99:00",
  "tomorrow",
  "1e10",
  "",
];
const HUGE_NUMBERS = [
  2147483647,
  2147483648,
  -2147483649,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  5e-324,
];
const HUGE_AMOUNTS = ["1e400", "999999999999999999999999.99", "-5.00", "0.001", "NaN", "Infinity"];
/** Over the tighter limits of names and reasons, just over the global one, far over it. */
const HUGE_STRINGS = [
  "x".repeat(201),
  "é".repeat(1_001),
  "😀".repeat(5_001),
  "x".repeat(10_001),
  " ".repeat(20_000),
];
const UNKNOWN_ENUM_NAMES = ["NOPE", "__proto__", "constructor", "TRUE"];

/** The hostile values a slot can take, by kind; a kind that has none for the slot does not fit. */
const HOSTILE_KINDS: Record<string, (slot: Slot) => readonly unknown[]> = {
  null: (slot) => (isNonNullType(slot.type) ? [null] : []),
  "wrong-type": (slot) => {
    if (isListType(slot.nullable)) return [{ a: 1 }, 7];
    if (isInputObjectType(slot.nullable)) return ["object", 5, []];
    if (isEnumType(slot.nullable)) return [7, true, { a: 1 }];
    if (isText(slot)) return [42, true, { a: 1 }, 1.5];
    if (isNumber(slot)) return ["12", true, [], { a: 1 }, 1.5];
    return ["yes", 1, { a: 1 }];
  },
  "huge-string": (slot) => (isText(slot) || isDateLike(slot) ? HUGE_STRINGS : []),
  "huge-number": (slot) =>
    isNumber(slot) ? HUGE_NUMBERS : /amount/i.test(slot.name) ? HUGE_AMOUNTS : [],
  "unknown-enum": (slot) => {
    if (!isEnumType(slot.nullable)) return [];
    const lower = slot.nullable.getValues()[0]!.name.toLowerCase();
    return [...UNKNOWN_ENUM_NAMES, lower].map((name) => new EnumValue(name));
  },
  "malformed-id": (slot) => (slot.named === "ID" || slot.name === "after" ? MALFORMED_IDS : []),
  "odd-text": (slot) => (isText(slot) ? ODD_TEXT : []),
  "bad-date": (slot) => (isDateLike(slot) ? BAD_DATES : []),
  "unknown-field": (slot) => {
    const value = slot.get();
    return isInputObjectType(slot.nullable) && isRecord(value) ? [{ ...value, nope: 1 }] : [];
  },
};

/** Makes one random slot hostile; returns the kind used, or "plausible" when none fits. */
function makeHostile(slots: Slot[], random: Random): string {
  if (random.chance(0.3)) return "plausible";
  const choices = Object.entries(HOSTILE_KINDS).flatMap(([kind, valuesFor]) =>
    slots.map((slot) => ({ kind, slot, values: valuesFor(slot) })),
  );
  const fitting = choices.filter((choice) => choice.values.length > 0);
  if (fitting.length === 0) return "plausible";
  // Kinds first, then slots, so that kinds fitting many slots do not crowd out the others.
  const kind = random.pick([...new Set(fitting.map((choice) => choice.kind))]);
  const choice = random.pick(fitting.filter((c) => c.kind === kind));
  choice.slot.set(random.pick(choice.values));
  return kind;
}

/** A GraphQL literal for a value; non-finite numbers print as names, which no Int or Float is. */
function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NaN";
  if (typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const fields = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{${fields.map(([name, item]) => `${name}: ${literal(item)}`).join(", ")}}`;
}

/** Root fields with their arguments, and the variables they need. */
class OperationBuilder {
  private readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(private readonly random: Random) {}

  /** `name(arg: …)`, each argument a variable or an inline literal at random. */
  call(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
    const args = field.args
      .filter((arg) => values[arg.name] !== undefined)
      .map((arg) => {
        if (this.random.chance(0.5)) return `${arg.name}: ${literal(values[arg.name])}`;
        const variable = `v${this.definitions.length}`;
        this.definitions.push(`$${variable}: ${String(arg.type)}`);
        this.variables[variable] = values[arg.name];
        return `${arg.name}: $${variable}`;
      });
    return args.length ? `${field.name}(${args.join(", ")})` : field.name;
  }

  /** Leaves one declared variable without a value. */
  dropVariable(): void {
    const names = Object.keys(this.variables);
    if (names.length) delete this.variables[this.random.pick(names)];
  }

  /** Declares a variable of the wrong type in place of a right one (or an extra one). */
  mistypeVariable(types: string[]): void {
    const index = this.random.int(0, this.definitions.length);
    const name = this.definitions[index]?.split(":")[0] ?? "$unused";
    this.definitions[index] = `${name}: ${this.random.pick(types)}`;
  }

  document(operation: "query" | "mutation", selections: string[], fragments = ""): string {
    const definitions = this.definitions.length ? `(${this.definitions.join(", ")})` : "";
    return `${operation} Hostile${definitions} { ${selections.join(" ")} }${fragments}`;
  }
}

interface OutputField {
  field: GraphQLField<unknown, unknown>;
  /** Whether it needs a selection of its own. */
  isObject: boolean;
}
// graphql's type checks are slow outside production: each type is looked at once.
const outputFields = new Map<GraphQLOutputType, OutputField[]>();

/** The fields of an object type (through lists and non-null), none for a leaf. */
function fieldsOf(type: GraphQLOutputType): OutputField[] {
  let fields = outputFields.get(type);
  if (!fields) {
    const named = getNamedType(type);
    fields = isObjectType(named)
      ? Object.values(named.getFields()).map((field) => ({
          field,
          isObject: isObjectType(getNamedType(field.type)),
        }))
      : [];
    outputFields.set(type, fields);
  }
  return fields;
}

/** Output fields' own arguments (`recentDeals(limit:)`), inline, now and then hostile too. */
function withArgs(field: GraphQLField<unknown, unknown>, random: Random, world: WorldValues) {
  const values = plausibleFields(field.args, random, world);
  if (random.chance(0.2)) makeHostile(slotsOf(values, field.args), random);
  const args = Object.entries(values).map(([name, value]) => `${name}: ${literal(value)}`);
  return args.length ? `${field.name}(${args.join(", ")})` : field.name;
}

/**
 * A random subset of the type's fields (each with probability `share`; 1: every field, so that
 * answers carry all a viewer can read), `depth` object levels deep.
 */
function selectionOf(
  type: GraphQLOutputType,
  { depth, share }: { depth: number; share: number },
  random: Random,
  world: WorldValues,
): string {
  const fields = fieldsOf(type);
  if (fields.length === 0) return "";
  const chosen = fields
    .filter(() => random.chance(share))
    .flatMap(({ field, isObject }) => {
      const call = withArgs(field, random, world);
      if (!isObject) return [call];
      if (depth <= 0) return [];
      return [`${call} ${selectionOf(field.type, { depth: depth - 1, share }, random, world)}`];
    });
  return `{ ${chosen.length ? chosen.join(" ") : "__typename"} }`;
}

/** A random walk down object fields, `levels` deep (the server allows 12). */
function deepSelectionOf(
  type: GraphQLOutputType,
  levels: number,
  random: Random,
  world: WorldValues,
): string {
  const fields = fieldsOf(type);
  if (fields.length === 0) return "";
  const objects = fields.filter((field) => field.isObject);
  if (levels === 0 || objects.length === 0) return "{ __typename }";
  const { field } = random.pick(objects);
  return `{ ${withArgs(field, random, world)} ${deepSelectionOf(field.type, levels - 1, random, world)} }`;
}

/** Shapes of the document itself; "plain" leaves the arguments' hostility as the only one. */
const SHAPES = [
  ...Array<"plain">(8).fill("plain"),
  "deep",
  "aliases",
  "fragments",
  "several-roots",
  "missing-variable",
  "wrong-variable-type",
  "introspection",
] as const;

/** An endless, seeded supply of hostile operations against `schema`. */
export function hostileOperations(
  schema: GraphQLSchema,
  world: WorldValues,
  random: Random,
): () => HostileOperation {
  const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
    Object.values(root.getFields()).map((field) => ({ root, field })),
  );
  const inputTypeNames = Object.values(schema.getTypeMap())
    .filter((type) => isInputObjectType(type) || isEnumType(type))
    .map((type) => `${type.name}!`)
    .concat(["Int!", "String", "[ID!]!", "Boolean"]);

  return () => {
    const shape = random.pick(SHAPES);
    if (shape === "introspection") return introspection(random, schema);
    const { root, field } = random.pick(roots);
    const builder = new OperationBuilder(random);
    const values = plausibleFields(field.args, random, world);
    const kind = makeHostile(slotsOf(values, field.args), random);
    const call = builder.call(field, values);
    const selection = () =>
      selectionOf(
        field.type,
        { depth: random.int(0, 3), share: random.pick([0.4, 1]) },
        random,
        world,
      );
    let selections = [`${call} ${selection()}`];
    let fragment = "";

    switch (shape) {
      case "deep":
        selections = [`${call} ${deepSelectionOf(field.type, random.int(4, 16), random, world)}`];
        break;
      case "aliases":
        selections = Array.from(
          { length: random.int(2, 40) },
          (_, i) => `a${i}: ${call} ${selection()}`,
        );
        break;
      case "fragments": {
        const type = getNamedType(field.type);
        if (!isObjectType(type)) break;
        const body = selectionOf(type, { depth: random.int(0, 2), share: 0.5 }, random, world);
        selections = [`${call} { ...F ...F }`];
        fragment = random.pick([
          ` fragment F on ${type.name} ${body}`,
          ` fragment F on ${type.name} { ...F }`,
          ` fragment F on ${random.pick(otherObjectTypes(schema, type))} ${body}`,
          "",
        ]);
        break;
      }
      case "several-roots":
        for (let i = random.int(1, 4); i > 0; i--) {
          const other = random.pick(roots.filter((r) => r.root === root)).field;
          const otherCall = builder.call(other, plausibleFields(other.args, random, world));
          const otherSelection = selectionOf(other.type, { depth: 1, share: 0.5 }, random, world);
          selections.push(`r${i}: ${otherCall} ${otherSelection}`);
        }
        break;
      case "missing-variable":
        builder.dropVariable();
        break;
      case "wrong-variable-type":
        builder.mistypeVariable(inputTypeNames);
        break;
    }
    const operation = root === schema.getMutationType() ? "mutation" : "query";
    return {
      kind: shape === "plain" ? kind : `${shape}/${kind}`,
      query: builder.document(operation, selections, fragment),
      variables: builder.variables,
    };
  };
}

function otherObjectTypes(schema: GraphQLSchema, type: GraphQLObjectType): string[] {
  return Object.values(schema.getTypeMap())
    .filter((other) => isObjectType(other) && other !== type && !other.name.startsWith("__"))
    .map((other) => other.name);
}

function introspection(random: Random, schema: GraphQLSchema): HostileOperation {
  const typeName = random.pick([...Object.keys(schema.getTypeMap()), "Nope", ""]);
  const query = random.pick([
    `{ __schema { types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind ofType { name } } } } } } } }`,
    `query ($name: String!) { __type(name: $name) { name kind fields { name type { name } } inputFields { name } enumValues { name } } }`,
    `{ __typename ${"__typename ".repeat(random.int(1, 200))}}`,
  ]);
  return {
    kind: "introspection",
    query,
    variables: query.includes("$name") ? { name: typeName } : {},
  };
}
