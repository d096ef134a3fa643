import {
  createScopeWorld,
  insertAccount,
  insertContact,
  insertOpportunity,
  scopeMatrix,
  type ScopeWorld,
} from "./accounts-fixture";
import { codeOf, startTestApp, type TestApp } from "./harness";

const CREATE = `mutation ($input: CreateContactInput!) {
  createContact(input: $input) {
    id name title email phone createdAt updatedAt account { id } owner { id }
  }
}`;

const UPDATE = `mutation ($input: UpdateContactInput!) {
  updateContact(input: $input) { id name title email phone account { id } }
}`;

interface ContactRow {
  partner_id: string;
  account_id: string;
  owner_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

describe("contacts", () => {
  let app: TestApp;
  let w: ScopeWorld;
  let account: string;
  let otherAccount: string;
  const ds = () => app.db.dataSource;

  async function gqlAs(user: { email: string } | null, query: string, variables = {}) {
    return app.gql(query, variables, user ? { token: await app.tokenOf(user) } : {});
  }
  const contactsOf = (accountId: string): Promise<(ContactRow & { id: string })[]> =>
    ds().query(`SELECT * FROM contacts WHERE account_id = $1 ORDER BY created_at, id`, [accountId]);

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(ds());
    account = await insertAccount(ds(), { owner: w.seller });
    await insertOpportunity(ds(), { owner: w.seller, accountId: account });
    otherAccount = await insertAccount(ds(), { owner: w.otherSeller });
    await insertOpportunity(ds(), { owner: w.otherSeller, accountId: otherAccount });
  });
  afterAll(() => app.close());

