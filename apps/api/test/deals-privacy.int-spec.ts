import type { Deal } from "../src/modules/deals/deal.entity";
import { createDeal, createOpportunityForCustomer, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_MUTATIONS, type DealMutation } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

const CHECK = `query ($input: CheckDealConflictsInput!) {
  checkDealConflicts(input: $input) {
    claimed claimedUntil
    matches { kind id number status customerName customerDomain estimatedAmount partner { id name } owner { id name email } }
  }
}`;

describe("deal privacy and scope", () => {
  let app: TestApp;
  let world: World;
  let unassignedCm: Awaited<ReturnType<typeof createUser>>;
  let claimed: Deal;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);
  const ds = () => app.db.dataSource;
  const stamp = Date.now();
  const customer = { name: `Umbrella Corporation ${stamp}`, domain: `umbrella-${stamp}.com` };

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
    unassignedCm = await createUser(ds(), {
      organizationId: world.vendor.id,
      role: "CHANNEL_MANAGER",
    });
    claimed = await createDeal(ds(), {
      owner: world.seller,
      status: "APPROVED",
      customerName: customer.name,
      customerDomain: customer.domain,
      estimatedAmount: "987654.32",
    });
  });
  afterAll(() => app.close());

  async function check(user: { email: string }, input: Record<string, unknown>) {
    return app.gql(CHECK, { input }, { token: await tokenOf(user) });
  }

  describe("checkDealConflicts", () => {
    it("tells another partner only that the customer is claimed, and until when", async () => {
      for (const input of [
        { customerName: "Umbrella Corp.", customerDomain: `https://www.${customer.domain}/x` },
        { customerName: `umbrella corporation ${stamp} GmbH` },
        { customerDomain: customer.domain.toUpperCase() },
      ]) {
        const res = await check(world.otherSeller, input);
        expect(res.errors).toBeUndefined();
        expect(res.data.checkDealConflicts).toEqual({
          claimed: true,
          claimedUntil: claimed.protectionExpiresAt!.toISOString(),
          matches: null,
        });
        const json = JSON.stringify(res);
        const owner = world.seller;
        for (const secret of [
          world.partner.name,
          world.partner.id,
          claimed.id,
          `DR-${String(claimed.number).padStart(6, "0")}`,
          "987654",
          owner.name,
          owner.email,
          owner.id,
          customer.name,
        ]) {
          expect(json).not.toContain(secret);
        }
      }
    });

    it("does not count the viewer's own organization's claims", async () => {
      for (const user of [world.peerSeller, world.ops, world.seller]) {
        const res = await check(user, { customerDomain: customer.domain });
        expect(res.data.checkDealConflicts).toEqual({
          claimed: false,
          claimedUntil: null,
          matches: null,
        });
      }
    });

    it("answers claimed without an end for a pending registration, and false for unrelated names", async () => {
      const pending = await createDeal(ds(), {
        owner: world.otherSeller,
        status: "SUBMITTED",
        customerName: `Cyberdyne ${stamp}`,
      });
      const res = await check(world.seller, { customerName: `Cyberdyne ${stamp}` });
      expect(res.data.checkDealConflicts).toEqual({
        claimed: true,
        claimedUntil: null,
        matches: null,
      });
      expect(JSON.stringify(res)).not.toContain(pending.id);
      const none = await check(world.seller, { customerName: `Completely Different ${stamp}` });
      expect(none.data.checkDealConflicts.claimed).toBe(false);
      const blank = await check(world.seller, {});
      expect(blank.data.checkDealConflicts).toEqual({
        claimed: false,
        claimedUntil: null,
        matches: null,
      });
    });

    it("counts another partner's open opportunities, not closed ones", async () => {
      await createOpportunityForCustomer(ds(), {
        owner: world.otherSeller,
        customerName: `Tyrell ${stamp}`,
        customerDomain: `tyrell-${stamp}.com`,
      });
      await createOpportunityForCustomer(ds(), {
        owner: world.otherSeller,
        customerName: `Wallace ${stamp}`,
        customerDomain: `wallace-${stamp}.com`,
        stage: "CLOSED_LOST",
      });
      expect(
        (await check(world.seller, { customerDomain: `tyrell-${stamp}.com` })).data
          .checkDealConflicts,
      ).toEqual({ claimed: true, claimedUntil: null, matches: null });
      expect(
        (await check(world.seller, { customerDomain: `wallace-${stamp}.com` })).data
          .checkDealConflicts.claimed,
      ).toBe(false);
    });

    it("shows the vendor side the matches with their partners", async () => {
      for (const user of [world.cm, world.otherCm, world.admin]) {
        const res = await check(user, { customerDomain: customer.domain });
        expect(res.data.checkDealConflicts).toEqual({
          claimed: true,
          claimedUntil: claimed.protectionExpiresAt!.toISOString(),
          matches: [
            {
              kind: "DEAL",
              id: claimed.id,
              number: expect.stringMatching(/^DR-/),
              status: "APPROVED",
              customerName: customer.name,
              customerDomain: customer.domain,
              estimatedAmount: "987654.32",
              partner: { id: world.partner.id, name: world.partner.name },
              owner: { id: world.seller.id, name: world.seller.name, email: world.seller.email },
            },
          ],
        });
      }
    });

    it("ignores expired protection and finished registrations", async () => {
      const old = await createDeal(ds(), {
        owner: world.seller,
        status: "APPROVED",
        customerDomain: `lapsed-${stamp}.com`,
      });
      await ds().query(
        `UPDATE deals SET protection_expires_at = now() - interval '1 day' WHERE id = $1`,
        [old.id],
      );
      await createDeal(ds(), {
        owner: world.seller,
        status: "REJECTED",
        customerDomain: `rejected-${stamp}.com`,
      });
      for (const domain of [`lapsed-${stamp}.com`, `rejected-${stamp}.com`]) {
        expect(
          (await check(world.otherSeller, { customerDomain: domain })).data.checkDealConflicts
            .claimed,
        ).toBe(false);
      }
    });
  });

  it("partner users get null for conflicts and overrideReason, never an error", async () => {
    const contested = await createDeal(ds(), {
      owner: world.otherSeller,
      status: "SUBMITTED",
      customerDomain: customer.domain,
    });
    const query = `query ($id: ID!) { deal(id: $id) { id conflicts { id partner { name } } overrideReason } }`;
    const res = await app.gql(
      query,
      { id: contested.id },
      { token: await tokenOf(world.otherSeller) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.deal).toEqual({ id: contested.id, conflicts: null, overrideReason: null });
    expect(JSON.stringify(res)).not.toContain(world.partner.name);
    const vendor = await app.gql(
      query,
      { id: contested.id },
      { token: await tokenOf(world.otherCm) },
    );
    expect(vendor.data.deal.conflicts).toEqual([
      { id: claimed.id, partner: { name: world.partner.name } },
    ]);
  });

  describe("scope: outsiders cannot read, list, count or act on a deal", () => {
    const outsiders = () =>
      [
        ["another partner's seller", world.otherSeller],
        ["a peer seller", world.peerSeller],
        ["an unassigned channel manager", unassignedCm],
        ["another partner's channel manager", world.otherCm],
      ] as const;

    it("reads as null and is absent from lists, searches and counts", async () => {
      const deal = await createDeal(ds(), { owner: world.seller, status: "SUBMITTED" });
      const [{ number }] = await ds().query(`SELECT number FROM deals WHERE id = $1`, [deal.id]);
      for (const [, user] of outsiders()) {
        const token = await tokenOf(user);
        const one = await app.gql(
          `query ($id: ID!) { deal(id: $id) { id } }`,
          { id: deal.id },
          { token },
        );
        expect(one.errors).toBeUndefined();
        expect(one.data.deal).toBeNull();
        for (const filter of [
          {},
          { search: deal.customerName },
          { search: `DR-${String(number).padStart(6, "0")}` },
          { ownerId: world.seller.id },
          { partnerId: world.partner.id },
        ]) {
          const list = await app.gql(
            `query ($filter: DealFilter) { deals(filter: $filter, first: 100) { totalCount edges { node { id } } } }`,
            { filter },
            { token },
          );
          expect(
            list.data.deals.edges.map((e: { node: { id: string } }) => e.node.id),
          ).not.toContain(deal.id);
        }
        const counts = await app.gql(`{ dealStatusCounts { status count } }`, {}, { token });
        const before = counts.data.dealStatusCounts.find(
          (c: { status: string }) => c.status === "SUBMITTED",
        ).count;
        await createDeal(ds(), { owner: world.seller, status: "SUBMITTED" });
        const again = await app.gql(`{ dealStatusCounts { status count } }`, {}, { token });
        expect(
          again.data.dealStatusCounts.find((c: { status: string }) => c.status === "SUBMITTED")
            .count,
        ).toBe(before);
      }
    });

    it("acting gets NOT_FOUND (or FORBIDDEN for the wrong side), with nothing written", async () => {
      const deal = await createDeal(ds(), { owner: world.seller, status: "SUBMITTED" });
      for (const [, user] of outsiders()) {
        const token = await tokenOf(user);
        for (const mutation of Object.keys(DEAL_MUTATIONS) as DealMutation[]) {
          const { query, variables } = DEAL_MUTATIONS[mutation](deal.id);
          const res = await app.gql(query, variables, { token });
          expect(["NOT_FOUND", "FORBIDDEN"]).toContain(codeOf(res));
          expect(JSON.stringify(res.errors)).not.toContain(deal.customerName);
        }
      }
      const [row] = await ds().query(`SELECT status, version FROM deals WHERE id = $1`, [deal.id]);
      expect(row).toEqual({ status: "SUBMITTED", version: 1 });
    });
  });
});
