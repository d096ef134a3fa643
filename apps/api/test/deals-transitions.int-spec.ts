import { DEAL_STATUSES, type DealStatus } from "@prm/domain";
import { auditEventsOf, createDeal, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_MUTATIONS, LEGAL, type DealMutation } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * Every deal mutation × every kind of caller × every starting status. The deal is owned by the
 * seller. Partner-side actions: the owner, their manager and sales operations may act; the peer
 * seller and the other partner's seller get NOT_FOUND; vendor roles get FORBIDDEN. Vendor-side
 * actions: the assigned channel manager and the admin may act (on a draft, which they cannot
 * see, they get NOT_FOUND); the other partner's channel manager gets NOT_FOUND; partner roles
 * get FORBIDDEN. Anything refused changes nothing and
 * writes no audit event.
 */
const ACTORS = [
  ["the owner (seller)", "seller", "partner"],
  ["the owner's sales manager", "manager", "partner"],
  ["sales operations of the org", "ops", "partner"],
  ["a peer seller", "peerSeller", "out-partner"],
  ["another partner's seller", "otherSeller", "out-partner"],
  ["the assigned channel manager", "cm", "vendor"],
  ["an unassigned channel manager", "otherCm", "out-vendor"],
  ["a vendor admin", "admin", "vendor"],
] as const;

describe("deal transitions × roles", () => {
  let app: TestApp;
  let world: World;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);

  beforeAll(async () => {
    app = await startTestApp({ config: { logLevel: "error" } });
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  function expectedOutcome(
    mutation: DealMutation,
    kind: (typeof ACTORS)[number][2],
    status: DealStatus,
  ): "OK" | "CONFLICT" | "FORBIDDEN" | "NOT_FOUND" {
    const legal = LEGAL[mutation];
    const side = kind.endsWith("partner") ? "partner" : "vendor";
    if (side !== legal.side) return "FORBIDDEN";
    if (kind.startsWith("out-")) return "NOT_FOUND";
    // Drafts are private: the vendor side does not see one at all.
    if (side === "vendor" && status === "DRAFT") return "NOT_FOUND";
    return legal.from.includes(status) ? "OK" : "CONFLICT";
  }

  const cases = (Object.keys(DEAL_MUTATIONS) as DealMutation[]).flatMap((mutation) =>
    ACTORS.map(([title, key, kind]) => [mutation, title, key, kind] as const),
  );

  it.each(cases)("%s by %s, from every status", async (mutation, _title, key, kind) => {
    const ds = app.db.dataSource;
    const actor = world[key];
    for (const status of DEAL_STATUSES) {
      const deal = await createDeal(ds, { owner: world.seller, status });
      const { query, variables } = DEAL_MUTATIONS[mutation](deal.id);
      const res = await app.gql(query, variables, { token: await tokenOf(actor) });
      const expected = expectedOutcome(mutation, kind, status);
      const [after] = await ds.query(
        `SELECT status, version, contact_name, protection_expires_at FROM deals WHERE id = $1`,
        [deal.id],
      );
      const events = await auditEventsOf(ds, deal.id);
      const context = `${mutation} by ${key} from ${status}`;
      if (expected === "OK") {
        expect({ context, errors: res.errors }).toEqual({ context, errors: undefined });
        const legal = LEGAL[mutation];
        const to = legal.to === "same" ? status : legal.to;
        expect({ context, status: after.status }).toEqual({ context, status: to });
        expect(after.version).toBe(deal.version + 1);
        expect(events).toEqual([
          { action: legal.audit, from_status: status, to_status: to, actor_id: actor.id },
        ]);
      } else {
        expect({ context, code: codeOf(res) }).toEqual({ context, code: expected });
        expect(res.data).toBeNull();
        expect({ context, status: after.status, version: after.version }).toEqual({
          context,
          status,
          version: deal.version,
        });
        expect(after.contact_name).toBe(deal.contactName);
        expect(events).toEqual([]);
        if (expected === "CONFLICT") {
          expect(res.errors![0]!.message).toContain(`This deal is ${status}`);
        }
      }
    }
  });

  it("an anonymous caller is refused before anything runs", async () => {
    const deal = await createDeal(app.db.dataSource, { owner: world.seller, status: "SUBMITTED" });
    for (const mutation of Object.keys(DEAL_MUTATIONS) as DealMutation[]) {
      const { query, variables } = DEAL_MUTATIONS[mutation](deal.id);
      expect(codeOf(await app.gql(query, variables))).toBe("UNAUTHENTICATED");
    }
    expect(await auditEventsOf(app.db.dataSource, deal.id)).toEqual([]);
  });

  it("an id that is not a deal is NOT_FOUND, not an internal error", async () => {
    const token = await tokenOf(world.cm);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const { query, variables } = DEAL_MUTATIONS.approve(id);
      expect(codeOf(await app.gql(query, variables, { token }))).toBe("NOT_FOUND");
    }
  });
});
