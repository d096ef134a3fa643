import { can, isRole, ROLES, type Role } from "@prm/domain";
import { PUBLIC, type RootFieldAccess } from "./access";

/**
 * The authorization matrix: for every root query and mutation, what each kind of caller gets
 * when it names a record in its scope ("own") and one just outside it ("foreign").
 * `test/authorization-matrix.int-spec.ts` runs every cell against the real server and fails on
 * a root field without a row here, or a row without a field.
 *
 * What the permissions already say is derived, not written: a role without the permission the
 * field requires (@Requires, see ROLE_PERMISSIONS) is FORBIDDEN; the anonymous caller, a
 * deactivated user's session and a revoked API token are UNAUTHENTICATED, unless the field is
 * @Public(). A row declares only what scoping decides: the outcome for the roles that hold the
 * permission, and the roles whose scope differs.
 */

/**
 * Who calls: nobody; each role (the vendor's admin, the first partner's channel manager, and the
 * first partner's sales operations, sales manager and seller); and two dead credentials — the
 * session of a vendor admin deactivated since, and a revoked API token of sales operations.
 */
export const PRINCIPALS = ["ANONYMOUS", ...ROLES, "DEACTIVATED_USER", "REVOKED_TOKEN"] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** Which record a cell names: one in the principal's scope, or one just outside it. */
export const SIDES = ["own", "foreign"] as const;
export type Side = (typeof SIDES)[number];

/**
 * What a cell answers. OK: an answer, showing the record the row targets; EMPTY: an answer
 * without it (a list without the foreign rows; zero, false or an empty list when nothing is
 * targeted); NULL: null, like an id that does not exist; else the error's code.
 */
