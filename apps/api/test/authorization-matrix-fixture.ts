import { randomBytes } from "node:crypto";
import { isRole, isVendorRole, type Role } from "@prm/domain";
import type { MatrixSide, Principal, Side } from "../src/auth/authorization-matrix";
import {
  createDeal,
  createOpportunity,
  createOpportunityForCustomer,
  createOrganization,
  createTerritory,
  createUser,
  createWorld,
  TEST_PASSWORD,
} from "./factories";
import type { TestApp } from "./harness";
import { as, OPS, tokenOf as linkToken } from "./operators-helpers";

const unique = () => randomBytes(4).toString("hex");
const CREATE_API_TOKEN = `mutation { createApiToken(input: { name: "matrix" }) { token apiToken { id } } }`;

interface Person {
  id: string;
  email: string;
  organizationId: string;
}
interface Org {
  id: string;
}

/** Who is on one side of a principal's cells (see MatrixSide). */
interface SideSpec {
  partner: Org;
  channelManager: Person;
  /** Whose work the records are. */
  seller: Person;
  /** Who logged the activities: the principal when they log activities, else the seller. */
  author: Person;
  /** Whose notifications and API tokens. */
  personal: Person;
  /** The organization whose users are named, who administers it, and the role of a new user. */
  users: { org: Org; admin: Person; role: Role; standing: Person };
  quotaTarget: { partnerId: string } | { sellerId: string };
  /** Who sets that quota: the vendor admin (a partner's), the seller's sales operations. */
  quotaSetter: Person;
  portal: Role;
  inviteRole: Role;
  credentials: { email: string; password: string };
}

/**
 * The matrix's world: the vendor (admin, the first partner's channel manager, the second's, a
 * channel manager without partners), two partners, each with sales operations, a sales manager
 * and sellers reporting to them; the first also a seller outside the manager's team. Every
 * principal's token, a deactivated vendor admin's session and a revoked API token. Records are
 * made when a cell first names them, once, or for each cell that may use them up.
 */
