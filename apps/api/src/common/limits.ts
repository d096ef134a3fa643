import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";
import { AppError } from "./errors";

/**
 * Rejects operations nested deeper than `max` during validation, so no resolver runs.
 * Introspection fields are not counted: their depth is bounded by the schema itself.
 */
export function depthLimit(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          const below = selection.selectionSet ? depthOf(selection.selectionSet, seen) : 0;
          deepest = Math.max(deepest, 1 + below);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic: other rules report it
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(seen).add(name)));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${max}.`, {
              nodes: [node],
              extensions: { code: "BAD_USER_INPUT" },
            }),
          );
        }
      },
    };
  };
}

/** The most root fields (aliases included) one operation may ask for. */
export const MAX_ROOT_FIELDS = 30;

/**
 * Rejects operations with more than `max` root fields during validation: aliases would otherwise
 * repeat the same work any number of times within the cost limit of cheap-looking fields.
 */
export function rootFieldLimit(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const countOf = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((count, selection) => {
        if (selection.kind === Kind.FIELD) return count + 1;
        if (selection.kind === Kind.INLINE_FRAGMENT)
          return count + countOf(selection.selectionSet, seen);
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return count;
        return count + countOf(fragment.selectionSet, new Set(seen).add(fragment.name.value));
      }, 0);
    return {
      OperationDefinition(node) {
        const count = countOf(node.selectionSet, new Set());
        if (count > max) {
          context.reportError(
            new GraphQLError(
              `The operation asks for ${count} root fields; the limit is ${max}. Split it into several requests.`,
              { nodes: [node], extensions: { code: "BAD_USER_INPUT" } },
            ),
          );
        }
      },
    };
  };
}

/**
 * What an aggregate root field costs: one statement over every row of the viewer's scope in a
 * period, whatever it returns. Twenty of them fit in the default cost limit.
 */
export const AGGREGATE_COST = 250;

/**
 * The longest string any argument may carry, as a literal or in a variable. Fields with a meaning
 * (names, domains, reasons, searches) have tighter limits on their input classes.
 */
export const MAX_INPUT_STRING_LENGTH = 10_000;

/** Lists cost their page size (`first`) times what each item costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === "number" ? args.first : null;
  return first === null ? undefined : 1 + first * Math.max(1, childComplexity);
};

/** Fields an operation may have, its fragments expanded (more is refused without costing). */
const MAX_OPERATION_FIELDS = 10_000;

/** Costs remembered per parsed document (Apollo reuses it for the same query text). */
const MAX_COSTS_PER_DOCUMENT = 100;
/** Variables longer than this are costed every time rather than kept (memory stays small). */
const MAX_COST_KEY_LENGTH = 2_000;

/**
 * Checks an operation before it runs: its variables against their declared types, every string
 * argument against MAX_INPUT_STRING_LENGTH and NUL characters, and its estimated cost against
 * `maxCost`. Every refusal is a client error (HTTP 400, BAD_USER_INPUT). A document's cost is
 * computed once per operation and variables.
 */
export function requestLimitsPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = `${operationName ?? ""} ${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: document,
          operationName,
          variables,
          maxQueryNodes: MAX_OPERATION_FIELDS,
          estimators: [
            fieldExtensionsEstimator(),
            pageSizeEstimator,
            simpleEstimator({ defaultComplexity: 1 }),
          ],
        });
      } catch (error) {
        // Past maxQueryNodes (its other GraphQLError, for bad variables, cannot happen: they
        // were coerced before the costing).
        if (!(error instanceof GraphQLError)) throw error;
        throw refused(
          `The operation asks for more than ${MAX_OPERATION_FIELDS} fields once its fragments are expanded. Ask for fewer.`,
        );
      }
      if (known.size < MAX_COSTS_PER_DOCUMENT && key.length <= MAX_COST_KEY_LENGTH) {
        known.set(key, cost);
      }
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation of the requested name (also costing would fail on an anonymous one):
          // execution refuses it as the client's mistake.
          if (!operation) return;
          const variables = coerceVariables(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          checkStrings(document, variables);
          const cost = costOf(document, request.operationName ?? undefined, variables);
          if (cost > maxCost) {
            throw refused(
              `The query is too expensive (cost ${cost}; the limit is ${maxCost}). Ask for fewer items or fields.`,
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}

/** A request refused before it runs: the client's mistake, so HTTP 400. */
function refused(message: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError("BAD_USER_INPUT", message, { ...extensions, http: { status: 400 } });
}

/** The variables as the operation declares them, or a 400 saying what is wrong with them. */
function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const result = getVariableValues(schema, definitions, raw, {
    maxErrors: 1,
  });
  if (result.errors) throw refused(result.errors[0]!.message);
  return result.coerced;
}

/** Half of a UTF-16 surrogate pair on its own: no character, and PostgreSQL's JSON refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses a string argument (literal or variable, at any depth) longer than the maximum, or that
 * PostgreSQL cannot store: with a NUL character (text refuses it) or not valid Unicode (JSON, as
 * in the audit trail, refuses a lone surrogate). The statement would fail as the request runs.
 */
function checkStrings(document: DocumentNode, variables: Record<string, unknown>): void {
  const check = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      const problem =
        value.length > MAX_INPUT_STRING_LENGTH
          ? `can be at most ${MAX_INPUT_STRING_LENGTH} characters`
          : value.includes("\u0000")
            ? "cannot contain the NUL character (\\u0000)"
            : LONE_SURROGATE.test(value)
              ? "is not valid Unicode (it has half of a surrogate pair)"
              : null;
      if (problem) throw refused(`${path} ${problem}.`, { field: path });
    } else if (Array.isArray(value)) {
      value.forEach((item) => check(item, path));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
    }
  };
  const checkNode = (node: ValueNode, path: string): void => {
    switch (node.kind) {
      case Kind.STRING:
        return check(node.value, path);
      case Kind.VARIABLE:
        return check(variables[node.name.value], path);
      case Kind.LIST:
        return node.values.forEach((item) => checkNode(item, path));
      case Kind.OBJECT:
        return node.fields.forEach((field) =>
          checkNode(field.value, `${path}.${field.name.value}`),
        );
    }
  };
  visit(document, { Argument: (argument) => checkNode(argument.value, argument.name.value) });
}