export const OUTCOMES = [
  "OK",
  "EMPTY",
  "NULL",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The records one side of a cell names. "own": the first partner, and its seller who reports
 * to the sales manager (the seller principal themself). "foreign": for a seller a peer's
 * records, for the sales manager a seller outside their team, for everyone else the second
 * partner (which another channel manager manages) and its seller.
 */
export interface MatrixSide {
  /** The principal's own portal (own), or another one (foreign). */
  portal: Role;
  /** The role the principal may invite: one of their kind of organization. */
  inviteRole: Role;
  partnerId: string;
  /** The channel manager who manages the side's partner. */
  channelManagerId: string;
  territoryId: string;
  /** The seller whose work the records are: a submitted deal, an open opportunity and its account and contact. */
  sellerId: string;
  /** A user of the organization whose users the principal administers (own), or of another. */
  userId: string;
  /** A second seller of the first partner's team, to hand work to (the same on both sides). */
  teammateId: string;
  dealId: string;
  /** The customer domain of that deal. */
  customerDomain: string;
  opportunityId: string;
  accountId: string;
  contactId: string;
  /** An activity (a call) and a task by the principal when they log activities, else by the seller. */
  activityId: string;
  taskId: string;
  /** The principal's own notification and API token (own), or the seller's (foreign). */
  notificationId: string;
  apiTokenId: string;
  /** A quota the principal may set: a partner's for the vendor side, the seller's otherwise. */
  quotaId: string;
  quotaTarget: { partnerId: string } | { sellerId: string };
  /** Sign-in details: an active user's (own), the deactivated user's (foreign). */
  credentials: { email: string; password: string };
  /**
   * Records a cell may use up: made for the cell when it is expected to succeed (OK), the
   * standing one of the side otherwise (a refused cell changes nothing).
   */
  take: {
    draftDeal(): Promise<string>;
    submittedDeal(): Promise<string>;
    approvedDeal(): Promise<string>;
    openOpportunity(): Promise<{ id: string; version: number }>;
    closedOpportunity(): Promise<string>;
    activity(): Promise<string>;
    task(): Promise<string>;
    notification(): Promise<string>;
    apiToken(): Promise<string>;
    quota(): Promise<string>;
    territory(): Promise<string>;
    user(): Promise<string>;
    deactivatedUser(): Promise<string>;
    /** A user who has not accepted their invitation yet. */
    invitedUser(): Promise<string>;
    partner(): Promise<string>;
    deactivatedPartner(): Promise<string>;
    /** A one-time link's token: a new one (own), an already used one (foreign). */
    invitationToken(): Promise<string>;
    passwordResetToken(): Promise<string>;
  };
}

export type Variables = Record<string, unknown>;
type Outcomes = { own?: Outcome; foreign?: Outcome };

export interface MixedCell {
  variables: (own: MatrixSide, foreign: MatrixSide) => Variables | Promise<Variables>;
  /** The record a list must not show (or, for the roles given OK, must). */
  target?: (own: MatrixSide, foreign: MatrixSide) => string;
  outcome: Outcome;
  roles?: Partial<Record<Role, Outcome>>;
}

export interface MatrixRow {
  /** The operation, selecting only what shows whether it answered (ids). */
  document: string;
  /** Its variables, from the side's records. */
  variables?: (side: MatrixSide) => Variables | Promise<Variables>;
  /** The record a list must show (own) and must not show (foreign). */
  target?: (side: MatrixSide) => string;
  /**
   * The foreign cells' outcome for the roles that hold the permission (their own cells are OK).
   * Absent: the field names no record, so its foreign cells do not apply.
   */
  foreign?: Outcome;
  /** The roles (holding the permission) whose scope gives something else. */
  roles?: Partial<Record<Role, Outcomes>>;
  /** Public fields: what the anonymous caller, a deactivated user and a revoked token get. */
  signedOut?: Outcomes;
  /** Each cell runs on a session of its own (it ends the session). */
  endsSession?: true;
  /**
   * Further foreign cells, by what they try: a foreign id in an otherwise own request (handing
   * an own opportunity to someone out of scope, a foreign contact on an own activity, a list
   * filtered by a foreign id…), and their outcome for the roles that hold the permission.
   */
  mixed?: Record<string, MixedCell>;
  /**
   * The same variables naming nothing that exists, which a refused foreign cell must answer
   * alike (it must not tell that the record exists); by default every id is made up.
   */
  nothing?: (variables: Variables) => Variables;
}

const PERIOD = { preset: "CUSTOM", from: "2026-01-01", to: "2030-12-31" };
const unique = () => Math.random().toString(36).slice(2, 10);

/** The vendor admin oversees every partner: the second one is in scope too. */
const ADMIN_SEES_ALL: MatrixRow["roles"] = { VENDOR_ADMIN: { foreign: "OK" } };

const mutationOn = (field: string, inputType: string, selection = "{ id }") =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) ${selection} }`;

/**
 * Redeeming a one-time link (it signs in): whoever holds the link, signed in or not, once; a
 * used link is BAD_USER_INPUT.
 */
const linkRedemption = (
  field: string,
  inputType: string,
  token: (side: MatrixSide) => Promise<string>,
): MatrixRow => ({
  document: mutationOn(field, inputType, "{ token }"),
  variables: async (s) => ({
    input: { token: await token(s), password: `pw-${unique()}-long-enough` },
  }),
  foreign: "BAD_USER_INPUT",
  signedOut: { own: "OK", foreign: "BAD_USER_INPUT" },
});

/** A mutation of one record by id: a foreign one is NOT_FOUND, as one that does not exist. */
const mutationOfRecord = (
  field: string,
  record: (side: MatrixSide) => Promise<string>,
  selection = "{ id }",
): MatrixRow => ({
  document: `mutation ($id: ID!) { ${field}(id: $id) ${selection} }`,
  variables: async (s) => ({ id: await record(s) }),
  foreign: "NOT_FOUND",
});

/** A list of the caller's scope: it shows the own side's record, and not the foreign one. */
const scopedList = (
  document: string,
  target: (side: MatrixSide) => string,
  roles: MatrixRow["roles"] = ADMIN_SEES_ALL,
): MatrixRow => ({ document, target, foreign: "EMPTY", roles });

/** A scoped list filtered by a foreign id: the foreign record stays out of it all the same. */
const filteredList = (
  field: string,
  filterType: string,
  filter: (foreign: MatrixSide) => Variables,
  target: (side: MatrixSide) => string,
): MatrixRow => ({
  ...scopedList(
    `query ($filter: ${filterType}) { ${field}(first: 100, filter: $filter) { edges { node { id } } } }`,
    target,
  ),
  mixed: {
    "filtered by a foreign id": {
      variables: (_own, foreign) => ({ filter: filter(foreign) }),
      target: (_own, foreign) => target(foreign),
      outcome: "EMPTY",
      roles: { VENDOR_ADMIN: "OK" },
    },
  },
});

/** A lookup by id: a foreign id answers null, as one that does not exist does. */
const scopedLookup = (field: string, id: (side: MatrixSide) => string): MatrixRow => ({
  document: `query ($id: ID!) { ${field}(id: $id) { id } }`,
  variables: (s) => ({ id: id(s) }),
  foreign: "NULL",
  roles: ADMIN_SEES_ALL,
});

/** A figure per partner the vendor side oversees: a channel manager's list lacks the others. */
const perOverseenPartner = (field: string, args: string, rows: string): MatrixRow => ({
  document: `query ($period: PeriodInput!) { ${field}(period: $period${args}) ${rows} }`,
  variables: () => ({ period: PERIOD }),
  target: (s) => s.partnerId,
  foreign: "EMPTY",
  roles: ADMIN_SEES_ALL,
});

/** A figure per person of a team: a partner's (vendor side, by partnerId), or the caller's own. */
const perTeamMember = (field: string): MatrixRow => ({
  document: `query ($partnerId: ID, $period: PeriodInput!) {
    ${field}(partnerId: $partnerId, period: $period) { seller { id } } }`,
  variables: (s) => ({ partnerId: s.partnerId, period: PERIOD }),
  target: (s) => s.sellerId,
  foreign: "EMPTY",
  roles: ADMIN_SEES_ALL,
});

/** Approving, returning or rejecting a submitted deal: the vendor side, on the deals it sees. */
const dealDecision = (field: string, input: string): MatrixRow => ({
  document: mutationOn(field, input),
  variables: async (s) => ({ input: { id: await s.take.submittedDeal(), reason: "Matrix" } }),
  foreign: "NOT_FOUND",
  roles: ADMIN_SEES_ALL,
});

/** Every root field's row, by "Query.field" / "Mutation.field". */
export const AUTHORIZATION_MATRIX: Readonly<Record<string, MatrixRow>> = {
  // --- Session and the caller's own things ---------------------------------------------------
  "Query.me": { document: `{ me { id } }`, signedOut: { own: "NULL" } },
  "Mutation.login": {
    document: mutationOn("login", "LoginInput", "{ token }"),
    variables: (s) => ({ input: s.credentials }),
    // A deactivated user's sign-in is refused like an unknown email's.
    foreign: "UNAUTHENTICATED",
    signedOut: { own: "OK", foreign: "UNAUTHENTICATED" },
    nothing: () => ({ input: { email: `nobody-${unique()}@example.test`, password: "x" } }),
  },
  "Mutation.logout": {
    document: `mutation { logout }`,
    endsSession: true,
    signedOut: { own: "EMPTY" },
  },
  "Mutation.acceptInvitation": linkRedemption("acceptInvitation", "AcceptInvitationInput", (s) =>
    s.take.invitationToken(),
  ),
  "Mutation.resetPassword": linkRedemption("resetPassword", "ResetPasswordInput", (s) =>
    s.take.passwordResetToken(),
  ),
  "Query.apiTokens": scopedList(`{ apiTokens { id } }`, (s) => s.apiTokenId, {}),
  "Mutation.createApiToken": {
    document: mutationOn("createApiToken", "CreateApiTokenInput", "{ token }"),
    variables: () => ({ input: { name: `matrix ${unique()}` } }),
  },
  "Mutation.revokeApiToken": {
    document: mutationOn("revokeApiToken", "RevokeApiTokenInput"),
    variables: async (s) => ({ input: { id: await s.take.apiToken() } }),
    foreign: "NOT_FOUND",
  },
  "Query.notifications": scopedList(
    `{ notifications(first: 100) { edges { node { id } } } }`,
    (s) => s.notificationId,
    {},
  ),
  "Query.unreadNotificationCount": { document: `{ unreadNotificationCount }` },
  "Mutation.markNotificationsRead": {
    document: mutationOn("markNotificationsRead", "MarkNotificationsReadInput", ""),
    variables: async (s) => ({ input: { ids: [await s.take.notification()] } }),
    foreign: "EMPTY",
  },
  // Dashboards: one's own portal only; another portal is FORBIDDEN whatever the role.
  "Query.dashboard": {
    document: `query ($portal: Portal!) { dashboard(portal: $portal) { portal } }`,
    variables: (s) => ({ portal: s.portal }),
    foreign: "FORBIDDEN",
  },
  "Mutation.saveDashboard": {
    document: mutationOn("saveDashboard", "SaveDashboardInput", "{ portal }"),
    variables: (s) => ({ input: { portal: s.portal, widgets: [] } }),
    foreign: "FORBIDDEN",
  },
  "Mutation.resetDashboard": {
    document: `mutation ($portal: Portal!) { resetDashboard(portal: $portal) { portal } }`,
    variables: (s) => ({ portal: s.portal }),
    foreign: "FORBIDDEN",
  },
  "Query.widgetCatalog": { document: `{ widgetCatalog { id } }` },

  // --- Deal registrations ------------------------------------------------------------------------
  "Query.deals": filteredList(
    "deals",
    "DealFilter",
    (foreign) => ({ ownerId: foreign.sellerId }),
    (s) => s.dealId,
  ),
  "Query.deal": scopedLookup("deal", (s) => s.dealId),
  "Query.dealStatusCounts": {
    document: `query ($period: PeriodInput) { dealStatusCounts(period: $period) { count } }`,
    variables: () => ({ period: PERIOD }),
  },
  "Query.checkDealConflicts": {
    // Whether someone claims the customer is the answer, whoever it is (partner users learn
    // only whether and until when): foreign customers answer too.
    document: `query ($input: CheckDealConflictsInput!) { checkDealConflicts(input: $input) { claimed } }`,
    variables: (s) => ({ input: { customerDomain: s.customerDomain } }),
    foreign: "OK",
  },
  "Query.approvalTime": {
    document: `query ($period: PeriodInput) { approvalTime(period: $period) { decidedCount } }`,
    variables: () => ({ period: PERIOD }),
  },
  "Mutation.registerDeal": {
    document: mutationOn("registerDeal", "RegisterDealInput"),
    variables: (s) => ({
      input: {
        customerName: `Matrix ${unique()}`,
        customerDomain: `matrix-${unique()}.example`,
        estimatedAmount: "1000.00",
        expectedCloseDate: "2030-06-30",
        territoryId: s.territoryId,
      },
    }),
    // Another organization's territory is refused as if it did not exist.
    foreign: "BAD_USER_INPUT",
  },
  "Mutation.updateDeal": {
    document: mutationOn("updateDeal", "UpdateDealInput"),
    variables: async (s) => ({
      input: { id: await s.take.draftDeal(), description: "Edited by the matrix" },
    }),
    foreign: "NOT_FOUND",
  },
  "Mutation.submitDeal": mutationOfRecord("submitDeal", (s) => s.take.draftDeal()),

  "Mutation.withdrawDeal": mutationOfRecord("withdrawDeal", (s) => s.take.draftDeal()),

  "Mutation.approveDeal": {
    document: mutationOn("approveDeal", "ApproveDealInput"),
    variables: async (s) => ({ input: { id: await s.take.submittedDeal() } }),
    foreign: "NOT_FOUND",
    roles: ADMIN_SEES_ALL,
  },
  "Mutation.returnDeal": dealDecision("returnDeal", "DecideDealInput"),
  "Mutation.rejectDeal": dealDecision("rejectDeal", "DecideDealInput"),
  "Mutation.extendDealProtection": {
    document: mutationOn("extendDealProtection", "ExtendDealProtectionInput"),
    variables: async (s) => ({
      input: { id: await s.take.approvedDeal(), days: 30, reason: "Matrix" },
    }),
    foreign: "NOT_FOUND",
    roles: ADMIN_SEES_ALL,
  },

  // --- Opportunities, accounts, contacts, activities -------------------------------------------
  "Query.opportunities": filteredList(
    "opportunities",
    "OpportunityFilter",
    (foreign) => ({ accountId: foreign.accountId }),
    (s) => s.opportunityId,
  ),
  "Query.opportunity": scopedLookup("opportunity", (s) => s.opportunityId),
  "Query.opportunityBoard": scopedList(
    `{ opportunityBoard(perStage: 100) { columns { opportunities { id } } } }`,
    (s) => s.opportunityId,
  ),
  "Mutation.updateOpportunity": {
    document: mutationOn("updateOpportunity", "UpdateOpportunityInput"),
    variables: async (s) => ({
      input: { ...(await s.take.openOpportunity()), nextStep: "Matrix" },
    }),
    foreign: "NOT_FOUND",
  },
  "Mutation.moveOpportunityStage": {
    document: mutationOn("moveOpportunityStage", "MoveOpportunityStageInput"),
    variables: async (s) => ({
      input: { id: (await s.take.openOpportunity()).id, stage: "PROPOSAL" },
    }),
    foreign: "NOT_FOUND",
  },
  "Mutation.reassignOpportunity": {
    document: mutationOn("reassignOpportunity", "ReassignOpportunityInput"),
    variables: async (s) => ({
      input: { id: (await s.take.openOpportunity()).id, ownerId: s.teammateId },
    }),
    foreign: "NOT_FOUND",
    mixed: {
      "to someone out of scope": {
        variables: async (own, foreign) => ({
          input: { id: (await own.take.openOpportunity()).id, ownerId: foreign.sellerId },
        }),
        outcome: "BAD_USER_INPUT",
      },
    },
  },
  "Mutation.reopenOpportunity": {
    document: mutationOn("reopenOpportunity", "ReopenOpportunityInput"),
    variables: async (s) => ({
      input: { id: await s.take.closedOpportunity(), stage: "PROPOSAL", reason: "Matrix" },
    }),
    foreign: "NOT_FOUND",
  },
  "Query.accounts": scopedList(
    `{ accounts(first: 100) { edges { node { id } } } }`,
    (s) => s.accountId,
  ),
  "Query.account": scopedLookup("account", (s) => s.accountId),
  "Mutation.createContact": {
    document: mutationOn("createContact", "CreateContactInput"),
    variables: (s) => ({ input: { accountId: s.accountId, name: `Contact ${unique()}` } }),
    foreign: "NOT_FOUND",
  },
  "Mutation.updateContact": {
    document: mutationOn("updateContact", "UpdateContactInput"),
    variables: (s) => ({ input: { id: s.contactId, title: "Matrix" } }),
    foreign: "NOT_FOUND",
  },
  "Query.activities": filteredList(
    "activities",
    "ActivityFilter",
    (foreign) => ({ opportunityId: foreign.opportunityId }),
    (s) => s.activityId,
  ),
  "Mutation.logActivity": {
    document: mutationOn("logActivity", "LogActivityInput"),
    variables: (s) => ({
      input: { type: "CALL", subject: "Matrix call", opportunityId: s.opportunityId },
    }),
    foreign: "NOT_FOUND",
    mixed: {
      "with a foreign contact": {
        variables: (own, foreign) => ({
          input: {
            type: "CALL",
            subject: "Matrix call",
            opportunityId: own.opportunityId,
            contactId: foreign.contactId,
          },
        }),
        outcome: "BAD_USER_INPUT",
      },
    },
  },
  "Mutation.updateActivity": {
    document: mutationOn("updateActivity", "UpdateActivityInput"),
    variables: (s) => ({ input: { id: s.activityId, body: "Edited by the matrix" } }),
    foreign: "NOT_FOUND",
  },
  "Mutation.completeActivity": mutationOfRecord("completeActivity", (s) => s.take.task()),

  "Mutation.deleteActivity": mutationOfRecord("deleteActivity", (s) => s.take.activity()),

  // --- Figures -----------------------------------------------------------------------------------
  "Query.salesMetrics": {
    document: `query ($input: SalesMetricsInput!) { salesMetrics(input: $input) { seller { id } } }`,
    variables: (s) => ({ input: { period: PERIOD, sellerId: s.sellerId } }),
    foreign: "NOT_FOUND",
  },
  "Query.teamPerformance": perTeamMember("teamPerformance"),
  "Query.teamActivity": perTeamMember("teamActivity"),
  "Query.partner": {
    document: `query ($id: ID!, $period: PeriodInput!) { partner(id: $id, period: $period) { partner { id } } }`,
    variables: (s) => ({ id: s.partnerId, period: PERIOD }),
    foreign: "NOT_FOUND",
    roles: ADMIN_SEES_ALL,
  },
  "Query.partnerLeaderboard": perOverseenPartner(
    "partnerLeaderboard",
    ", limit: 100",
    "{ partner { id } }",
  ),
  "Query.partnerPerformance": perOverseenPartner(
    "partnerPerformance",
    ", first: 100",
    "{ edges { node { partner { id } } } }",
  ),
  "Query.partnerWinLoss": perOverseenPartner("partnerWinLoss", "", "{ partner { id } }"),
  "Query.pipelineByPartner": perOverseenPartner(
    "pipelineByPartner",
    ", limit: 100",
    "{ partner { id } }",
  ),
  "Query.quotas": scopedList(`{ quotas(first: 100) { edges { node { id } } } }`, (s) => s.quotaId),
  "Mutation.setQuota": {
    document: mutationOn("setQuota", "SetQuotaInput"),
    variables: (s) => ({
      input: {
        ...s.quotaTarget,
        amount: "1000.00",
        periodKind: "YEAR",
        periodStart: `${2001 + Math.floor(Math.random() * 49)}-01-01`,
      },
    }),
    foreign: "NOT_FOUND",
    roles: ADMIN_SEES_ALL,
  },
  "Mutation.deleteQuota": {
    ...mutationOfRecord("deleteQuota", (s) => s.take.quota(), ""),
    roles: ADMIN_SEES_ALL,
  },

  // --- Partners (vendor side) ---------------------------------------------------------------------
  "Query.partners": scopedList(
    `{ partners(first: 100) { edges { node { id } } } }`,
    (s) => s.partnerId,
  ),
  "Mutation.onboardPartner": {
    document: mutationOn("onboardPartner", "OnboardPartnerInput", "{ partner { id } }"),
    variables: (s) => {
      const name = unique();
      return {
        input: {
          name: `Partner ${name}`,
          domain: `partner-${name}.example`,
          tier: "GOLD",
          channelManagerId: s.channelManagerId,
          firstSalesOps: { name: `Ops ${name}`, email: `ops-${name}@example.test` },
        },
      };
    },
  },
  // Only the vendor admin manages partners, and every partner: foreign ones too.
  "Mutation.updatePartner": {
    document: mutationOn("updatePartner", "UpdatePartnerInput"),
    variables: async (s) => ({ input: { id: await s.take.partner(), tier: "SILVER" } }),
    foreign: "OK",
  },
  "Mutation.assignChannelManager": {
    document: mutationOn("assignChannelManager", "AssignChannelManagerInput"),
    variables: async (s) => ({
      input: { partnerId: await s.take.partner(), channelManagerId: s.channelManagerId },
    }),
    foreign: "OK",
  },
  "Mutation.deactivatePartner": {
    ...mutationOfRecord("deactivatePartner", (s) => s.take.partner()),
    foreign: "OK",
  },

  "Mutation.reactivatePartner": {
    ...mutationOfRecord("reactivatePartner", (s) => s.take.deactivatedPartner()),
    foreign: "OK",
  },

  // --- Territories -------------------------------------------------------------------------------
  "Query.territories": {
    document: `query ($id: ID) { territories(organizationId: $id) { id } }`,
    variables: (s) => ({ id: s.partnerId }),
    target: (s) => s.territoryId,
    foreign: "EMPTY",
    roles: ADMIN_SEES_ALL,
  },
  "Mutation.createTerritory": {
    document: mutationOn("createTerritory", "CreateTerritoryInput"),
    variables: (s) => ({ input: { name: `Territory ${unique()}`, parentId: s.territoryId } }),
    foreign: "BAD_USER_INPUT",
  },
  "Mutation.updateTerritory": {
    document: mutationOn("updateTerritory", "UpdateTerritoryInput"),
    variables: async (s) => ({
      input: { id: await s.take.territory(), name: `Territory ${unique()}` },
    }),
    foreign: "NOT_FOUND",
    mixed: {
      "under a foreign territory": {
        variables: async (own, foreign) => ({
          input: { id: await own.take.territory(), parentId: foreign.territoryId },
        }),
        outcome: "BAD_USER_INPUT",
      },
    },
  },
  "Mutation.setTerritoryUsers": {
    document: mutationOn("setTerritoryUsers", "SetTerritoryUsersInput"),
    variables: async (s) => ({
      input: { territoryId: await s.take.territory(), userIds: [s.teammateId] },
    }),
    foreign: "NOT_FOUND",
    mixed: {
      "assigning a foreign user": {
        variables: async (own, foreign) => ({
          input: { territoryId: await own.take.territory(), userIds: [foreign.sellerId] },
        }),
        outcome: "BAD_USER_INPUT",
      },
    },
  },
  "Mutation.deleteTerritory": mutationOfRecord("deleteTerritory", (s) => s.take.territory(), ""),

  // --- Users -------------------------------------------------------------------------------------
  "Query.users": filteredList(
    "users",
    "UsersFilter",
    (foreign) => ({ organizationId: foreign.partnerId }),
    (s) => s.sellerId,
  ),
  "Query.user": scopedLookup("user", (s) => s.sellerId),
  "Query.operatorsSummary": { document: `{ operatorsSummary { deactivated } }` },
  "Mutation.inviteUser": {
    document: mutationOn("inviteUser", "InviteUserInput", "{ user { id } }"),
    variables: (s) => ({
      input: { email: `invited-${unique()}@example.test`, name: "Invited", role: s.inviteRole },
    }),
  },
  "Mutation.renewInvitation": {
    document: `mutation ($userId: ID!) { renewInvitation(userId: $userId) { user { id } } }`,
    variables: async (s) => ({ userId: await s.take.invitedUser() }),
    foreign: "NOT_FOUND",
    roles: ADMIN_SEES_ALL,
  },
  "Mutation.createPasswordResetLink": {
    document: `mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { user { id } } }`,
    variables: (s) => ({ userId: s.userId }),
    foreign: "NOT_FOUND",
  },
  "Mutation.updateUser": {
    document: mutationOn("updateUser", "UpdateUserInput"),
    variables: (s) => ({ input: { id: s.userId, name: `User ${unique()}` } }),
    foreign: "NOT_FOUND",
    mixed: {
      "reporting to a foreign manager": {
        variables: (own, foreign) => ({ input: { id: own.userId, managerId: foreign.sellerId } }),
        outcome: "BAD_USER_INPUT",
      },
      "in a foreign territory": {
        variables: (own, foreign) => ({
          input: { id: own.userId, territoryIds: [foreign.territoryId] },
        }),
        outcome: "BAD_USER_INPUT",
      },
    },
  },
  "Mutation.deactivateUser": {
    document: mutationOn("deactivateUser", "DeactivateUserInput"),
    variables: async (s) => ({ input: { id: await s.take.user() } }),
    foreign: "NOT_FOUND",
  },
  "Mutation.reactivateUser": mutationOfRecord("reactivateUser", (s) => s.take.deactivatedUser()),
};

/**
 * The outcome a cell must have, or undefined when it does not apply (the foreign side of a
 * field that names no record). A mixed cell counts as foreign. `access` is the field's declared access (@Requires / @Public).
 */
export function expectedOutcome(
  row: MatrixRow,
  access: RootFieldAccess,
  principal: Principal,
  side: Side,
  mixed?: MixedCell,
): Outcome | undefined {
  if (side === "foreign" && row.foreign === undefined && !mixed) return undefined;
  if (!isRole(principal)) {
    if (access !== PUBLIC) return "UNAUTHENTICATED";
    return row.signedOut?.[side] ?? row.signedOut?.own ?? "OK";
  }
  if (access !== PUBLIC && !can(principal, access)) return "FORBIDDEN";
  if (mixed) return mixed.roles?.[principal] ?? mixed.outcome;
  return row.roles?.[principal]?.[side] ?? (side === "own" ? "OK" : row.foreign);
}
