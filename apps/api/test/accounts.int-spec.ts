import {
  createScopeWorld,
  insertAccount,
  insertActivity,
  insertContact,
  insertDealOn,
  insertOpportunity,
  scopeMatrix,
  type ScopeWorld,
} from "./accounts-fixture";
import { codeOf, startTestApp, type GqlResult, type TestApp } from "./harness";
import { statementsOf } from "./opportunities-helpers";

const ACCOUNTS = `query ($search: String, $first: Int, $after: String) {
  accounts(search: $search, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name domain } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ACCOUNT = `query ($id: ID!) {
  account(id: $id) {
    id name domain industry createdAt openAmount
    partner { id }
    contacts { id name email owner { id } account { id } }
    opportunities(first: 10) { id stage amount }
    activities(first: 10) { id subject }
  }
}`;

const OPPORTUNITY = `query ($id: ID!) {
  opportunity(id: $id) { id account { id name } contacts { id name } }
}`;

describe("accounts", () => {
  let app: TestApp;
  let w: ScopeWorld;
  const ds = () => app.db.dataSource;
  const stamp = `acc${Date.now()}`;
  /** Each account's id, by what reaches it. */
  const ids: Record<string, string> = {};

  async function gqlAs(user: { email: string } | null, query: string, variables = {}) {
    return app.gql(query, variables, user ? { token: await app.tokenOf(user) } : {});
  }
  async function accountNames(user: { email: string }, search = stamp) {
    const res = await gqlAs(user, ACCOUNTS, { search, first: 100 });
    expect(res.errors).toBeUndefined();
    const names = res.data.accounts.edges.map((e: { node: { name: string } }) =>
      e.node.name.replace(`${stamp} `, ""),
    );
    expect(res.data.accounts.totalCount).toBe(names.length);
    return names;
  }

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(ds());
    const account = (key: string, owner = w.seller, domain?: string) =>
      insertAccount(ds(), { owner, name: `${stamp} ${key}`, domain, industry: "Retail" }).then(
        (id) => (ids[key] = id),
      );
    // The seller's: an open and a won opportunity, and another partner's-only-draft account.
    await account("Alpha", w.seller, `alpha-${stamp}.example`);
    await insertOpportunity(ds(), { owner: w.seller, accountId: ids.Alpha!, amount: "1000.50" });
    await insertOpportunity(ds(), {
      owner: w.seller,
      accountId: ids.Alpha!,
      stage: "CLOSED_WON",
      amount: "7000.00",
    });
    await account("Bravo", w.peerSeller);
    await insertOpportunity(ds(), { owner: w.peerSeller, accountId: ids.Bravo!, amount: "200.00" });
    // Reached only through a draft: private to the partner.
    await account("Charlie");
    await insertDealOn(ds(), { owner: w.seller, accountId: ids.Charlie!, status: "DRAFT" });
    // Reached through a submitted deal: the vendor side sees it too.
    await account("Delta");
    await insertDealOn(ds(), { owner: w.seller, accountId: ids.Delta!, status: "SUBMITTED" });
    // Nothing reaches it.
    await account("Echo");
    await account("Foxtrot", w.otherSeller);
    await insertOpportunity(ds(), { owner: w.otherSeller, accountId: ids.Foxtrot! });
    await account("Golf", w.otherTeamSeller);
    await insertOpportunity(ds(), { owner: w.otherTeamSeller, accountId: ids.Golf! });
  });
  afterAll(() => app.close());

  it("lists the accounts with a deal or opportunity in the viewer's scope, by name, with the count", async () => {
    const expected: [{ email: string }, string[]][] = [
      [w.seller, ["Alpha", "Charlie", "Delta"]],
      [w.manager, ["Alpha", "Bravo", "Charlie", "Delta"]],
      [w.ops, ["Alpha", "Bravo", "Charlie", "Delta", "Golf"]],
      [w.cm, ["Alpha", "Bravo", "Delta", "Golf"]],
      [w.admin, ["Alpha", "Bravo", "Delta", "Foxtrot", "Golf"]],
      [w.peerSeller, ["Bravo"]],
      [w.otherManager, ["Golf"]],
      [w.otherOps, ["Foxtrot"]],
      [w.otherSeller, ["Foxtrot"]],
      [w.otherCm, ["Foxtrot"]],
      [w.unassignedCm, []],
    ];
    for (const [user, names] of expected) {
      expect([user, await accountNames(user)]).toEqual([user, names]);
    }
  });

  it("answers account(id) only within the scope, null otherwise", async () => {
    const { see, blind } = scopeMatrix(w);
    for (const user of Object.values(see)) {
      const res = await gqlAs(user, ACCOUNT, { id: ids.Alpha });
      expect(res.errors).toBeUndefined();
      expect(res.data.account.id).toBe(ids.Alpha);
    }
    for (const user of Object.values(blind)) {
      const res = await gqlAs(user, ACCOUNT, { id: ids.Alpha });
      expect([user.email, res.errors, res.data.account]).toEqual([user.email, undefined, null]);
    }
    const draftOnly = await gqlAs(w.cm, ACCOUNT, { id: ids.Charlie });
    expect(draftOnly.data.account).toBeNull();
    for (const id of [ids.Echo, "not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
      expect((await gqlAs(w.admin, ACCOUNT, { id })).data.account).toBeNull();
    }
  });

  it("refuses the anonymous caller", async () => {
    expect(codeOf(await gqlAs(null, ACCOUNTS, {}))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gqlAs(null, ACCOUNT, { id: ids.Alpha }))).toBe("UNAUTHENTICATED");
  });

  it("searches by name or domain, in any case", async () => {
    expect(await accountNames(w.seller, `${stamp} alp`.toUpperCase())).toEqual(["Alpha"]);
    expect(await accountNames(w.seller, `ALPHA-${stamp}`)).toEqual(["Alpha"]);
    expect(await accountNames(w.seller, `${stamp} %`)).toEqual([]);
    const tooLong = await gqlAs(w.seller, ACCOUNTS, { search: "x".repeat(201) });
    expect(codeOf(tooLong)).toBe("BAD_USER_INPUT");
    expect(tooLong.errors![0]!.extensions!.field).toBe("search");
  });

  it("pages by name with cursors, the total and the page in one statement, and refuses a cursor it did not make", async () => {
    // Sales operations' accounts are found once for the total and the page; the vendor admin's
    // page walks the name index apart from the total (account.service.ts): both are paged.
    const expected: [{ email: string }, string[]][] = [
      [w.ops, ["Alpha", "Bravo", "Charlie", "Delta", "Golf"]],
      [w.admin, ["Alpha", "Bravo", "Delta", "Foxtrot", "Golf"]],
    ];
    for (const [user, keys] of expected) {
      const seen: string[] = [];
      let after: string | null = null;
      let last: string | null = null;
      do {
        const token = await app.tokenOf(user);
        let res!: GqlResult;
        const statements = await statementsOf(ds(), async () => {
          res = await app.gql(ACCOUNTS, { search: stamp, first: 2, after }, { token });
        });
        expect(statements).toHaveLength(1);
        expect(res.data.accounts.totalCount).toBe(keys.length);
        seen.push(...res.data.accounts.edges.map((e: { node: { id: string } }) => e.node.id));
        last = res.data.accounts.pageInfo.endCursor;
        after = res.data.accounts.pageInfo.hasNextPage ? last : null;
      } while (after);
      expect([user.email, seen]).toEqual([user.email, keys.map((k) => ids[k])]);
      // After the last account: no rows, and still the total.
      const beyond = await gqlAs(user, ACCOUNTS, { search: stamp, first: 2, after: last });
      expect(beyond.data.accounts.edges).toEqual([]);
      expect(beyond.data.accounts.totalCount).toBe(keys.length);
    }
    const nul = Buffer.from(JSON.stringify(["a\u0000b", ids.Alpha])).toString("base64url");
    for (const after of ["bm90LWEtY3Vyc29y", nul]) {
      const bad = await gqlAs(w.ops, ACCOUNTS, { after });
      expect(codeOf(bad)).toBe("BAD_USER_INPUT");
      expect(bad.errors![0]!.extensions!.field).toBe("after");
    }
    expect(codeOf(await gqlAs(w.ops, ACCOUNTS, { first: 101 }))).toBe("BAD_USER_INPUT");
  });

  it("shows an account's opportunities, activities and open amount within the viewer's scope", async () => {
    const teamAccount = await insertAccount(ds(), { owner: w.seller, name: `${stamp} Hotel` });
    const own = await insertOpportunity(ds(), {
      owner: w.seller,
      accountId: teamAccount,
      amount: "100.25",
    });
    const peers = await insertOpportunity(ds(), {
      owner: w.peerSeller,
      accountId: teamAccount,
      amount: "50.00",
    });
    const call = await insertActivity(ds(), {
      owner: w.seller,
      opportunityId: own,
      accountId: teamAccount,
      subject: "Own call",
    });
    const peerNote = await insertActivity(ds(), {
      owner: w.peerSeller,
      type: "NOTE",
      accountId: teamAccount,
      subject: "Peer note",
      occurredAt: new Date(Date.now() - 60_000),
    });
    const seller = (await gqlAs(w.seller, ACCOUNT, { id: teamAccount })).data.account;
    expect(seller.opportunities.map((o: { id: string }) => o.id)).toEqual([own]);
    expect(seller.activities.map((a: { id: string }) => a.id)).toEqual([call]);
    expect(seller.openAmount).toBe("100.25");
    const manager = (await gqlAs(w.manager, ACCOUNT, { id: teamAccount })).data.account;
    expect(manager.opportunities.map((o: { id: string }) => o.id).sort()).toEqual(
      [own, peers].sort(),
    );
    expect(manager.activities.map((a: { id: string }) => a.id)).toEqual([call, peerNote]);
    expect(manager.openAmount).toBe("150.25");
    const alpha = (await gqlAs(w.cm, ACCOUNT, { id: ids.Alpha })).data.account;
    expect(alpha).toMatchObject({
      name: `${stamp} Alpha`,
      domain: `alpha-${stamp}.example`,
      industry: "Retail",
      openAmount: "1000.50",
      partner: { id: w.partner.id },
    });
    expect(alpha.opportunities).toHaveLength(2);
    const delta = (await gqlAs(w.cm, ACCOUNT, { id: ids.Delta })).data.account;
    expect(delta).toMatchObject({ opportunities: [], activities: [], openAmount: "0.00" });
  });

  it("shows each partner only its own contacts at a customer both registered", async () => {
    const domain = `shared-${stamp}.example`;
    const ours = await insertAccount(ds(), { owner: w.seller, name: `Shared ${stamp}`, domain });
    const theirs = await insertAccount(ds(), {
      owner: w.otherSeller,
      name: `SHARED ${stamp}, Inc.`,
      domain: `www.${domain}`,
    });
    const ourOpportunity = await insertOpportunity(ds(), { owner: w.seller, accountId: ours });
    const theirOpportunity = await insertOpportunity(ds(), {
      owner: w.otherSeller,
      accountId: theirs,
    });
    const ourContact = await insertContact(ds(), {
      owner: w.peerSeller,
      accountId: ours,
      name: "Our Ann",
    });
    const theirContact = await insertContact(ds(), {
      owner: w.otherSeller,
      accountId: theirs,
      name: "Their Bob",
    });
    // A stray row of the other partner on our account must stay theirs.
    const stray = await insertContact(ds(), {
      owner: w.otherSeller,
      accountId: ours,
      name: "Stray Cid",
    });

    for (const user of [w.seller, w.manager, w.ops, w.cm]) {
      const account = (await gqlAs(user, ACCOUNT, { id: ours })).data.account;
      expect([user.email, account.contacts.map((c: { id: string }) => c.id)]).toEqual([
        user.email,
        [ourContact],
      ]);
      const opportunity = (await gqlAs(user, OPPORTUNITY, { id: ourOpportunity })).data.opportunity;
      expect(opportunity.account).toEqual({ id: ours, name: `Shared ${stamp}` });
      expect(opportunity.contacts).toEqual([{ id: ourContact, name: "Our Ann" }]);
    }
    for (const user of [w.otherSeller, w.otherOps]) {
      expect((await gqlAs(user, ACCOUNT, { id: ours })).data.account).toBeNull();
      const account = (await gqlAs(user, ACCOUNT, { id: theirs })).data.account;
      expect(account.contacts.map((c: { id: string }) => c.id)).toEqual([theirContact]);
      const opportunity = (await gqlAs(user, OPPORTUNITY, { id: theirOpportunity })).data
        .opportunity;
      expect(opportunity.contacts).toEqual([{ id: theirContact, name: "Their Bob" }]);
    }
    const admin = (await gqlAs(w.admin, ACCOUNT, { id: ours })).data.account;
    expect(admin.contacts.map((c: { id: string }) => c.id).sort()).toEqual(
      [ourContact, stray].sort(),
    );
    const json = JSON.stringify(await gqlAs(w.seller, ACCOUNT, { id: ours }));
    for (const secret of ["Their Bob", "Stray Cid", theirContact, stray]) {
      expect(json).not.toContain(secret);
    }
  });
});
