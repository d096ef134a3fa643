import type { Deal } from "../src/modules/deals/deal.entity";
import { createDeal, createOpportunityForCustomer, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_MUTATIONS, type DealMutation } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

const CHECK = `query ($input: CheckDealConflictsInput!) {
  checkDealConflicts(input: $input) {
    claimed claimedUntil pending
    matches {
      kind id number status customerName customerDomain estimatedAmount protectionExpiresAt restricted
      partner { id name channelManager { id name } } owner { id name email }
    }
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
          pending: false,
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

    it("counts the viewer's own organization's claims too, a colleague's included, without saying whose", async () => {
      for (const user of [world.peerSeller, world.ops, world.manager, world.seller]) {
        const res = await check(user, { customerDomain: customer.domain });
        expect(res.data.checkDealConflicts).toEqual({
          claimed: true,
          claimedUntil: claimed.protectionExpiresAt!.toISOString(),
          pending: false,
          matches: null,
        });
        const json = JSON.stringify(res);
        for (const secret of [claimed.id, world.seller.name, world.seller.email, "987654"]) {
          expect(json).not.toContain(secret);
        }
      }
    });

    it("reports the strongest claim: protected until the latest date, over pending ones", async () => {
      const domain = `stark-${stamp}.com`;
      const early = await createDeal(ds(), {
        owner: world.seller,
        status: "APPROVED",
        customerDomain: domain,
      });
      const late = await createDeal(ds(), {
        owner: world.otherSeller,
        status: "APPROVED",
        customerDomain: domain,
      });
      await ds().query(
        `UPDATE deals SET protection_expires_at = now() + interval '200 days' WHERE id = $1`,
        [late.id],
      );
      await createDeal(ds(), {
        owner: world.otherSeller,
        status: "SUBMITTED",
        customerDomain: domain,
      });
      const [{ until }] = await ds().query(
        `SELECT protection_expires_at AS until FROM deals WHERE id = $1`,
        [late.id],
      );
      expect(until.getTime()).toBeGreaterThan(early.protectionExpiresAt!.getTime());
      const res = await check(world.peerSeller, { customerDomain: domain });
      expect(res.data.checkDealConflicts).toEqual({
        claimed: true,
        claimedUntil: until.toISOString(),
        pending: false,
        matches: null,
      });
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
        pending: true,
        matches: null,
      });
      expect(JSON.stringify(res)).not.toContain(pending.id);
      const none = await check(world.seller, { customerName: `Completely Different ${stamp}` });
      expect(none.data.checkDealConflicts.claimed).toBe(false);
      const blank = await check(world.seller, {});
      expect(blank.data.checkDealConflicts).toEqual({
        claimed: false,
        claimedUntil: null,
        pending: false,
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
      ).toEqual({ claimed: true, claimedUntil: null, pending: false, matches: null });
      expect(
        (await check(world.seller, { customerDomain: `wallace-${stamp}.com` })).data
          .checkDealConflicts.claimed,
      ).toBe(false);
    });

    it("shows the full claim to the admin and to the partner's own channel manager", async () => {
      for (const user of [world.cm, world.admin]) {
        const res = await check(user, { customerDomain: customer.domain });
        expect(res.data.checkDealConflicts).toEqual({
          claimed: true,
          claimedUntil: claimed.protectionExpiresAt!.toISOString(),
          pending: false,
          matches: [
            {
              kind: "DEAL",
              id: claimed.id,
              number: expect.stringMatching(/^DR-/),
              status: "APPROVED",
              customerName: customer.name,
              customerDomain: customer.domain,
              estimatedAmount: "987654.32",
              protectionExpiresAt: claimed.protectionExpiresAt!.toISOString(),
              restricted: false,
              partner: {
                id: world.partner.id,
                name: world.partner.name,
                channelManager: { id: world.cm.id, name: world.cm.name },
              },
              owner: { id: world.seller.id, name: world.seller.name, email: world.seller.email },
            },
          ],
        });
      }
    });

    it("shows another channel manager only the partner, status, protection window and whom to talk to", async () => {
      const res = await check(world.otherCm, { customerDomain: customer.domain });
      expect(res.data.checkDealConflicts.matches).toEqual([
        {
          kind: "DEAL",
          id: claimed.id,
          number: null,
          status: "APPROVED",
          customerName: null,
          customerDomain: null,
          estimatedAmount: null,
          protectionExpiresAt: claimed.protectionExpiresAt!.toISOString(),
          restricted: true,
          partner: {
            id: world.partner.id,
            name: world.partner.name,
            channelManager: { id: world.cm.id, name: world.cm.name },
          },
          owner: null,
        },
      ]);
      const json = JSON.stringify(res);
      for (const secret of ["987654", world.seller.email, world.manager.id, customer.name]) {
        expect(json).not.toContain(secret);
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

  it("lists a same-partner duplicate among a registration's conflicts", async () => {
    const duplicate = await createDeal(ds(), {
      owner: world.peerSeller,
      status: "SUBMITTED",
      customerName: customer.name,
      customerDomain: customer.domain,
    });
    const res = await app.gql(
      `query ($id: ID!) { deal(id: $id) { conflicts { id restricted number owner { id } partner { id } } } }`,
      { id: duplicate.id },
      { token: await tokenOf(world.cm) },
    );
    expect(res.data.deal.conflicts).toContainEqual({
      id: claimed.id,
      restricted: false,
      number: expect.stringMatching(/^DR-/),
      owner: { id: world.seller.id },
      partner: { id: world.partner.id },
    });
  });

  it("keeps drafts private: the vendor side never sees one, by id, in lists, counts or the partner page", async () => {
    const draft = await createDeal(ds(), { owner: world.seller, status: "DRAFT" });
    const withdrawnDraft = await createDeal(ds(), { owner: world.seller, status: "WITHDRAWN" });
    // Withdrawn while still a draft: never submitted.
    await ds().query(`UPDATE deals SET submitted_at = NULL WHERE id = $1`, [withdrawnDraft.id]);
    const ids = [draft.id, withdrawnDraft.id];
    for (const user of [world.cm, world.admin]) {
      const token = await tokenOf(user);
      for (const id of ids) {
        const one = await app.gql(`query ($id: ID!) { deal(id: $id) { id } }`, { id }, { token });
        expect(one.data.deal).toBeNull();
      }
      const list = await app.gql(
        `{ deals(first: 100, filter: { statuses: [DRAFT, WITHDRAWN] }) { edges { node { id } } } }`,
        {},
        { token },
      );
      const listed = list.data.deals.edges.map((e: { node: { id: string } }) => e.node.id);
      for (const id of ids) expect(listed).not.toContain(id);
      const counts = await app.gql(`{ dealStatusCounts { status count } }`, {}, { token });
      expect(
        counts.data.dealStatusCounts.find((c: { status: string }) => c.status === "DRAFT").count,
      ).toBe(0);
      const page = await app.gql(
        `query ($id: ID!) { partner(id: $id, period: { preset: THIS_YEAR }) { recentDeals(limit: 20) { id } } }`,
        { id: world.partner.id },
        { token },
      );
      const recent = page.data.partner.recentDeals.map((d: { id: string }) => d.id);
      for (const id of ids) expect(recent).not.toContain(id);
    }
    // The partner still sees its own draft.
    const own = await app.gql(
      `query ($id: ID!) { deal(id: $id) { id } }`,
      { id: draft.id },
      { token: await tokenOf(world.seller) },
    );
    expect(own.data.deal).toEqual({ id: draft.id });
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
