import { expireDeals } from "../src/modules/deals/deal-expiry.job";
import { auditEventsOf, createDeal, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_MUTATIONS, dateFromToday, type DealMutation } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

describe("deals under concurrency", () => {
  let app: TestApp;
  let world: World;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
  });
  afterAll(() => app.close());

  async function race(dealId: string, callers: [DealMutation, { email: string }][]) {
    const tokens = await Promise.all(callers.map(([, user]) => tokenOf(user)));
    return Promise.all(
      callers.map(([mutation], i) => {
        const { query, variables } = DEAL_MUTATIONS[mutation](dealId);
        return app.gql(query, variables, { token: tokens[i] });
      }),
    );
  }

  async function opportunitiesOf(dealId: string): Promise<number> {
    const [row] = await ds().query(
      `SELECT count(*)::int AS n FROM opportunities WHERE deal_id = $1`,
      [dealId],
    );
    return row.n;
  }

  it("20 parallel approve / reject / withdraw calls: exactly one wins, the rest get CONFLICT", async () => {
    const deal = await createDeal(ds(), { owner: world.seller, status: "SUBMITTED" });
    const callers = Array.from({ length: 20 }, (_, i) =>
      i % 3 === 0
        ? (["approve", world.cm] as const)
        : i % 3 === 1
          ? (["reject", world.admin] as const)
          : (["withdraw", world.seller] as const),
    ).map(([m, u]) => [m, u] as [DealMutation, { email: string }]);
    const results = await race(deal.id, callers);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "CONFLICT")).toHaveLength(19);
    const events = await auditEventsOf(ds(), deal.id);
    expect(events).toHaveLength(1);
    const [row] = await ds().query(`SELECT status, version FROM deals WHERE id = $1`, [deal.id]);
    expect(row.version).toBe(deal.version + 1);
    expect(events[0]!.to_status).toBe(row.status);
    expect(await opportunitiesOf(deal.id)).toBe(row.status === "APPROVED" ? 1 : 0);
  });

  it("20 parallel approvals: one approval, one audit event, one opportunity", async () => {
    const deal = await createDeal(ds(), { owner: world.seller, status: "SUBMITTED" });
    const results = await race(
      deal.id,
      Array.from({ length: 20 }, (_, i): [DealMutation, { email: string }] => [
        "approve",
        i % 2 ? world.cm : world.admin,
      ]),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "CONFLICT")).toHaveLength(19);
    expect((await auditEventsOf(ds(), deal.id)).map((e) => e.action)).toEqual(["APPROVE"]);
    expect(await opportunitiesOf(deal.id)).toBe(1);
    const [notes] = await ds().query(
      `SELECT count(*)::int AS n FROM notifications WHERE entity_id = $1`,
      [deal.id],
    );
    expect(notes.n).toBe(1);
  });

  it("20 parallel registrations with one idempotency key make one deal", async () => {
    const token = await tokenOf(world.seller);
    const input = {
      customerName: `Parallel Inc ${Date.now()}`,
      customerDomain: `parallel-${Date.now()}.com`,
      estimatedAmount: "1000",
      expectedCloseDate: dateFromToday(30),
      submit: true,
      idempotencyKey: `parallel-${Date.now()}`,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql(
          `mutation ($input: RegisterDealInput!) { registerDeal(input: $input) { id status } }`,
          { input },
          { token },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const ids = new Set(results.map((r) => r.data.registerDeal.id));
    expect(ids.size).toBe(1);
    const rows = await ds().query(`SELECT id FROM deals WHERE idempotency_key = $1`, [
      input.idempotencyKey,
    ]);
    expect(rows).toHaveLength(1);
    const [id] = [...ids] as string[];
    expect((await auditEventsOf(ds(), id!)).map((e) => e.action)).toEqual(["CREATE", "SUBMIT"]);
    const [notes] = await ds().query(
      `SELECT count(*)::int AS n FROM notifications WHERE entity_id = $1`,
      [id],
    );
    expect(notes.n).toBe(1);
  });

  describe("protection expiry job", () => {
    const lapsed = (ago: number) => new Date(Date.now() - ago);

    it("expires lapsed approvals once, however many run at once, and never a won one", async () => {
      const expiring = await Promise.all(
        [1, 2, 3].map(() => createDeal(ds(), { owner: world.seller, status: "APPROVED" })),
      );
      const won = await createDeal(ds(), { owner: world.seller, status: "APPROVED" });
      const protectedDeal = await createDeal(ds(), { owner: world.seller, status: "APPROVED" });
      await ds().query(`UPDATE deals SET protection_expires_at = $2 WHERE id = ANY($1::uuid[])`, [
        [...expiring, won].map((d) => d.id),
        lapsed(60_000),
      ]);
      await ds().query(
        `INSERT INTO opportunities (deal_id, partner_id, owner_id, name, amount, stage, probability, expected_close_date, closed_at)
         VALUES ($1, $2, $3, 'Won one', 10, 'CLOSED_WON', 100, '2030-01-01', now())`,
        [won.id, world.partner.id, world.seller.id],
      );

      const counts = await Promise.all(Array.from({ length: 5 }, () => expireDeals(ds())));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
      expect(await expireDeals(ds())).toBe(0);

      for (const deal of expiring) {
        const [row] = await ds().query(`SELECT status FROM deals WHERE id = $1`, [deal.id]);
        expect(row.status).toBe("EXPIRED");
        expect(await auditEventsOf(ds(), deal.id)).toEqual([
          { action: "EXPIRE", from_status: "APPROVED", to_status: "EXPIRED", actor_id: null },
        ]);
        const notes = await ds().query(
          `SELECT user_id, type, title FROM notifications WHERE entity_id = $1`,
          [deal.id],
        );
        expect(notes).toEqual([
          {
            user_id: world.seller.id,
            type: "DEAL_EXPIRED",
            title: expect.stringMatching(/^DR-\d{6} .+ has expired$/),
          },
        ]);
      }
      for (const deal of [won, protectedDeal]) {
        const [row] = await ds().query(`SELECT status FROM deals WHERE id = $1`, [deal.id]);
        expect(row.status).toBe("APPROVED");
        expect(await auditEventsOf(ds(), deal.id)).toEqual([]);
      }
    });

    it("warns the owner once when protection lapses within 7 days", async () => {
      const soon = await createDeal(ds(), { owner: world.manager, status: "APPROVED" });
      await ds().query(`UPDATE deals SET protection_expires_at = $2 WHERE id = $1`, [
        soon.id,
        new Date(Date.now() + 3 * 86_400_000),
      ]);
      await Promise.all(Array.from({ length: 4 }, () => expireDeals(ds())));
      await expireDeals(ds());
      const notes = await ds().query(
        `SELECT user_id, type FROM notifications WHERE entity_id = $1`,
        [soon.id],
      );
      expect(notes).toEqual([{ user_id: world.manager.id, type: "DEAL_EXPIRING_SOON" }]);
      const [row] = await ds().query(`SELECT status FROM deals WHERE id = $1`, [soon.id]);
      expect(row.status).toBe("APPROVED");
    });
  });
});
