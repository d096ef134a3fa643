import { randomUUID } from "node:crypto";
import { can, ROLES } from "@prm/domain";
import type { GraphQLSchema } from "graphql";
import { declaredAccess, PUBLIC, type RootFieldAccess } from "../src/auth/access";
import {
  AUTHORIZATION_MATRIX,
  expectedOutcome,
  PRINCIPALS,
  SIDES,
  type MatrixRow,
  type MatrixSide,
  type MixedCell,
  type Outcome,
  type Principal,
  type Side,
} from "../src/auth/authorization-matrix";
import { getSchema } from "../src/schema";
import { createMatrixFixture, type MatrixFixture } from "./authorization-matrix-fixture";
import { startTestApp, type GqlResult, type TestApp } from "./harness";

/**
 * Issue 14: the authorization matrix (src/auth/authorization-matrix.ts), run cell by cell
 * against the real server — every root query and mutation × every principal × a record in
 * their scope and one outside it.
 */

interface RootField {
  /** "Query.deals" */
  key: string;
  name: string;
  operation: "Query" | "Mutation";
  access: RootFieldAccess;
}

function rootFields(schema: GraphQLSchema): RootField[] {
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
    Object.values(root.getFields()).map((field) => ({
      key: `${root.name}.${field.name}`,
      name: field.name,
      operation: root.name as RootField["operation"],
      access: declaredAccess(field)!,
    })),
  );
}

/** Every `id` anywhere in an answer. */
function idsIn(value: unknown, ids = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, ids));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "id") ids.add(inner);
      else idsIn(inner, ids);
    }
  }
  return ids;
}

/** An answer that shows nothing: false, zero or an empty list. */
const isEmpty = (value: unknown): boolean =>
  value === false || value === 0 || (Array.isArray(value) && value.length === 0);

/** What a cell answered, in the matrix's terms. */
function outcomeOf(result: GqlResult, field: string, target: string | undefined): string {
  const error = result.errors?.[0];
  if (error) return String(error.extensions?.code ?? error.message);
  const value: unknown = result.data?.[field];
  if (value === null || value === undefined) return "NULL";
  if (target !== undefined) return idsIn(value).has(target) ? "OK" : "EMPTY";
  return isEmpty(value) ? "EMPTY" : "OK";
}

