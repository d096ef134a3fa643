import { randomBytes } from "node:crypto";
import {
  createOpportunityForCustomer,
  createTerritory,
  createWorld,
  auditEventsOf,
} from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_FIELDS, dateFromToday } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

const REGISTER = `mutation ($input: RegisterDealInput!) { registerDeal(input: $input) { ${DEAL_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { ${DEAL_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!) { submitDeal(id: $id) { ${DEAL_FIELDS} } }`;
const APPROVE = `mutation ($input: ApproveDealInput!) { approveDeal(input: $input) { ${DEAL_FIELDS} conflicts { kind id partner { id } } } }`;
const RETURN = `mutation ($input: DecideDealInput!) { returnDeal(input: $input) { ${DEAL_FIELDS} } }`;
const EXTEND = `mutation ($input: ExtendDealProtectionInput!) { extendDealProtection(input: $input) { ${DEAL_FIELDS} } }`;
const DEAL = `query ($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} conflicts { kind id number status customerName estimatedAmount protected matchedOn partner { id name } owner { id } } } }`;
const NOTIFICATIONS = `query { unreadNotificationCount notifications(first: 50) { totalCount edges { node { id type title body entityType entityId readAt } } } }`;

let counter = 0;
function registration(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    // Names unlike each other: registrations of the same partner conflict too when names are similar.
    customerName: `${randomBytes(6).toString("hex")} Holdings`,
    customerDomain: `workflow-${counter}-${Date.now()}.example.com`,
    contactName: "Ann Buyer",
    contactEmail: "ann@example.com",
    estimatedAmount: "25,000.5",
    expectedCloseDate: dateFromToday(60),
    products: ["Widgets", "Gadgets"],
    description: "Replacing their old widgets.",
    ...overrides,
  };
}

