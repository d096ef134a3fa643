import type { ApolloServerPlugin } from "@apollo/server";
import { STATEMENT_TIMEOUT_MESSAGE } from "../src/common/errors";
import type { Context } from "../src/context";
import { openTestDatabase, startTestApp, codeOf, type TestApp } from "./harness";
import { createDeal, createWorld } from "./factories";

/**
 * What one request may cost everyone else: bounded inputs, a statement timeout, a rate limit on
 * the as-you-type conflict check, costed aggregates and a cap on root fields — and every client
 * mistake answered 400 with a code from the fixed set.
 */
describe("request limits", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  let sellerToken: string;
  let cmToken: string;

  beforeAll(async () => {
    app = await startTestApp({
      config: { conflictCheckRateLimit: { perWindow: 5, windowSeconds: 60 } },
    });
    world = await createWorld(app.db.dataSource);
    sellerToken = await app.tokenOf(world.seller);
    cmToken = await app.tokenOf(world.cm);
  });
  afterAll(() => app.close());

  const CHECK = `query ($input: CheckDealConflictsInput!) {
    checkDealConflicts(input: $input) { claimed claimedUntil }
  }`;

  describe("string inputs", () => {
    // Argument checks run as the field executes: a field error (HTTP 200), as GraphQL over HTTP says.
    it("refuses an over-long customer name in the conflict check, naming the field, before any matching", async () => {
      const res = await app.gql(
        CHECK,
        { input: { customerName: "Acme ".repeat(1_000) } },
        { token: cmToken },
      );
      expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "customerName" });
      expect(res.errors![0]!.message).toBe("The customer name can be at most 200 characters.");
    });

    it("refuses an over-long customer domain too", async () => {
      const res = await app.gql(
        CHECK,
        { input: { customerDomain: `${"a".repeat(300)}.com` } },
        { token: cmToken },
      );
      expect(res.errors![0]!.extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "customerDomain",
      });
    });

    it("refuses any string input longer than the global maximum, naming where it was", async () => {
      const huge = "x".repeat(20_000);
      const asVariable = await app.gql(
        `query ($id: ID!) { deal(id: $id) { id } }`,
        { id: huge },
        {
          token: sellerToken,
        },
      );
      expect(asVariable.status).toBe(400);
      expect(asVariable.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
      const inline = await app.gql(`{ deal(id: "${huge}") { id } }`, {}, { token: sellerToken });
      expect(inline.status).toBe(400);
      expect(inline.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
      const nested = await app.gql(
        `mutation ($input: LoginInput!) { login(input: $input) { user { id } } }`,
        { input: { email: "someone@example.com", password: huge } },
      );
      expect(nested.errors![0]!.extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "input.password",
      });
      expect(nested.status).toBe(400);
    });

    it("refuses a NUL character in any string input, which PostgreSQL text cannot hold", async () => {
      const asVariable = await app.gql(
        `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
        { input: { name: "a\u0000b" } },
        { token: sellerToken },
      );
      expect([asVariable.status, asVariable.errors![0]!.extensions]).toEqual([
        400,
        { code: "BAD_USER_INPUT", field: "input.name" },
      ]);
      expect(asVariable.errors![0]!.message).toBe(
        "input.name cannot contain the NUL character (\\u0000).",
      );
      const inline = await app.gql(
        `{ deals(filter: { search: "\\u0000" }) { totalCount } }`,
        {},
        { token: sellerToken },
      );
      expect([inline.status, inline.errors![0]!.extensions]).toEqual([
        400,
        { code: "BAD_USER_INPUT", field: "filter.search" },
      ]);
    });

    it("refuses text that is not valid Unicode, which the audit trail's JSON cannot hold", async () => {
      const deal = await createDeal(app.db.dataSource, {
        owner: world.seller,
        status: "SUBMITTED",
      });
      const res = await app.gql(
        `mutation ($input: DecideDealInput!) { returnDeal(input: $input) { status } }`,
        { input: { id: deal.id, reason: "Half a pair: \ud800" } },
        { token: cmToken },
      );
      expect([res.status, res.errors![0]!.extensions]).toEqual([
        400,
        { code: "BAD_USER_INPUT", field: "input.reason" },
      ]);
      expect(res.errors![0]!.message).toBe(
        "input.reason is not valid Unicode (it has half of a surrogate pair).",
      );
      const whole = await app.gql(
        `mutation ($input: DecideDealInput!) { returnDeal(input: $input) { status } }`,
        { input: { id: deal.id, reason: "A whole pair: 😀" } },
        { token: cmToken },
      );
      expect(whole.data.returnDeal.status).toBe("RETURNED");
    });
  });

  describe("the conflict check", () => {
    it("is rate-limited per user, as it is called while the user types", async () => {
      const token = await app.tokenOf(world.peerSeller);
      const codes: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await app.gql(CHECK, { input: { customerName: `Typing ${i}` } }, { token });
        codes.push(codeOf(res) ?? "OK");
      }
      expect(codes).toEqual(["OK", "OK", "OK", "OK", "OK", "RATE_LIMITED"]);
      const limited = await app.gql(CHECK, { input: { customerName: "More" } }, { token });
      expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      // Another user is not slowed by it.
      const other = await app.gql(
        CHECK,
        { input: { customerName: "Mine" } },
        { token: await app.tokenOf(world.ops) },
      );
      expect(other.errors).toBeUndefined();
    });
  });

  describe("client errors answer 400", () => {
    it("for variables of the wrong type, without internal http details", async () => {
      const res = await app.gql(
        `query ($first: Int!) { deals(first: $first) { totalCount } }`,
        { first: "lots" },
        { token: sellerToken },
      );
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(res.errors)).not.toContain("http");
    });

    it("for a missing required variable and an unknown enum value", async () => {
      const missing = await app.gql(
        `query ($id: ID!) { deal(id: $id) { id } }`,
        {},
        { token: sellerToken },
      );
      expect([missing.status, codeOf(missing)]).toEqual([400, "BAD_USER_INPUT"]);
      const badEnum = await app.gql(
        `query ($portal: Portal!) { dashboard(portal: $portal) { portal } }`,
        { portal: "NOPE" },
        { token: sellerToken },
      );
      expect([badEnum.status, codeOf(badEnum)]).toEqual([400, "BAD_USER_INPUT"]);
    });

    it("for an operation over the cost limit", async () => {
      const res = await app.gql(
        `query ($n: Int!) { deals(first: $n) { edges { node { ${"id number status customerName ".repeat(15)} } } } }`,
        { n: 100 },
        { token: sellerToken },
      );
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions).not.toHaveProperty("http");
    });

    it("for an operation name the document does not have, also beside an anonymous operation", async () => {
      for (const query of [`{ me { id } }`, `query Mine { me { id } }`]) {
        const res = await fetch(`${app.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${sellerToken}` },
          body: JSON.stringify({ query, operationName: "Nope" }),
        });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
          message: 'Unknown operation named "Nope".',
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
    });

    it("for unparsable and invalid documents", async () => {
      const unparsable = await app.gql(`{ deals(`, {}, { token: sellerToken });
      expect([unparsable.status, codeOf(unparsable)]).toEqual([400, "BAD_USER_INPUT"]);
      const invalid = await app.gql(`{ nothingHere }`, {}, { token: sellerToken });
      expect([invalid.status, codeOf(invalid)]).toEqual([400, "BAD_USER_INPUT"]);
    });
  });

  describe("aggregates", () => {
    it("cost what they do: many aliased team figures are refused before any runs", async () => {
      const aliases = Array.from(
        { length: 25 },
        (_, i) =>
          `t${i}: teamPerformance(period: { preset: THIS_YEAR }, partnerId: "${world.partner.id}") { wonAmount }`,
      ).join("\n");
      const res = await app.gql(`{ ${aliases} }`, {}, { token: cmToken });
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.message).toMatch(/too expensive/);
    });

    it("and for a bounded number of fields, fragments expanded, even where each is cheap", async () => {
      const spreads = `{ me { ${"...F ".repeat(10_001)} } } fragment F on User { id }`;
      const res = await app.gql(spreads, {}, { token: sellerToken });
      expect([res.status, res.errors![0]!.extensions]).toEqual([400, { code: "BAD_USER_INPUT" }]);
      expect(res.errors![0]!.message).toBe(
        "The operation asks for more than 10000 fields once its fragments are expanded. Ask for fewer.",
      );
    });

    it("and an operation may ask for a bounded number of root fields", async () => {
      const fields = Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(" ");
      const res = await app.gql(`{ ${fields} }`, {}, { token: sellerToken });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.message).toBe(
        "The operation asks for 31 root fields; the limit is 30. Split it into several requests.",
      );
      const fine = await app.gql(
        `{ ${Array.from({ length: 30 }, (_, i) => `m${i}: me { id }`).join(" ")} }`,
        {},
        { token: sellerToken },
      );
      expect(fine.errors).toBeUndefined();
    });
  });

  describe("cursors", () => {
    it("refuses a partners cursor that is not one this API made", async () => {
      const forged = Buffer.from(JSON.stringify(["Acme", "not-a-uuid"])).toString("base64url");
      const res = await app.gql(
        `query ($after: String) { partners(first: 5, after: $after) { totalCount } }`,
        { after: forged },
        { token: cmToken },
      );
      expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    });
  });
});

// PGlite cannot interrupt a statement (no signals in WebAssembly): PostgreSQL only.
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

onPostgres("the statement timeout (PostgreSQL)", () => {
  it("stops a statement that runs longer than configured", async () => {
    const db = await openTestDatabase({ statementTimeoutMs: 200 });
    try {
      const started = Date.now();
      await expect(db.dataSource.query("SELECT pg_sleep(5)")).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: "57014" }),
      });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await db.close();
    }
  });

  it("answers the client with a clear error, not a hang", async () => {
    const db = await openTestDatabase({ statementTimeoutMs: 200 });
    const slowStatement: ApolloServerPlugin<Context> = {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue }) {
            await contextValue.db.query("SELECT pg_sleep(5)");
          },
        };
      },
    };
    const slow = await startTestApp({ db, plugins: [slowStatement] });
    try {
      const res = await slow.gql(`{ me { id } }`);
      expect(res.errors![0]).toMatchObject({
        message: STATEMENT_TIMEOUT_MESSAGE,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
    } finally {
      await slow.close();
      await db.close();
    }
  });
});