export async function createMatrixFixture(app: TestApp) {
  const ds = app.db.dataSource;
  const w = await createWorld(ds);
  const user = (organizationId: string, role: Role) => createUser(ds, { organizationId, role });
  const solo = await user(w.partner.id, "PARTNER_SELLER");
  const otherOps = await user(w.otherPartner.id, "PARTNER_SALES_OPS");
  const otherManager = await user(w.otherPartner.id, "PARTNER_SALES_MANAGER");
  await ds.query(`UPDATE users SET manager_id = $1 WHERE id = $2`, [
    otherManager.id,
    w.otherSeller.id,
  ]);
  const vendorColleague = await user(w.vendor.id, "CHANNEL_MANAGER");
  const signInUser = await user(w.partner.id, "PARTNER_SELLER");
  const deadAdmin = await user(w.vendor.id, "VENDOR_ADMIN");

  /** Runs a setup operation as `who` (null: anonymously); it must succeed. */
  const setUp = async (
    who: Person | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const res = await as(app, who, query, variables);
    if (res.errors) throw new Error(`Setting up ${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  // The dead credentials: a session whose user is then deactivated, an API token then revoked.
  const deactivatedSession = await app.tokenOf(deadAdmin);
  await ds.query(`UPDATE users SET active = false WHERE id = $1`, [deadAdmin.id]);
  const { token: revoked, apiToken } = (await setUp(w.ops, CREATE_API_TOKEN)).createApiToken;
  await setUp(w.ops, `mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { id } }`, {
    id: apiToken.id,
  });

  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as Promise<T>;
  };

  /** Standing quotas take years far from those the setQuota cells use (no overlap). */
  let quotaYear = 2060;
  // --- Makers: each makes a new record ---------------------------------------------------------
  const make = {
    deal: (owner: Person, status: "DRAFT" | "SUBMITTED" | "APPROVED") =>
      createDeal(ds, { owner, status }).then((deal) => deal.id),
    openOpportunity: (owner: Person) =>
      createOpportunityForCustomer(ds, {
        owner,
        customerName: `Matrix ${unique()}`,
        customerDomain: `matrix-${unique()}.example`,
        stage: "DISCOVERY",
      }),
    closedOpportunity: (owner: Person) =>
      createOpportunity(ds, {
        owner,
        stage: "CLOSED_WON",
        amount: "1000.00",
        closedAt: new Date(),
      }).then((o) => o.id),
    async activity(author: Person, seller: Person, task = false): Promise<string> {
      const { opportunityId } = await work(seller);
      const [row] = (await ds.query(
        `INSERT INTO activities (partner_id, owner_id, type, subject, opportunity_id, occurred_at, due_at)
         VALUES ($1, $2, $3, 'Matrix', $4, now(), $5) RETURNING id`,
        [
          author.organizationId,
          author.id,
          task ? "TASK" : "CALL",
          opportunityId,
          task ? new Date() : null,
        ],
      )) as { id: string }[];
      return row!.id;
    },
    async notification(owner: Person): Promise<string> {
      const [row] = (await ds.query(
        `INSERT INTO notifications (user_id, type, title) VALUES ($1, 'MATRIX', 'Matrix') RETURNING id`,
        [owner.id],
      )) as { id: string }[];
      return row!.id;
    },
    async apiToken(owner: Person): Promise<string> {
      return (await setUp(owner, CREATE_API_TOKEN)).createApiToken.apiToken.id as string;
    },
    async quota({ quotaTarget, quotaSetter }: SideSpec): Promise<string> {
      const set = await setUp(
        quotaSetter,
        `mutation ($input: SetQuotaInput!) { setQuota(input: $input) { id } }`,
        {
          input: {
            ...quotaTarget,
            amount: "500.00",
            periodKind: "YEAR",
            periodStart: `${quotaYear++}-01-01`,
          },
        },
      );
      return set.setQuota.id as string;
    },
    territory: (org: Org) => createTerritory(ds, { organizationId: org.id }).then((t) => t.id),
    user: (users: SideSpec["users"], active = true) =>
      createUser(ds, { organizationId: users.org.id, role: users.role, active }).then((u) => u.id),
    async invitedUser(users: SideSpec["users"]): Promise<string> {
      const invited = await setUp(users.admin, OPS.invite, {
        input: { email: `invited-${unique()}@example.test`, name: "Invited", role: users.role },
      });
      return invited.inviteUser.user.id as string;
    },
    partner: (cm: Person, active = true) =>
      createOrganization(ds, { channelManagerId: cm.id }).then(async (org) => {
        if (!active)
          await ds.query(`UPDATE organizations SET active = false WHERE id = $1`, [org.id]);
        return org.id;
      }),
    async invitationToken(): Promise<string> {
      const invited = await setUp(w.ops, OPS.invite, {
        input: {
          email: `invited-${unique()}@example.test`,
          name: "Invited",
          role: "PARTNER_SELLER",
        },
      });
      return linkToken(invited.inviteUser.invitationUrl as string);
    },
    async passwordResetToken(): Promise<string> {
      const person = await createUser(ds, { organizationId: w.partner.id, role: "PARTNER_SELLER" });
      const link = await setUp(w.ops, OPS.resetLink, { userId: person.id });
      return linkToken(link.createPasswordResetLink.resetUrl as string);
    },
  };

  /** The standing records of a seller's work. */
  const work = (seller: Person) =>
    once(`work:${seller.id}`, async () => {
      const deal = await createDeal(ds, { owner: seller, status: "SUBMITTED" });
      const open = await make.openOpportunity(seller);
      const [contact] = (await ds.query(
        `INSERT INTO contacts (partner_id, account_id, owner_id, name) VALUES ($1, $2, $3, 'Matrix') RETURNING id`,
        [seller.organizationId, open.accountId, seller.id],
      )) as { id: string }[];
      return {
        dealId: deal.id,
        customerDomain: deal.customerDomain,
        opportunityId: open.opportunityId,
        accountId: open.accountId,
        contactId: contact!.id,
      };
    });

  /**
   * A record a cell may use up: a new one when the cell is expected to succeed (`fresh`), else
   * the standing one of its kind, made once.
   */
  type Taker = <T>(key: string, makeOne: () => Promise<T>) => Promise<T>;
  const taker =
    (fresh: boolean): Taker =>
    (key, makeOne) =>
      fresh ? makeOne() : once(key, makeOne);

  const principalUser: Record<Role, Person> = {
    VENDOR_ADMIN: w.admin,
    CHANNEL_MANAGER: w.cm,
    PARTNER_SALES_OPS: w.ops,
    PARTNER_SALES_MANAGER: w.manager,
    PARTNER_SELLER: w.seller,
  };

  function specOf(principal: Principal, side: Side): SideSpec {
    const role = isRole(principal) ? principal : null;
    const vendorSide = role !== null && isVendorRole(role);
    const vendorUsers = { org: w.vendor, admin: w.admin, role: "CHANNEL_MANAGER" as Role };
    if (side === "own") {
      const me = role ? principalUser[role] : w.seller;
      return {
        partner: w.partner,
        channelManager: w.cm,
        seller: w.seller,
        author: vendorSide ? w.seller : me,
        personal: me,
        users: vendorSide
          ? { ...vendorUsers, standing: vendorColleague }
          : { org: w.partner, admin: w.ops, role: "PARTNER_SELLER", standing: w.seller },
        quotaTarget: vendorSide ? { partnerId: w.partner.id } : { sellerId: w.seller.id },
        quotaSetter: vendorSide ? w.admin : w.ops,
        portal: role ?? "PARTNER_SELLER",
        inviteRole: vendorSide ? "CHANNEL_MANAGER" : "PARTNER_SELLER",
        credentials: { email: signInUser.email, password: TEST_PASSWORD },
      };
    }
    const seller =
      role === "PARTNER_SELLER"
        ? w.peerSeller
        : role === "PARTNER_SALES_MANAGER"
          ? solo
          : w.otherSeller;
    return {
      partner: w.otherPartner,
      channelManager: w.otherCm,
      seller,
      author: seller,
      personal: seller,
      users: {
        org: w.otherPartner,
        admin: otherOps,
        role: "PARTNER_SELLER",
        standing: w.otherSeller,
      },
      quotaTarget: vendorSide ? { partnerId: w.otherPartner.id } : { sellerId: seller.id },
      quotaSetter: vendorSide ? w.admin : seller.organizationId === w.partner.id ? w.ops : otherOps,
      portal: role === "VENDOR_ADMIN" ? "CHANNEL_MANAGER" : "VENDOR_ADMIN",
      inviteRole: vendorSide ? "CHANNEL_MANAGER" : "PARTNER_SELLER",
      credentials: { email: deadAdmin.email, password: TEST_PASSWORD },
    };
  }

  /** The records of a side, each the standing one or a new one as `take` decides. */
  function recordsOf(spec: SideSpec, which: Side, take: Taker): MatrixSide["take"] {
    const key = (kind: string, ...of: { id: string }[]) =>
      `${kind}:${of.map((o) => o.id).join(":")}`;
    const { seller, author, personal, users, partner, channelManager, quotaTarget } = spec;
    return {
      draftDeal: () => take(key("draft", seller), () => make.deal(seller, "DRAFT")),
      submittedDeal: () => take(key("submitted", seller), () => make.deal(seller, "SUBMITTED")),
      approvedDeal: () => take(key("approved", seller), () => make.deal(seller, "APPROVED")),
      openOpportunity: () =>
        take(key("open", seller), () =>
          make.openOpportunity(seller).then((o) => ({ id: o.opportunityId, version: 1 })),
        ),
      closedOpportunity: () => take(key("closed", seller), () => make.closedOpportunity(seller)),
      activity: () => take(key("activity", author, seller), () => make.activity(author, seller)),
      task: () => take(key("task", author, seller), () => make.activity(author, seller, true)),
      notification: () => take(key("notification", personal), () => make.notification(personal)),
      apiToken: () => take(key("apiToken", personal), () => make.apiToken(personal)),
      quota: () => take(`quota:${Object.values(quotaTarget)[0]}`, () => make.quota(spec)),
      territory: () => take(key("territory", partner), () => make.territory(partner)),
      user: () => take(key("user", users.org), () => make.user(users)),
      deactivatedUser: () => take(key("deactivatedUser", users.org), () => make.user(users, false)),
      invitedUser: () => take(key("invitedUser", users.org), () => make.invitedUser(users)),
      partner: () => take(key("partner", channelManager), () => make.partner(channelManager)),
      deactivatedPartner: () =>
        take(key("deactivatedPartner", channelManager), () => make.partner(channelManager, false)),
      // A link works once, for whoever holds it: own cells get a new one, foreign a used one.
      invitationToken: () =>
        which === "own" ? make.invitationToken() : once("usedInvitation", usedInvitation),
      passwordResetToken: () =>
        which === "own" ? make.passwordResetToken() : once("usedReset", usedReset),
    };
  }

  /** One side of a principal's cell: `fresh` when the cell is expected to succeed. */
  async function side(principal: Principal, which: Side, fresh: boolean): Promise<MatrixSide> {
    const spec = specOf(principal, which);
    const standing = recordsOf(spec, which, taker(false));
    const records = await work(spec.seller);
    return {
      portal: spec.portal,
      inviteRole: spec.inviteRole,
      partnerId: spec.partner.id,
      channelManagerId: spec.channelManager.id,
      territoryId: await standing.territory(),
      sellerId: spec.seller.id,
      userId: spec.users.standing.id,
      teammateId: w.peerSeller.id,
      ...records,
      activityId: await standing.activity(),
      taskId: await standing.task(),
      notificationId: await standing.notification(),
      apiTokenId: await standing.apiToken(),
      quotaId: await standing.quota(),
      quotaTarget: spec.quotaTarget,
      credentials: spec.credentials,
      take: recordsOf(spec, which, taker(fresh)),
    };
  }

  async function usedInvitation(): Promise<string> {
    const token = await make.invitationToken();
    await setUp(null, OPS.accept, { input: { token, password: `pw-${unique()}-long-enough` } });
    return token;
  }
  async function usedReset(): Promise<string> {
    const token = await make.passwordResetToken();
    await setUp(null, OPS.reset, { input: { token, password: `pw-${unique()}-long-enough` } });
    return token;
  }

  /** The credentials of the principals that are no signed-in user (none for the anonymous). */
  const signedOut: Record<Exclude<Principal, Role>, string | undefined> = {
    ANONYMOUS: undefined,
    DEACTIVATED_USER: deactivatedSession,
    REVOKED_TOKEN: revoked,
  };
  /** The bearer token a principal calls with: a role's user signs in once. */
  const token = async (principal: Principal) =>
    isRole(principal) ? app.tokenOf(principalUser[principal]) : signedOut[principal];
  /** A session of its own, for a cell that ends it (a dead credential stays the same). */
  const newSession = async (principal: Principal) =>
    isRole(principal)
      ? app.login(principalUser[principal].email, TEST_PASSWORD)
      : signedOut[principal];

  return { side, token, newSession };
}
export type MatrixFixture = Awaited<ReturnType<typeof createMatrixFixture>>;