/** Outcomes of a foreign cell that must not tell an existing record from a missing one. */
const HIDING: Outcome[] = ["NOT_FOUND", "NULL", "EMPTY", "BAD_USER_INPUT"];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The variables with every id replaced by one that exists nowhere (in a mixed cell only the
 * foreign side's ids), or null without such ids.
 */
function ghostIds(
  variables: Record<string, unknown>,
  foreign?: MatrixSide,
): Record<string, unknown> | null {
  const json = JSON.stringify(variables);
  const foreignIds =
    foreign && new Set(Object.values(foreign).filter((v) => typeof v === "string"));
  const ghost = json.replace(UUID, (id) => (!foreignIds || foreignIds.has(id) ? randomUUID() : id));
  return ghost === json ? null : JSON.parse(ghost);
}
const maskIds = (text: string) => text.replace(UUID, "<id>");
const messageOf = (result: GqlResult) => (result.errors ? ` (${result.errors[0]!.message})` : "");

interface Cell {
  field: RootField;
  row: MatrixRow;
  principal: Principal;
  side: Side;
  /** A mixed cell: a foreign id in an otherwise own request. */
  mixed?: MixedCell & { name: string };
  expected: Outcome;
}

/** A field's cells: each principal × own, foreign and the row's mixed cells, where they apply. */
function cellsOf(field: RootField): Cell[] {
  const row = AUTHORIZATION_MATRIX[field.key];
  if (!row) return [];
  const columns = [
    ...SIDES.map((side) => ({ side, mixed: undefined })),
    ...Object.entries(row.mixed ?? {}).map(([name, mixed]) => ({
      side: "foreign" as const,
      mixed: { name, ...mixed },
    })),
  ];
  return PRINCIPALS.flatMap((principal) =>
    columns.flatMap(({ side, mixed }) => {
      const expected = expectedOutcome(row, field.access, principal, side, mixed);
      return expected ? [{ field, row, principal, side, mixed, expected }] : [];
    }),
  );
}

/** Runs the cells one after the other; what differs from the table. */
async function runCells(app: TestApp, fixture: MatrixFixture, cells: Cell[]) {
  const answers = new Map<string, Promise<GqlResult>>();
  const send = (cell: Cell, variables: Record<string, unknown>, token: string | undefined) => {
    // A query asked twice alike (a list's own and foreign cells) is sent once.
    const key = `${cell.principal}|${cell.row.document}|${JSON.stringify(variables)}`;
    const query = cell.field.operation === "Query";
    const answer = (query && answers.get(key)) || app.gql(cell.row.document, variables, { token });
    if (query) answers.set(key, answer);
    return answer;
  };
  const mismatches: string[] = [];
  let ghosts = 0;
  for (const cell of cells) {
    const { field, row, principal, side, mixed, expected } = cell;
    const s = await fixture.side(principal, mixed ? "own" : side, expected === "OK");
    const foreign = mixed && (await fixture.side(principal, "foreign", false));
    const variables = (await (foreign ? mixed.variables(s, foreign) : row.variables?.(s))) ?? {};
    const token = row.endsSession
      ? await fixture.newSession(principal)
      : await fixture.token(principal);
    const result = await send(cell, variables, token);
    const target = foreign ? mixed.target?.(s, foreign) : row.target?.(s);
    const actual = outcomeOf(result, field.name, target);
    const name = `${field.key} × ${principal} × ${mixed ? `foreign (${mixed.name})` : side}`;
    if (actual !== expected) {
      mismatches.push(`${name}: expected ${expected}, got ${actual}${messageOf(result)}`);
      continue;
    }
    // Out of scope must look like absent: naming nothing that exists answers the same.
    const ghost = row.nothing?.(variables) ?? ghostIds(variables, foreign);
    if (side === "foreign" && (row.nothing || HIDING.includes(expected)) && ghost) {
      ghosts++;
      const twin = await send(cell, ghost, token);
      const seen = `${actual}${maskIds(messageOf(result))}`;
      const absent = `${outcomeOf(twin, field.name, target)}${maskIds(messageOf(twin))}`;
      if (seen !== absent) {
        mismatches.push(`${name}: answers "${seen}", but "${absent}" for ids that do not exist`);
      }
    }
  }
  return { mismatches, ghosts };
}

describe("the authorization matrix", () => {
  let fields: RootField[];
  beforeAll(async () => {
    fields = rootFields(await getSchema());
  });

  it("has a row for every root query and mutation, and none for a field that is gone", () => {
    const keys = fields.map((field) => field.key);
    expect({
      rootFieldsWithoutRow: keys.filter((key) => !(key in AUTHORIZATION_MATRIX)),
      rowsWithoutField: Object.keys(AUTHORIZATION_MATRIX).filter((key) => !keys.includes(key)),
    }).toEqual({ rootFieldsWithoutRow: [], rowsWithoutField: [] });
  });

  it("declares outcomes only for the roles that hold the field's permission, and signed-out ones only for public fields", () => {
    const dead = fields.flatMap(({ key, access }) => {
      const row = AUTHORIZATION_MATRIX[key];
      if (!row) return [];
      const declared = [row.roles, ...Object.values(row.mixed ?? {}).map((m) => m.roles)];
      const roles = declared.flatMap((byRole) => Object.keys(byRole ?? {}));
      const holds = (role: string) =>
        access !== PUBLIC && ROLES.some((r) => r === role && can(r, access));
      return [
        ...roles.filter((role) => !holds(role)).map((role) => `${key}: ${role} lacks ${access}`),
        ...(row.signedOut && access !== PUBLIC ? [`${key}: signedOut on a non-public field`] : []),
        ...(row.mixed && access === PUBLIC ? [`${key}: mixed cells on a public field`] : []),
      ];
    });
    expect(dead).toEqual([]);
  });

  describe("against the real server", () => {
    let app: TestApp;
    let fixture: MatrixFixture;
    beforeAll(async () => {
      // Sign-in throttling is not under test here: the foreign sign-in cells fail on purpose.
      app = await startTestApp({
        config: { loginRateLimit: { perEmail: 1000, perIp: 1000, windowSeconds: 900 } },
      });
      fixture = await createMatrixFixture(app);
    });
    afterAll(() => app.close());

    it("answers every cell as declared", async () => {
      const cells = fields.flatMap(cellsOf);
      const started = Date.now();
      const { mismatches, ghosts } = await runCells(app, fixture, cells);

      const total = fields.length * PRINCIPALS.length * SIDES.length;
      const mixed = cells.filter((cell) => cell.mixed).length;
      const tally = new Map<Outcome, number>();
      for (const { expected } of cells) tally.set(expected, (tally.get(expected) ?? 0) + 1);
      console.log(
        `Authorization matrix: ${fields.length} root fields × ${PRINCIPALS.length} principals × ` +
          `${SIDES.length} sides (own, foreign) = ${total} cells; ${cells.length - mixed} ran ` +
          `(${total - cells.length + mixed} foreign cells of fields that name no record do not apply), ` +
          `and ${mixed} mixed cells (a foreign id in an own request: a filter, a new owner…); ` +
          `${ghosts} foreign ones again naming nothing that exists; ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s; ${mismatches.length} differ from the table. ` +
          `Declared: ${[...tally].map(([outcome, n]) => `${outcome} ${n}`).join(", ")}.`,
      );
      expect(mismatches).toEqual([]);
    }, 600_000);
  });
});
