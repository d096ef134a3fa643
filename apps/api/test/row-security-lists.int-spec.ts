import type { Role } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { ANONYMOUS, become, principalOf, SYSTEM, type Principal } from "../src/database/principal";
import { CONNECTION_ROLE } from "../src/database/row-security";
import { startTestApp, type TestApp } from "./harness";
import {
  createOpportunity,
  createOpportunityWorld,
  type OpportunityWorld,
} from "./opportunities-helpers";

/**
 * A sales manager's team is looked up when a transaction becomes them and kept for the policies
 * (row-security.ts, BECOME_FUNCTIONS): it belongs to the viewer the transaction became, never to
 * the next one it runs as, and a transaction made to run as a sales manager any other way sees
 * none of the team's records.
 */
describe("a sales manager's team kept for the transaction", () => {
  let app: TestApp;
  let w: OpportunityWorld;
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOpportunityWorld(ds());
    for (const owner of [w.seller, w.peerSeller, w.otherTeamSeller, w.otherSeller]) {
      await createOpportunity(ds(), { owner });
    }
  });
  afterAll(() => app.close());

  const managerOf = (user: { id: string; organizationId: string }): Principal => ({
    role: "prm_partner_sales_manager",
    userId: user.id,
    organizationId: user.organizationId,
  });
  /** The owners of the opportunities the policies alone let the transaction's viewer see. */
  const ownersSeen = async (tx: EntityManager) =>
    ((await tx.query(`SELECT DISTINCT owner_id FROM opportunities`)) as { owner_id: string }[])
      .map((row) => row.owner_id)
      .sort();
  const sorted = (...users: { id: string }[]) => users.map((user) => user.id).sort();

  it("is the team of whoever the transaction runs as, each time it changes", async () => {
    await ds().transaction(async (tx) => {
      await become(tx, managerOf(w.manager));
      expect(await ownersSeen(tx)).toEqual(sorted(w.seller, w.peerSeller));
      // Read twice: the second statement reads the same kept team.
      expect(await ownersSeen(tx)).toEqual(sorted(w.seller, w.peerSeller));

      await become(tx, managerOf(w.otherManager));
      expect(await ownersSeen(tx)).toEqual(sorted(w.otherTeamSeller));

      await become(tx, managerOf(w.manager));
      expect(await ownersSeen(tx)).toEqual(sorted(w.seller, w.peerSeller));
    });
  });

  it("is the one the viewer lookup found, signed in by session or by API token", async () => {
    const OWNERS = `{ opportunities(first: 50) { edges { node { owner { id } } } } }`;
    const ownersShown = async (token: string) => {
      const res = await app.gql(OWNERS, {}, { token });
      expect(res.errors).toBeUndefined();
      const edges = res.data.opportunities.edges as { node: { owner: { id: string } } }[];
      return [...new Set(edges.map((edge) => edge.node.owner.id))].sort();
    };
    const session = await app.tokenOf(w.manager);
    const created = await app.gql(
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
      { input: { name: "Team report" } },
      { token: session },
    );
    expect(created.errors).toBeUndefined();
    // Without the team the policies would hide every record, whatever the app's own scope says.
    expect(await ownersShown(session)).toEqual(sorted(w.seller, w.peerSeller));
    expect(await ownersShown(created.data.createApiToken.token)).toEqual(
      sorted(w.seller, w.peerSeller),
    );
  });

  it("is nobody's when a transaction is switched to a sales manager without becoming them", async () => {
    const seen = await ds().transaction(async (tx) => {
      await tx.query(
        `SELECT set_config('role', 'prm_partner_sales_manager', true),
                set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true)`,
        [w.manager.id, w.manager.organizationId],
      );
      return ownersSeen(tx);
    });
    expect(seen).toEqual([]);
  });

  it("is looked up afresh by the next transaction", async () => {
    const before = await ds().transaction(async (tx) => {
      await become(tx, managerOf(w.manager));
      return ownersSeen(tx);
    });
    expect(before).toEqual(sorted(w.seller, w.peerSeller));
    await ds().query(`UPDATE users SET manager_id = $1 WHERE id = $2`, [
      w.manager.id,
      w.otherTeamSeller.id,
    ]);
    try {
      const after = await ds().transaction(async (tx) => {
        await become(tx, managerOf(w.manager));
        return ownersSeen(tx);
      });
      expect(after).toEqual(sorted(w.seller, w.peerSeller, w.otherTeamSeller));
    } finally {
      await ds().query(`UPDATE users SET manager_id = $1 WHERE id = $2`, [
        w.otherManager.id,
        w.otherTeamSeller.id,
      ]);
    }
  });
});

/**
 * The viewer lookups (app_session_user, app_api_token_user) run as the tables' owner, so they are
 * the system's and the app's connections' alone: no viewer may ask who another session or token
 * signs in.
 */
describe("the viewer lookups", () => {
  let app: TestApp;
  let w: OpportunityWorld;
  let sessionId: string;
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOpportunityWorld(ds());
    await app.tokenOf(w.otherSeller);
    const [session] = (await ds().query(`SELECT id FROM sessions WHERE user_id = $1`, [
      w.otherSeller.id,
    ])) as { id: string }[];
    sessionId = session!.id;
  });
  afterAll(() => app.close());

  const lookUpAs = (principal: Principal) =>
    ds().transaction(async (tx) => {
      await become(tx, principal);
      return (await tx.query(`SELECT user_id FROM app_session_user($1)`, [sessionId])) as {
        user_id: string;
      }[];
    });

  it("find a session's user for the system", async () => {
    expect(await lookUpAs(SYSTEM)).toEqual([{ user_id: w.otherSeller.id }]);
  });

  it("find a session's user for the connection role, which still reads no table", async () => {
    // As a login that owns nothing (README, "Tenant isolation in the database") sees it.
    const asConnectionRole = <T>(work: (tx: EntityManager) => Promise<T>) =>
      ds().transaction(async (tx) => {
        await tx.query(`SELECT set_config('role', '${CONNECTION_ROLE}', true)`);
        return work(tx);
      });
    expect(
      await asConnectionRole((tx) =>
        tx.query(`SELECT user_id FROM app_session_user($1)`, [sessionId]),
      ),
    ).toEqual([{ user_id: w.otherSeller.id }]);
    for (const table of ["opportunities", "users", "sessions"]) {
      await expect(
        asConnectionRole((tx) => tx.query(`SELECT count(*) FROM ${table}`)),
      ).rejects.toThrow(/permission denied/);
    }
  });

  const viewer = (user: { id: string; organizationId: string; role: Role }) =>
    principalOf({
      userId: user.id,
      organizationId: user.organizationId,
      role: user.role,
      sessionId: null,
    });

  it.each([
    ["anyone signed out", () => ANONYMOUS],
    ["a seller of another partner", () => viewer(w.seller)],
    ["the vendor admin", () => viewer(w.admin)],
  ])("are refused to %s", async (_who, principal) => {
    await expect(lookUpAs(principal())).rejects.toThrow(/permission denied/);
    await expect(
      ds().transaction(async (tx) => {
        await become(tx, principal());
        return tx.query(`SELECT * FROM app_api_token_user($1, 60)`, ["0".repeat(64)]);
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