  describe("createContact", () => {
    it("adds a person to an account the viewer sees, kept by the viewer's partner", async () => {
      const res = await gqlAs(w.seller, CREATE, {
        input: {
          accountId: account,
          name: "  Ann Lee ",
          title: "CTO",
          email: "ann@customer.example",
          phone: "+1 (555) 010-0199",
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.createContact).toMatchObject({
        name: "Ann Lee",
        title: "CTO",
        email: "ann@customer.example",
        phone: "+1 (555) 010-0199",
        account: { id: account },
        owner: { id: w.seller.id },
      });
      const [row] = (await contactsOf(account)).filter((c) => c.id === res.data.createContact.id);
      expect(row).toMatchObject({
        partner_id: w.partner.id,
        account_id: account,
        owner_id: w.seller.id,
        name: "Ann Lee",
      });
    });

    it("lets the seller's manager and sales ops add contacts too; blank optional fields are none", async () => {
      for (const user of [w.manager, w.ops]) {
        const res = await gqlAs(user, CREATE, {
          input: { accountId: account, name: `By ${user.role}`, email: " ", title: null },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data.createContact).toMatchObject({ email: null, title: null, phone: null });
      }
    });

    it("answers NOT_FOUND on an account out of scope and writes nothing", async () => {
      const before = (await contactsOf(account)).length;
      const { blind } = scopeMatrix(w);
      for (const user of [
        blind.peerSeller,
        blind.otherManager,
        blind.otherOps,
        blind.otherSeller,
      ]) {
        const res = await gqlAs(user, CREATE, { input: { accountId: account, name: "Intruder" } });
        expect([user.email, codeOf(res)]).toEqual([user.email, "NOT_FOUND"]);
        expect(res.data?.createContact ?? null).toBeNull();
      }
      const missing = await gqlAs(w.seller, CREATE, {
        input: { accountId: "00000000-0000-4000-8000-000000000000", name: "Nobody" },
      });
      expect(codeOf(missing)).toBe("NOT_FOUND");
      expect(await contactsOf(account)).toHaveLength(before);
    });

    it("refuses the vendor side (read-only) and the anonymous caller", async () => {
      const before = (await contactsOf(account)).length;
      for (const user of [w.cm, w.admin, w.unassignedCm]) {
        const res = await gqlAs(user, CREATE, { input: { accountId: account, name: "Vendor" } });
        expect([user.email, codeOf(res)]).toEqual([user.email, "FORBIDDEN"]);
      }
      const anonymous = await gqlAs(null, CREATE, { input: { accountId: account, name: "Anon" } });
      expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
      expect(await contactsOf(account)).toHaveLength(before);
    });

    it.each([
      ["name", { name: "" }],
      ["name", { name: "n".repeat(201) }],
      ["title", { title: "t".repeat(121) }],
      ["email", { email: "ann@" }],
      ["email", { email: `${"a".repeat(250)}@x.io` }],
      ["phone", { phone: "call me" }],
      ["phone", { phone: "1".repeat(51) }],
      ["accountId", { accountId: "not-a-uuid" }],
    ])("answers BAD_USER_INPUT naming %s, writing nothing", async (field, change) => {
      const before = (await contactsOf(account)).length;
      const res = await gqlAs(w.seller, CREATE, {
        input: { accountId: account, name: "Valid Name", ...change },
      });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await contactsOf(account)).toHaveLength(before);
    });
  });

  describe("updateContact", () => {
    let contact: string;
    let theirContact: string;

    beforeAll(async () => {
      contact = await insertContact(ds(), {
        owner: w.seller,
        accountId: account,
        name: "Dana Ray",
        email: "dana@customer.example",
      });
      theirContact = await insertContact(ds(), {
        owner: w.otherSeller,
        accountId: otherAccount,
        name: "Their Eve",
      });
    });

    it("changes the fields given, clears those given as null, keeps the rest", async () => {
      const res = await gqlAs(w.seller, UPDATE, {
        input: { id: contact, title: "VP Sales", phone: "+49 30 1234-56", email: null },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.updateContact).toEqual({
        id: contact,
        name: "Dana Ray",
        title: "VP Sales",
        email: null,
        phone: "+49 30 1234-56",
        account: { id: account },
      });
    });

    it("lets colleagues who see the account edit the partner's contact", async () => {
      for (const user of [w.manager, w.ops]) {
        const res = await gqlAs(user, UPDATE, {
          input: { id: contact, name: `Dana (${user.role})` },
        });
        expect(res.errors).toBeUndefined();
      }
    });

    it("answers NOT_FOUND on another partner's contact, or one on an account out of scope, changing nothing", async () => {
      const [before] = await ds().query(`SELECT * FROM contacts WHERE id = $1`, [contact]);
      const { blind } = scopeMatrix(w);
      for (const user of [
        blind.peerSeller,
        blind.otherManager,
        blind.otherOps,
        blind.otherSeller,
      ]) {
        const res = await gqlAs(user, UPDATE, { input: { id: contact, name: "Hijacked" } });
        expect([user.email, codeOf(res)]).toEqual([user.email, "NOT_FOUND"]);
      }
      const theirs = await gqlAs(w.seller, UPDATE, { input: { id: theirContact, name: "Mine" } });
      expect(codeOf(theirs)).toBe("NOT_FOUND");
      expect(codeOf(await gqlAs(w.seller, UPDATE, { input: { id: "x", name: "Y" } }))).toBe(
        "NOT_FOUND",
      );
      for (const user of [w.cm, w.admin]) {
        expect(codeOf(await gqlAs(user, UPDATE, { input: { id: contact, name: "V" } }))).toBe(
          "FORBIDDEN",
        );
      }
      expect(codeOf(await gqlAs(null, UPDATE, { input: { id: contact, name: "A" } }))).toBe(
        "UNAUTHENTICATED",
      );
      const [after] = await ds().query(`SELECT * FROM contacts WHERE id = $1`, [contact]);
      expect(after).toEqual(before);
      const [their] = await ds().query(`SELECT name FROM contacts WHERE id = $1`, [theirContact]);
      expect(their.name).toBe("Their Eve");
    });

    it.each([
      ["name", { name: null }],
      ["name", { name: "  " }],
      ["email", { email: "not an email" }],
      ["phone", { phone: "ext. 12" }],
      ["title", { title: "t".repeat(121) }],
    ])("answers BAD_USER_INPUT naming %s, changing nothing", async (field, change) => {
      const [before] = await ds().query(`SELECT * FROM contacts WHERE id = $1`, [contact]);
      const res = await gqlAs(w.seller, UPDATE, { input: { id: contact, ...change } });
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const [after] = await ds().query(`SELECT * FROM contacts WHERE id = $1`, [contact]);
      expect(after).toEqual(before);
    });
  });
});
