import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
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

/** Lists cost their page size (`first`) times what each item costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === "number" ? args.first : null;
  return first === null ? undefined : 1 + first * Math.max(1, childComplexity);
};

/** Costs remembered per parsed document (Apollo reuses it for the same query text). */
const MAX_COSTS_PER_DOCUMENT = 100;
/** Variables longer than this are costed every time rather than kept (memory stays small). */
const MAX_COST_KEY_LENGTH = 2_000;

/**
 * Rejects operations whose estimated cost exceeds `max` once variables are known,
 * before execution starts. A document's cost is computed once per operation and variables.
 */
export function costLimitPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables = {}) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = `${operationName ?? ""} ${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        operationName,
        variables,
        estimators: [
          fieldExtensionsEstimator(),
          pageSizeEstimator,
          simpleEstimator({ defaultComplexity: 1 }),
        ],
      });
      if (known.size < MAX_COSTS_PER_DOCUMENT && key.length <= MAX_COST_KEY_LENGTH) {
        known.set(key, cost);
      }
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.operationName ?? undefined, request.variables);
          if (cost > max) {
            throw new AppError(
              "BAD_USER_INPUT",
              `The query is too expensive (cost ${cost}; the limit is ${max}). Ask for fewer items or fields.`,
              {
                cost,
                maxCost: max,
              },
            );
          }
        },
      };
    },
  };
}
