import {
  createScopeWorld,
  insertAccount,
  insertActivity,
  insertContact,
  insertOpportunity,
  lastActivityAt,
  scopeMatrix,
  type ScopeWorld,
} from "./accounts-fixture";
import { codeOf, startTestApp, type TestApp } from "./harness";

const FIELDS = `id type subject body occurredAt dueAt completedAt
  owner { id } opportunity { id } account { id } contact { id }`;
const LOG = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteActivity(id: $id) { id subject } }`;
const COMPLETE = `mutation ($id: ID!) { completeActivity(id: $id) { id completedAt } }`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("activity writes", () => {
  let app: TestApp;
  let w: ScopeWorld;
  let account: string;
  let opportunity: string;
  let contact: string;
  const ds = () => app.db.dataSource;

  async function gqlAs(user: { email: string } | null, query: string, variables = {}) {
    return app.gql(query, variables, user ? { token: await app.tokenOf(user) } : {});
  }
  const activityRow = async (id: string) =>
    (
      (await ds().query(`SELECT * FROM activities WHERE id = $1`, [id])) as Record<
        string,
        unknown
      >[]
    )[0];
  const countOn = async (accountId: string) =>
    Number(
      (
        (await ds().query(`SELECT count(*) AS n FROM activities WHERE account_id = $1`, [
          accountId,
        ])) as {
          n: string;
        }[]
      )[0]!.n,
    );
  const ago = (ms: number) => new Date(Date.now() - ms);

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(ds());
    account = await insertAccount(ds(), { owner: w.seller });
    opportunity = await insertOpportunity(ds(), { owner: w.seller, accountId: account });
    contact = await insertContact(ds(), { owner: w.seller, accountId: account });
  });
  afterAll(() => app.close());

  describe("logActivity", () => {
    it("logs a call on an opportunity, on its account, with a contact; lastActivityAt follows", async () => {
      const occurredAt = ago(2 * HOUR);
      const res = await gqlAs(w.seller, LOG, {
        input: {
          type: "CALL",
          subject: " Pricing call ",
          body: "Asked for 3-year terms.",
          opportunityId: opportunity,
          contactId: contact,
          occurredAt: occurredAt.toISOString(),
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.logActivity).toMatchObject({
        type: "CALL",
        subject: "Pricing call",
        body: "Asked for 3-year terms.",
        occurredAt: occurredAt.toISOString(),
        dueAt: null,
        completedAt: null,
        owner: { id: w.seller.id },
        opportunity: { id: opportunity },
        account: { id: account },
        contact: { id: contact },
      });
      expect(await activityRow(res.data.logActivity.id)).toMatchObject({
        partner_id: w.partner.id,
        owner_id: w.seller.id,
        account_id: account,
      });
      expect(await lastActivityAt(ds(), opportunity)).toEqual(occurredAt);
    });

    it("logs a communication now by default, and a task due later (lastActivityAt: when it was created)", async () => {
      const before = Date.now();
      const note = await gqlAs(w.seller, LOG, {
        input: { type: "NOTE", subject: "Heard they have budget", opportunityId: opportunity },
      });
      expect(note.errors).toBeUndefined();
      const noted = new Date(note.data.logActivity.occurredAt).getTime();
      expect(noted).toBeGreaterThanOrEqual(before - 1000);
      expect(noted).toBeLessThanOrEqual(Date.now() + 1000);
      const dueAt = new Date(Date.now() + 48 * HOUR).toISOString();
      const task = await gqlAs(w.seller, LOG, {
        input: { type: "TASK", subject: "Send the quote", opportunityId: opportunity, dueAt },
      });
      expect(task.errors).toBeUndefined();
      expect(task.data.logActivity).toMatchObject({ type: "TASK", dueAt, completedAt: null });
      expect(await lastActivityAt(ds(), opportunity)).toEqual(
        new Date(task.data.logActivity.occurredAt),
      );
    });

    it("logs on an account alone, and lets the seller's manager and sales ops log on the seller's opportunity", async () => {
      const onAccount = await gqlAs(w.seller, LOG, {
        input: { type: "MEETING", subject: "Site visit", accountId: account },
      });
      expect(onAccount.data.logActivity).toMatchObject({
        opportunity: null,
        account: { id: account },
      });
      for (const user of [w.manager, w.ops]) {
        const res = await gqlAs(user, LOG, {
          input: { type: "EMAIL", subject: `From ${user.role}`, opportunityId: opportunity },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data.logActivity.owner).toEqual({ id: user.id });
      }
    });

    it("answers NOT_FOUND out of scope, FORBIDDEN to the vendor side, and writes nothing", async () => {
      const before = await countOn(account);
      const latest = await lastActivityAt(ds(), opportunity);
      const { blind } = scopeMatrix(w);
      for (const user of Object.values(blind)) {
        for (const target of [{ opportunityId: opportunity }, { accountId: account }]) {
          const res = await gqlAs(user, LOG, {
            input: { type: "CALL", subject: "Sneaky", ...target },
          });
          const expected = user.role === "CHANNEL_MANAGER" ? "FORBIDDEN" : "NOT_FOUND";
          expect([user.email, target, codeOf(res)]).toEqual([user.email, target, expected]);
        }
      }
      for (const user of [w.cm, w.admin]) {
        const res = await gqlAs(user, LOG, {
          input: { type: "CALL", subject: "Vendor", opportunityId: opportunity },
        });
        expect(codeOf(res)).toBe("FORBIDDEN");
      }
      const anonymous = await gqlAs(null, LOG, {
        input: { type: "CALL", subject: "Anon", opportunityId: opportunity },
      });
      expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
      expect(await countOn(account)).toBe(before);
      expect(await lastActivityAt(ds(), opportunity)).toEqual(latest);
    });

    it("refuses a contact of another partner or of another account", async () => {
      const otherAccount = await insertAccount(ds(), { owner: w.otherSeller });
      const theirs = await insertContact(ds(), { owner: w.otherSeller, accountId: otherAccount });
      const elsewhere = await insertAccount(ds(), { owner: w.seller });
      const ourElsewhere = await insertContact(ds(), { owner: w.seller, accountId: elsewhere });
      const before = await countOn(account);
      for (const contactId of [theirs, ourElsewhere, "not-a-uuid"]) {
        const res = await gqlAs(w.seller, LOG, {
          input: { type: "CALL", subject: "x", opportunityId: opportunity, contactId },
        });
        expect(res.errors![0]!.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "contactId",
        });
      }
      expect(await countOn(account)).toBe(before);
    });

    const inFuture = () => new Date(Date.now() + 2 * MINUTE).toISOString();
    it.each([
      ["subject", { subject: "" }],
      ["subject", { subject: "s".repeat(201) }],
      ["body", { body: "b".repeat(5001) }],
      ["occurredAt", () => ({ occurredAt: inFuture() })],
      ["dueAt", { dueAt: new Date().toISOString() }],
      ["dueAt", { type: "TASK" }],
      [
        "occurredAt",
        { type: "TASK", dueAt: new Date().toISOString(), occurredAt: new Date().toISOString() },
      ],
      ["accountId", () => ({ accountId: account })],
      ["opportunityId", { opportunityId: null }],
    ])("answers BAD_USER_INPUT naming %s, writing nothing", async (field, change) => {
      const before = await countOn(account);
      const latest = await lastActivityAt(ds(), opportunity);
      const res = await gqlAs(w.seller, LOG, {
        input: {
          type: "CALL",
          subject: "Valid",
          opportunityId: opportunity,
          ...(typeof change === "function" ? change() : change),
        },
      });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await countOn(account)).toBe(before);
      expect(await lastActivityAt(ds(), opportunity)).toEqual(latest);
    });

    it("keeps lastActivityAt the latest when activities are logged at the same time", async () => {
      const fresh = await insertOpportunity(ds(), { owner: w.seller, accountId: account });
      // Twenty at once, the latest sent first: each write locks the opportunity, so none
      // computes the latest time without seeing the others' committed activities.
      const times = Array.from({ length: 20 }, (_, i) => ago((((i * 7) % 20) + 1) * HOUR));
      const results = await Promise.all(
        times.map(async (t) =>
          gqlAs(w.seller, LOG, {
            input: {
              type: "CALL",
              subject: "Burst",
              opportunityId: fresh,
              occurredAt: t.toISOString(),
            },
          }),
        ),
      );
      for (const res of results) expect(res.errors).toBeUndefined();
      expect(await lastActivityAt(ds(), fresh)).toEqual(times[0]);
    });
  });

  describe("updateActivity and deleteActivity", () => {
    let target: string;
    let call: string;
    let earlier: string;
    let task: string;

    beforeAll(async () => {
      target = await insertOpportunity(ds(), { owner: w.seller, accountId: account });
      const on = { opportunityId: target, accountId: account };
      earlier = await insertActivity(ds(), { owner: w.seller, ...on, occurredAt: ago(5 * HOUR) });
      call = await insertActivity(ds(), {
        owner: w.seller,
        ...on,
        contactId: contact,
        occurredAt: ago(HOUR),
      });
      task = await insertActivity(ds(), {
        owner: w.seller,
        type: "TASK",
        ...on,
        occurredAt: ago(10 * HOUR),
      });
      await ds().query(
        `UPDATE opportunities SET last_activity_at = (SELECT max(occurred_at) FROM activities WHERE opportunity_id = $1) WHERE id = $1`,
        [target],
      );
    });

    it("lets the author edit their activity; moving when it happened moves lastActivityAt", async () => {
      const res = await gqlAs(w.seller, UPDATE, {
        input: { id: call, subject: "Renamed", body: "Details", contactId: null },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.updateActivity).toMatchObject({
        subject: "Renamed",
        body: "Details",
        contact: null,
      });
      const moved = ago(8 * HOUR);
      const back = await gqlAs(w.seller, UPDATE, {
        input: { id: call, occurredAt: moved.toISOString(), contactId: contact },
      });
      expect(back.data.updateActivity).toMatchObject({
        occurredAt: moved.toISOString(),
        contact: { id: contact },
      });
      // The latest is now the other call (5 h ago), then the task (created 10 h ago) is older.
      expect(await lastActivityAt(ds(), target)).toEqual(
        new Date((await activityRow(earlier))!.occurred_at as Date),
      );
      const due = new Date(Date.now() + 24 * HOUR).toISOString();
      const rescheduled = await gqlAs(w.seller, UPDATE, { input: { id: task, dueAt: due } });
      expect(rescheduled.data.updateActivity.dueAt).toBe(due);
    });

    it("answers FORBIDDEN to a colleague who sees it, NOT_FOUND to the others, changing nothing", async () => {
      const before = await activityRow(call);
      for (const user of [w.manager, w.ops]) {
        for (const [query, variables] of [
          [UPDATE, { input: { id: call, subject: "Not yours" } }],
          [DELETE, { id: call }],
        ] as const) {
          const res = await gqlAs(user, query, variables);
          expect(codeOf(res)).toBe("FORBIDDEN");
          expect(res.errors![0]!.message).toMatch(
            /Only the author of an activity can (edit|delete) it/,
          );
        }
      }
      const { blind } = scopeMatrix(w);
      for (const user of Object.values(blind)) {
        const expected = user.role === "CHANNEL_MANAGER" ? "FORBIDDEN" : "NOT_FOUND";
        const res = await gqlAs(user, UPDATE, { input: { id: call, subject: "Not yours" } });
        expect([user.email, codeOf(res)]).toEqual([user.email, expected]);
        const gone = await gqlAs(user, DELETE, { id: call });
        expect([user.email, codeOf(gone)]).toEqual([user.email, expected]);
      }
      for (const user of [w.cm, w.admin]) {
        expect(codeOf(await gqlAs(user, DELETE, { id: call }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await gqlAs(null, DELETE, { id: call }))).toBe("UNAUTHENTICATED");
      expect(codeOf(await gqlAs(w.seller, DELETE, { id: "nope" }))).toBe("NOT_FOUND");
      expect(await activityRow(call)).toEqual(before);
    });

    it.each([
      ["occurredAt", () => ({ id: task, occurredAt: ago(HOUR).toISOString() })],
      ["dueAt", () => ({ id: task, dueAt: null })],
      ["dueAt", () => ({ id: call, dueAt: new Date().toISOString() })],
      ["occurredAt", () => ({ id: call, occurredAt: null })],
      [
        "occurredAt",
        () => ({ id: call, occurredAt: new Date(Date.now() + 5 * MINUTE).toISOString() }),
      ],
      ["subject", () => ({ id: call, subject: " " })],
      ["contactId", () => ({ id: call, contactId: "00000000-0000-4000-8000-000000000000" })],
    ])("answers BAD_USER_INPUT naming %s, changing nothing", async (field, input) => {
      const values = input();
      const before = await activityRow(values.id);
      const res = await gqlAs(w.seller, UPDATE, { input: values });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await activityRow(values.id)).toEqual(before);
    });

    it("lets the author delete it; lastActivityAt falls back to the latest left, or none", async () => {
      const res = await gqlAs(w.seller, DELETE, { id: earlier });
      expect(res.errors).toBeUndefined();
      expect(res.data.deleteActivity).toMatchObject({ id: earlier });
      expect(await activityRow(earlier)).toBeUndefined();
      expect(await lastActivityAt(ds(), target)).toEqual(
        new Date((await activityRow(call))!.occurred_at as Date),
      );
      await gqlAs(w.seller, DELETE, { id: call });
      await gqlAs(w.seller, DELETE, { id: task });
      expect(await lastActivityAt(ds(), target)).toBeNull();
      expect(codeOf(await gqlAs(w.seller, DELETE, { id: task }))).toBe("NOT_FOUND");
    });
  });

  describe("completeActivity", () => {
    const task = () =>
      insertActivity(ds(), {
        owner: w.seller,
        type: "TASK",
        opportunityId: opportunity,
        accountId: account,
      });

    it("completes the author's task once; completing it again changes nothing", async () => {
      const id = await task();
      const first = await gqlAs(w.seller, COMPLETE, { id });
      expect(first.errors).toBeUndefined();
      expect(first.data.completeActivity.completedAt).not.toBeNull();
      const again = await gqlAs(w.seller, COMPLETE, { id });
      expect(again.errors).toBeUndefined();
      expect(again.data.completeActivity.completedAt).toBe(first.data.completeActivity.completedAt);
    });

    it("lets the author's manager and sales ops complete their team's tasks", async () => {
      for (const user of [w.manager, w.ops]) {
        const id = await task();
        const res = await gqlAs(user, COMPLETE, { id });
        expect([user.email, res.errors]).toEqual([user.email, undefined]);
        expect((await activityRow(id))!.completed_at).not.toBeNull();
      }
    });

    it("answers NOT_FOUND out of scope, FORBIDDEN to the vendor side, and completes nothing", async () => {
      const id = await task();
      const { blind } = scopeMatrix(w);
      for (const user of Object.values(blind)) {
        const expected = user.role === "CHANNEL_MANAGER" ? "FORBIDDEN" : "NOT_FOUND";
        expect([user.email, codeOf(await gqlAs(user, COMPLETE, { id }))]).toEqual([
          user.email,
          expected,
        ]);
      }
      for (const user of [w.cm, w.admin]) {
        expect(codeOf(await gqlAs(user, COMPLETE, { id }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await gqlAs(null, COMPLETE, { id }))).toBe("UNAUTHENTICATED");
      expect((await activityRow(id))!.completed_at).toBeNull();
    });

    it("answers BAD_USER_INPUT for a communication: only tasks are completed", async () => {
      const call = await insertActivity(ds(), { owner: w.seller, accountId: account });
      const res = await gqlAs(w.seller, COMPLETE, { id: call });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      expect((await activityRow(call))!.completed_at).toBeNull();
    });
  });
});