describe("deal registration workflow", () => {
  let app: TestApp;
  let world: World;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp({ config: { dealProtectionDays: 30 } });
    world = await createWorld(ds());
  });
  afterAll(() => app.close());

  async function as<T = Record<string, unknown>>(
    user: { email: string },
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    return app.gql<T>(query, variables, { token: await tokenOf(user) });
  }

  async function notificationsOf(user: { email: string }) {
    const res = await as<{
      unreadNotificationCount: number;
      notifications: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(user, NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    return {
      unread: res.data.unreadNotificationCount,
      nodes: res.data.notifications.edges.map((e) => e.node),
    };
  }

  it("registers a draft, edits it, submits it; the channel manager is told; approval makes the opportunity", async () => {
    const territory = await createTerritory(ds(), { organizationId: world.partner.id });
    const input = registration({ territoryId: territory.id });
    const draft = await as(world.seller, REGISTER, { input });
    expect(draft.errors).toBeUndefined();
    const deal = draft.data.registerDeal as Record<string, unknown> & {
      id: string;
      number: string;
    };
    expect(deal).toMatchObject({
      number: expect.stringMatching(/^DR-\d{6}$/),
      status: "DRAFT",
      customerName: input.customerName,
      estimatedAmount: "25000.50",
      products: ["Widgets", "Gadgets"],
      submittedAt: null,
      territory: { id: territory.id, name: territory.name },
      owner: { id: world.seller.id },
      partner: { id: world.partner.id, name: world.partner.name },
      allowedActions: ["SUBMIT", "WITHDRAW"],
      canEdit: true,
      canExtendProtection: false,
      opportunity: null,
      history: [
        {
          action: "CREATE",
          fromStatus: null,
          toStatus: "DRAFT",
          note: null,
          actor: { id: world.seller.id },
        },
      ],
    });

    const edited = await as(world.manager, UPDATE, {
      input: { id: deal.id, estimatedAmount: "30000", products: ["Widgets"] },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateDeal).toMatchObject({
      estimatedAmount: "30000.00",
      products: ["Widgets"],
      status: "DRAFT",
    });

    const cmBefore = (await notificationsOf(world.cm)).unread;
    const submitted = await as(world.seller, SUBMIT, { id: deal.id });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitDeal).toMatchObject({
      status: "SUBMITTED",
      submittedAt: expect.any(String),
      canEdit: false,
    });
    const cm = await notificationsOf(world.cm);
    expect(cm.unread).toBe(cmBefore + 1);
    expect(cm.nodes[0]).toMatchObject({
      type: "DEAL_SUBMITTED",
      title: `${deal.number} ${input.customerName} was submitted for approval`,
      entityType: "deal",
      entityId: deal.id,
      readAt: null,
    });
    // The CM sees it in the queue with the vendor-side actions.
    const review = await as(world.cm, DEAL, { id: deal.id });
    expect(review.data.deal).toMatchObject({
      allowedActions: ["APPROVE", "RETURN", "REJECT"],
      conflicts: [],
    });

    const before = Date.now();
    const approved = await as(world.cm, APPROVE, { input: { id: deal.id, note: "Go for it" } });
    expect(approved.errors).toBeUndefined();
    const result = approved.data.approveDeal as Record<string, unknown> & {
      protectionExpiresAt: string;
      decidedAt: string;
      opportunity: { id: string };
    };
    expect(result).toMatchObject({
      status: "APPROVED",
      decisionNote: "Go for it",
      decidedBy: { id: world.cm.id },
      overrideReason: null,
      allowedActions: [],
      canExtendProtection: true,
      opportunity: { name: input.customerName, stage: "QUALIFICATION", amount: "30000.00" },
    });
    const days =
      (Date.parse(result.protectionExpiresAt) - Date.parse(result.decidedAt)) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);
    expect(Date.parse(result.decidedAt)).toBeGreaterThanOrEqual(before - 1000);

    // Linked both ways, under an account of the partner; a stage history row exists.
    const [opportunity] = await ds().query(
      `SELECT o.*, d.account_id AS deal_account FROM opportunities o JOIN deals d ON d.id = o.deal_id WHERE o.deal_id = $1`,
      [deal.id],
    );
    expect(opportunity).toMatchObject({
      id: result.opportunity.id,
      partner_id: world.partner.id,
      owner_id: world.seller.id,
      probability: 10,
    });
    expect(opportunity.account_id).toBe(opportunity.deal_account);
    const [stages] = await ds().query(
      `SELECT count(*)::int AS n FROM opportunity_stage_changes WHERE opportunity_id = $1`,
      [opportunity.id],
    );
    expect(stages.n).toBe(1);

    // The owner is told; the opportunity reads back through opportunity(id) for them.
    const seller = await notificationsOf(world.seller);
    expect(seller.nodes[0]).toMatchObject({
      type: "DEAL_APPROVED",
      title: `${deal.number} ${input.customerName} was approved`,
      body: "Go for it",
    });
    const opp = await as(
      world.seller,
      `query ($id: ID!) { opportunity(id: $id) { id name stage amount probability expectedCloseDate partner { id } owner { id } deal { id status } } }`,
      { id: opportunity.id },
    );
    expect(opp.data.opportunity).toMatchObject({
      amount: "30000.00",
      probability: 10,
      expectedCloseDate: input.expectedCloseDate,
      partner: { id: world.partner.id },
      owner: { id: world.seller.id },
      deal: { id: deal.id, status: "APPROVED" },
    });
    for (const outsider of [world.peerSeller, world.otherSeller, world.otherCm]) {
      const res = await as(outsider, `query ($id: ID!) { opportunity(id: $id) { id } }`, {
        id: opportunity.id,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.opportunity).toBeNull();
    }

    // History, oldest first, for the owner too.
    const read = await as(world.seller, DEAL, { id: deal.id });
    expect(
      (read.data.deal as { history: { action: string }[] }).history.map((h) => h.action),
    ).toEqual(["CREATE", "UPDATE", "SUBMIT", "APPROVE"]);
    expect((read.data.deal as { conflicts: unknown }).conflicts).toBeNull();
  });

  it("registers and submits at once, returns with a reason, edits and resubmits", async () => {
    const created = await as(world.seller, REGISTER, { input: registration({ submit: true }) });
    expect(created.errors).toBeUndefined();
    const deal = created.data.registerDeal as {
      id: string;
      status: string;
      history: { action: string }[];
    };
    expect(deal.status).toBe("SUBMITTED");
    expect(deal.history.map((h) => h.action)).toEqual(["CREATE", "SUBMIT"]);

    const missingReason = await as(world.cm, RETURN, { input: { id: deal.id, reason: "  " } });
    expect(codeOf(missingReason)).toBe("BAD_USER_INPUT");
    expect(missingReason.errors![0]!.extensions!.field).toBe("reason");

    const returned = await as(world.cm, RETURN, {
      input: { id: deal.id, reason: "Which division?" },
    });
    expect(returned.data.returnDeal).toMatchObject({
      status: "RETURNED",
      decisionNote: "Which division?",
      canEdit: false, // for the channel manager
      allowedActions: [],
    });
    const seller = await notificationsOf(world.seller);
    expect(seller.nodes[0]).toMatchObject({ type: "DEAL_RETURNED", body: "Which division?" });

    const edited = await as(world.seller, UPDATE, {
      input: { id: deal.id, description: "The EMEA division." },
    });
    expect(edited.data.updateDeal).toMatchObject({
      status: "RETURNED",
      description: "The EMEA division.",
    });
    const resubmitted = await as(world.seller, SUBMIT, { id: deal.id });
    expect(resubmitted.data.submitDeal).toMatchObject({
      status: "SUBMITTED",
      decidedAt: null,
      decisionNote: null,
    });
  });

  it("extends protection with a reason, from the current expiry", async () => {
    const created = await as(world.seller, REGISTER, { input: registration({ submit: true }) });
    const id = (created.data.registerDeal as { id: string }).id;
    const approved = await as(world.admin, APPROVE, { input: { id } });
    const expiry = Date.parse(
      (approved.data.approveDeal as { protectionExpiresAt: string }).protectionExpiresAt,
    );
    const bad = await as(world.cm, EXTEND, { input: { id, days: 0, reason: "x" } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "days" });
    const noReason = await as(world.cm, EXTEND, { input: { id, days: 10, reason: "" } });
    expect(noReason.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
    const extended = await as(world.cm, EXTEND, {
      input: { id, days: 10, reason: "Board meets late" },
    });
    expect(extended.errors).toBeUndefined();
    const after = Date.parse(
      (extended.data.extendDealProtection as { protectionExpiresAt: string }).protectionExpiresAt,
    );
    expect((after - expiry) / 86_400_000).toBeCloseTo(10, 5);
    const events = await auditEventsOf(ds(), id);
    expect(events.at(-1)).toMatchObject({
      action: "EXTEND_PROTECTION",
      from_status: "APPROVED",
      to_status: "APPROVED",
    });
  });

  describe("idempotency", () => {
    it("the same key from the same user returns the same deal; another user's key is separate", async () => {
      const input = registration({ idempotencyKey: "form-1234", submit: true });
      const first = await as(world.seller, REGISTER, { input });
      const again = await as(world.seller, REGISTER, { input });
      expect(first.errors).toBeUndefined();
      expect((again.data.registerDeal as { id: string }).id).toBe(
        (first.data.registerDeal as { id: string }).id,
      );
      const other = await as(world.peerSeller, REGISTER, { input });
      expect((other.data.registerDeal as { id: string }).id).not.toBe(
        (first.data.registerDeal as { id: string }).id,
      );
      const [count] = await ds().query(
        `SELECT count(*)::int AS n FROM deals WHERE idempotency_key = 'form-1234'`,
      );
      expect(count.n).toBe(2);
      const events = await auditEventsOf(ds(), (first.data.registerDeal as { id: string }).id);
      expect(events.map((e) => e.action)).toEqual(["CREATE", "SUBMIT"]);
    });
  });

  describe("bad input names the field and writes nothing", () => {
    const foreignTerritory = { id: "" };
    beforeAll(async () => {
      foreignTerritory.id = (
        await createTerritory(ds(), { organizationId: world.otherPartner.id })
      ).id;
    });

    it.each([
      ["customerName", { customerName: "" }],
      ["customerName", { customerName: "   " }],
      ["customerName", { customerName: "x".repeat(201) }],
      ["customerDomain", { customerDomain: "" }],
      ["customerDomain", { customerDomain: "not a domain" }],
      ["customerDomain", { customerDomain: `${"a".repeat(250)}.com` }],
      ["contactName", { contactName: "x".repeat(201) }],
      ["contactEmail", { contactEmail: "nobody" }],
      ["estimatedAmount", { estimatedAmount: "-100" }],
      ["estimatedAmount", { estimatedAmount: "1000000000000" }],
      ["estimatedAmount", { estimatedAmount: "lots" }],
      ["expectedCloseDate", { expectedCloseDate: dateFromToday(-1) }],
      ["expectedCloseDate", { expectedCloseDate: "31/12/2030" }],
      ["products", { products: Array.from({ length: 21 }, (_, i) => `P${i}`) }],
      ["products", { products: ["x".repeat(101)] }],
      ["description", { description: "x".repeat(5001) }],
      ["territoryId", { territoryId: "00000000-0000-4000-8000-000000000000" }],
      ["territoryId", { territoryId: "foreign" }],
      ["idempotencyKey", { idempotencyKey: "k".repeat(101) }],
    ])("registerDeal: bad %s", async (field, patch) => {
      const resolved =
        (patch as { territoryId?: string }).territoryId === "foreign"
          ? { territoryId: foreignTerritory.id }
          : patch;
      const [before] = await ds().query(
        `SELECT (SELECT count(*) FROM deals)::int AS deals, (SELECT count(*) FROM audit_events)::int AS events, (SELECT count(*) FROM notifications)::int AS notes`,
      );
      const res = await as(world.seller, REGISTER, {
        input: registration({ ...resolved, submit: true }),
      });
      expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field });
      expect(res.data).toBeNull();
      const [after] = await ds().query(
        `SELECT (SELECT count(*) FROM deals)::int AS deals, (SELECT count(*) FROM audit_events)::int AS events, (SELECT count(*) FROM notifications)::int AS notes`,
      );
      expect(after).toEqual(before);
    });

    it("updateDeal: a bad field changes nothing", async () => {
      const created = await as(world.seller, REGISTER, { input: registration() });
      const deal = created.data.registerDeal as { id: string; customerName: string };
      const res = await as(world.seller, UPDATE, {
        input: { id: deal.id, customerName: "", estimatedAmount: "5" },
      });
      expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "customerName" });
      const [row] = await ds().query(
        `SELECT customer_name, estimated_amount::text AS amount, version FROM deals WHERE id = $1`,
        [deal.id],
      );
      expect(row).toEqual({ customer_name: deal.customerName, amount: "25000.50", version: 1 });
      expect((await auditEventsOf(ds(), deal.id)).map((e) => e.action)).toEqual(["CREATE"]);
    });

    it("vendor users cannot register deals", async () => {
      const res = await as(world.cm, REGISTER, { input: registration() });
      expect(codeOf(res)).toBe("FORBIDDEN");
    });
  });

  describe("approval over an active, protected conflict", () => {
    it("needs an override reason for another partner's approved deal, and stores it for the vendor side only", async () => {
      const customer = {
        customerName: `Contested Corp ${Date.now()}`,
        customerDomain: `contested-${Date.now()}.com`,
      };
      const theirs = await as(world.otherSeller, REGISTER, {
        input: registration({ ...customer, submit: true }),
      });
      const theirId = (theirs.data.registerDeal as { id: string }).id;
      await as(world.admin, APPROVE, { input: { id: theirId } });

      const ours = await as(world.seller, REGISTER, {
        input: registration({
          customerName: "Contested Corporation",
          customerDomain: `https://www.${customer.customerDomain}/`,
          submit: true,
        }),
      });
      const id = (ours.data.registerDeal as { id: string }).id;
      const review = await as(world.cm, DEAL, { id });
      expect((review.data.deal as { conflicts: unknown[] }).conflicts).toEqual([
        expect.objectContaining({
          kind: "DEAL",
          id: theirId,
          status: "APPROVED",
          protected: true,
          matchedOn: ["DOMAIN"],
          partner: { id: world.otherPartner.id, name: world.otherPartner.name },
        }),
      ]);

      const refused = await as(world.cm, APPROVE, { input: { id } });
      expect(refused.errors![0]!.extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "overrideReason",
      });
      const [row] = await ds().query(`SELECT status FROM deals WHERE id = $1`, [id]);
      expect(row.status).toBe("SUBMITTED");
      expect((await auditEventsOf(ds(), id)).map((e) => e.action)).toEqual(["CREATE", "SUBMIT"]);

      const approved = await as(world.cm, APPROVE, {
        input: { id, overrideReason: "Customer asked for us" },
      });
      expect(approved.errors).toBeUndefined();
      expect(approved.data.approveDeal).toMatchObject({
        status: "APPROVED",
        overrideReason: "Customer asked for us",
      });
      const seen = await as(world.seller, DEAL, { id });
      expect(seen.data.deal).toMatchObject({ overrideReason: null, conflicts: null });
    });

    it("needs it for another partner's open opportunity on a similar name, but not for a pending registration", async () => {
      const stamp = Date.now();
      await createOpportunityForCustomer(ds(), {
        owner: world.otherSeller,
        customerName: `Initech Global Systems ${stamp}`,
        customerDomain: `initech-${stamp}.io`,
      });
      const ours = await as(world.seller, REGISTER, {
        input: registration({
          customerName: `Initech Global Systems ${stamp} Inc.`,
          customerDomain: `initech-other-${stamp}.io`,
          submit: true,
        }),
      });
      const id = (ours.data.registerDeal as { id: string }).id;
      const refused = await as(world.cm, APPROVE, { input: { id } });
      expect(refused.errors![0]!.extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "overrideReason",
      });

      const pendingCustomer = {
        customerName: `Pending Co ${stamp}`,
        customerDomain: `pending-${stamp}.com`,
      };
      await as(world.otherSeller, REGISTER, {
        input: registration({ ...pendingCustomer, submit: true }),
      });
      const mine = await as(world.seller, REGISTER, {
        input: registration({ ...pendingCustomer, submit: true }),
      });
      const mineId = (mine.data.registerDeal as { id: string }).id;
      const approved = await as(world.cm, APPROVE, { input: { id: mineId } });
      expect(approved.errors).toBeUndefined();
    });
  });
});
