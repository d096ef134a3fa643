import {
  ACTIVITY_TYPES,
  CLOSED_STAGES,
  DEFAULT_PROTECTION_DAYS,
  OPEN_STAGES,
  OPPORTUNITY_STAGES,
  STAGE_PROBABILITY,
  dealNotificationTitle,
  nextStatus,
  type DealAction,
  type DealNotificationType,
  type DealStatus,
} from "@prm/domain";
import { sqlIn } from "../sql";
import { fixedId, ID_KINDS } from "./constants";
import type { SeedSql } from "./runner";
import {
  sqlAmount,
  sqlDays,
  sqlFixedId,
  sqlFixedIdNumber,
  sqlLookup,
  sqlPick,
  sqlRandom,
  sqlRandomColumns,
  sqlTextArray,
  sqlUtcDate,
  sqlWeighted,
} from "./sql-fragments";
import { inBatches, type SeedStep } from "./steps";
import {
  ACTIVITY_MIX,
  ACTIVITY_SUBJECTS,
  APPROVAL_NOTES,
  DEAL_DESCRIPTIONS,
  DEAL_OUTCOME_MIX,
  LOSSES,
  NOTE_BODIES,
  PRODUCTS,
  REJECT_REASONS,
  RETURN_REASONS,
  STAGE_MIX,
  STALE_STAGE_MIX,
  TIER_VOLUME,
} from "./vocabulary";
import { isoDate, type SeedWindow } from "./window";

/**
 * Deal registrations and everything that follows from them (opportunities, their stage history,
 * activities, the audit trail, notifications, quotas), generated set-based in SQL from the
 * partners, users, territories, accounts and contacts already inserted. The demo and the large
 * dataset both use it; only the scale differs.
 */
export interface SalesScale {
  deals: number;
  /** Opportunities in all: one per approved (or since expired) deal, the rest without one. */
  opportunities: number;
  /** Rows per INSERT … SELECT statement. */
  batchSize: number;
}

/** Share of deals and opportunities owned by a sales manager rather than a seller. */
const MANAGER_OWNED = 0.15;
/** Submitted registrations wait up to this many days: some within the SLA, most beyond it. */
const QUEUE_DAYS = 10;
/** Audit events this recent also notify the other side. */
const NOTIFY_DAYS = 7;
/** Quotas are sized so that won / quota lands between 40% and 130%. */
const ATTAINMENT = { min: 0.4, spread: 0.9 };
const MIN_QUOTA = { partner: 10_000, seller: 5_000 };

const CLOSED = `(${sqlIn(CLOSED_STAGES)})`;
const OPEN_STAGE_ARRAY = sqlTextArray(OPEN_STAGES);
const PROBABILITY = (stage: string) => sqlLookup(stage, STAGE_PROBABILITY);

export function salesSteps(sql: SeedSql, window: SeedWindow, scale: SalesScale): SeedStep[] {
  const dealNumbers = { from: 1, to: scale.deals };
  const opportunityNumbers = { from: 1, to: scale.opportunities };
  return [
    {
      table: "deals",
      async run(progress) {
        await createLookups(sql, window);
        await planDeals(sql, scale.deals);
        const deals = await inBatches(dealNumbers, scale.batchSize, progress, (lo, hi) =>
          sql.run(DEALS, [lo, hi]),
        );
        // Deals registered through the API continue the numbering.
        await sql.run(
          `SELECT setval(pg_get_serial_sequence('deals', 'number'), max(number)) FROM deals`,
        );
        return deals;
      },
    },
    {
      table: "opportunities",
      run: (progress) => insertOpportunities(sql, scale, progress),
    },
    {
      table: "activities",
      run: (progress) => insertActivities(sql, opportunityNumbers, scale.batchSize, progress),
    },
    {
      table: "opportunity_stage_changes",
      run: (progress) =>
        inBatches(opportunityNumbers, scale.batchSize, progress, (lo, hi) =>
          sql.run(STAGE_CHANGES, opportunityIdRange(lo, hi)),
        ),
    },
    {
      table: "audit_events",
      run: (progress) =>
        inBatches(dealNumbers, scale.batchSize, progress, (lo, hi) =>
          sql.run(AUDIT_EVENTS, [lo, hi]),
        ),
    },
    { table: "notifications", run: () => insertNotifications(sql) },
    { table: "quotas", run: () => sql.run(QUOTAS) },
  ];
}

const opportunityIdRange = (lo: number, hi: number) => [
  fixedId(ID_KINDS.opportunity, lo),
  fixedId(ID_KINDS.opportunity, hi),
];

/**
 * Session-local lookup tables the generators join: partners with their sellers, managers and
 * accounts; partner "slots" weighted by tier, so that drawing a slot uniformly favours bigger
 * partners; each user's territory; each account's contacts; and the seed's clock.
 */
async function createLookups(sql: SeedSql, window: SeedWindow): Promise<void> {
  const usersOf = (role: string) =>
    `ARRAY(SELECT u.id FROM users u
            WHERE u.organization_id = o.id AND u.role = '${role}' AND u.active ORDER BY u.id)`;
  await sql.run(`
    CREATE TEMP TABLE seed_partner ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY p.id))::int AS ord, p.*
      FROM (SELECT o.id, o.tier, o.channel_manager_id AS cm_id,
                   ${usersOf("PARTNER_SELLER")} AS sellers,
                   ${usersOf("PARTNER_SALES_MANAGER")} AS managers,
                   coalesce(a.accounts, '{}') AS accounts
              FROM organizations o
              -- Grouped rather than looked up per partner: the large seed builds the accounts'
              -- indexes last, once their counts are in (large.ts).
              LEFT JOIN (SELECT partner_id, array_agg(id ORDER BY id) AS accounts FROM accounts
                          WHERE normalized_domain IS NOT NULL GROUP BY partner_id) a
                     ON a.partner_id = o.id
             WHERE o.kind = 'PARTNER') p
     WHERE cardinality(p.sellers) > 0 AND cardinality(p.accounts) > 0`);
  await sql.run(`
    CREATE TEMP TABLE seed_partner_slot ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY p.ord, w) - 1)::int AS slot, p.ord
      FROM seed_partner p
     CROSS JOIN LATERAL generate_series(1, ${sqlLookup("p.tier", TIER_VOLUME)}) AS w`);
  // A seller's own territory is the most specific one assigned: a country over its region.
  await sql.run(`
    CREATE TEMP TABLE seed_owner_territory ON COMMIT DROP AS
    SELECT DISTINCT ON (ut.user_id) ut.user_id, ut.territory_id
      FROM user_territories ut JOIN territories t ON t.id = ut.territory_id
     ORDER BY ut.user_id, t.parent_id IS NULL, t.id`);
  await sql.run(`
    CREATE TEMP TABLE seed_contact ON COMMIT DROP AS
    SELECT c.account_id, c.id, c.name, c.email,
           (row_number() OVER (PARTITION BY c.account_id ORDER BY c.id))::int AS slot,
           (count(*) OVER (PARTITION BY c.account_id))::int AS of_account
      FROM contacts c`);
  await sql.run(`CREATE INDEX ON seed_contact (account_id, slot)`);
  await sql.run(`
    CREATE TEMP TABLE seed_context (
      now timestamptz NOT NULL, window_from timestamptz NOT NULL, slot_count int NOT NULL
    ) ON COMMIT DROP`);
  await sql.run(`INSERT INTO seed_context SELECT $1, $2, count(*) FROM seed_partner_slot`, [
    window.now,
    window.from,
  ]);
  await sql.run(
    `CREATE TEMP TABLE seed_quarter (period_start date NOT NULL, period_end date NOT NULL) ON COMMIT DROP`,
  );
  await sql.run(`INSERT INTO seed_quarter SELECT * FROM unnest($1::date[], $2::date[])`, [
    window.quarters.map((q) => isoDate(q.from)),
    window.quarters.map((q) => isoDate(q.to)),
  ]);
  await sql.run(
    `ANALYZE seed_partner, seed_partner_slot, seed_owner_territory, seed_contact, seed_context, seed_quarter`,
  );
}

/**
 * The CTE step after `drawn` (which carries r_partner, r_role, r_owner, r_account and
 * slot_count): a partner by tier volume, an owner among its sellers (sometimes a manager) and
 * one of its accounts.
 */
const PICK_PARTNER_OWNER_ACCOUNT = `
  SELECT d.*, p.id AS partner_id, p.cm_id,
    CASE WHEN d.r_role < ${MANAGER_OWNED} AND cardinality(p.managers) > 0
         THEN ${sqlPick("p.managers", "d.r_owner")}
         ELSE ${sqlPick("p.sellers", "d.r_owner")} END AS owner_id,
    ${sqlPick("p.accounts", "d.r_account")} AS account_id
  FROM drawn d
  JOIN seed_partner_slot s ON s.slot = floor(d.r_partner * d.slot_count)::int
  JOIN seed_partner p ON p.ord = s.ord`;

const PICK_RANDOMS = ["partner", "role", "owner", "account"] as const;

/** 1 to 3 consecutive products from the price list (wrapping around). */
function sqlProducts(startRandom: string, countRandom: string): string {
  const doubled = sqlTextArray([...PRODUCTS, ...PRODUCTS]);
  const start = `floor(${startRandom} * ${PRODUCTS.length})::int`;
  return `(${doubled})[(1 + ${start}):(${start} + 1 + floor(${countRandom} * 3)::int)]`;
}

const opportunityName = (customer: string, product: string) => `${customer} || ' — ' || ${product}`;

/** Transitions in the order a deal goes through them, checked against the domain's state machine. */
function transition(from: DealStatus, action: DealAction) {
  const to = nextStatus(from, action);
  if (!to) throw new Error(`Seed data uses an illegal deal transition: ${action} from ${from}`);
  return { action, from, to };
}
const SUBMIT = transition("DRAFT", "SUBMIT");
const APPROVE = transition("SUBMITTED", "APPROVE");
const RETURN = transition("SUBMITTED", "RETURN");
const REJECT = transition("SUBMITTED", "REJECT");
const WITHDRAW = transition("SUBMITTED", "WITHDRAW");
const EXPIRE = transition("APPROVED", "EXPIRE");

/** Transitions each final status went through, which is also its `version - 1`. */
const DEAL_VERSION: Readonly<Record<DealStatus, number>> = {
  DRAFT: 1,
  SUBMITTED: 2,
  RETURNED: 3,
  REJECTED: 3,
  APPROVED: 3,
  WITHDRAWN: 3,
  EXPIRED: 4,
};

/**
 * Plans `count` deals in a session table before inserting any, so that deal numbers can follow
 * creation time. Each draws an outcome, then dates that fit it: drafts from the last month,
 * submitted ones from the approval queue's last QUEUE_DAYS, decided ones across the window.
 * An approved deal whose protection has lapsed stays APPROVED when its opportunity was won
 * (see OPPORTUNITIES_FROM_DEALS) and is EXPIRED otherwise.
 */
function dealPlanSql(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`Invalid deal count ${count}`);
  return `
CREATE TEMP TABLE seed_deal ON COMMIT DROP AS
WITH drawn AS MATERIALIZED (
  SELECT g.i, ctx.now, ctx.window_from, ctx.slot_count,
    ${sqlRandomColumns("g.i", 100, [...PICK_RANDOMS, "outcome", "when", "draft", "decision", "won", "close", "amount", "product", "products", "note", "description"])}
  FROM generate_series(1, ${count}) AS g(i) CROSS JOIN seed_context ctx
), picked AS (${PICK_PARTNER_OWNER_ACCOUNT}
), outcome AS (
  SELECT p.*, ${sqlWeighted(DEAL_OUTCOME_MIX, "p.r_outcome")} AS outcome FROM picked p
), submitted AS (
  SELECT o.*, CASE o.outcome
      WHEN 'DRAFT' THEN NULL
      WHEN 'SUBMITTED' THEN o.now - ${sqlDays(`0.05 + ${QUEUE_DAYS - 0.05} * o.r_when`)}
      WHEN 'RETURNED' THEN o.now - ${sqlDays("2 + 40 * o.r_when")}
      ELSE o.window_from + ${sqlDays(3)} + (o.now - o.window_from - ${sqlDays(6)}) * o.r_when
    END AS submitted_at
  FROM outcome o
), decided AS (
  SELECT s.*,
    CASE WHEN s.outcome IN ('RETURNED', 'REJECTED', 'APPROVED')
         THEN s.submitted_at + ${sqlDays("0.1 + 1.8 * s.r_decision")} END AS decided_at,
    CASE WHEN s.outcome = 'WITHDRAWN'
         THEN s.submitted_at + ${sqlDays("0.5 + 2 * s.r_decision")} END AS withdrawn_at
  FROM submitted s
), settled AS (
  SELECT d.*,
    d.decided_at + ${sqlDays(DEFAULT_PROTECTION_DAYS)} AS protection_ends,
    CASE WHEN d.outcome <> 'APPROVED' THEN d.outcome
         WHEN d.decided_at + ${sqlDays(DEFAULT_PROTECTION_DAYS)} > d.now OR d.r_won < 0.5 THEN 'APPROVED'
         ELSE 'EXPIRED' END AS status,
    CASE WHEN d.outcome = 'DRAFT' THEN d.now - ${sqlDays("0.2 + 29.8 * d.r_when")}
         ELSE d.submitted_at - ${sqlDays("3 * d.r_draft")} END AS created_at
  FROM decided d
)
SELECT (row_number() OVER (ORDER BY s.created_at, s.i))::int AS number, s.* FROM settled s`;
}

async function planDeals(sql: SeedSql, count: number): Promise<void> {
  await sql.run(dealPlanSql(count));
  await sql.run(`CREATE INDEX ON seed_deal (number)`);
  await sql.run(`ANALYZE seed_deal`);
}

/** Deals numbered $1..$2 of the plan, with their customer, contact and territory. */
const DEALS = `
INSERT INTO deals (id, number, partner_id, owner_id, account_id, status, customer_name,
  customer_domain, normalized_name, normalized_domain, contact_name, contact_email,
  estimated_amount, expected_close_date, products, territory_id, description, submitted_at,
  decided_at, decided_by_id, decision_note, protection_expires_at, version, created_at, updated_at)
SELECT ${sqlFixedId(ID_KINDS.deal, "s.number")}, s.number, s.partner_id, s.owner_id, s.account_id,
  s.status, a.name, a.domain, a.normalized_name, a.normalized_domain, c.name, c.email,
  ${sqlAmount("s.r_amount")},
  ${sqlUtcDate(`CASE WHEN s.decided_at IS NULL AND s.withdrawn_at IS NULL
                     THEN s.now + ${sqlDays("20 + 160 * s.r_close")}
                     ELSE s.submitted_at + ${sqlDays("30 + 120 * s.r_close")} END`)},
  ${sqlProducts("s.r_product", "s.r_products")},
  t.territory_id,
  ${sqlPick(sqlTextArray(DEAL_DESCRIPTIONS), "s.r_description")},
  s.submitted_at, s.decided_at, CASE WHEN s.decided_at IS NOT NULL THEN s.cm_id END,
  CASE s.outcome
    WHEN 'RETURNED' THEN ${sqlPick(sqlTextArray(RETURN_REASONS), "s.r_note")}
    WHEN 'REJECTED' THEN ${sqlPick(sqlTextArray(REJECT_REASONS), "s.r_note")}
    WHEN 'APPROVED' THEN CASE WHEN s.r_note < 0.4 THEN ${sqlPick(sqlTextArray(APPROVAL_NOTES), "s.r_note / 0.4")} END
  END,
  CASE WHEN s.outcome = 'APPROVED' THEN s.protection_ends END,
  ${sqlLookup("s.status", DEAL_VERSION)},
  s.created_at,
  CASE s.status
    WHEN 'DRAFT' THEN s.created_at
    WHEN 'SUBMITTED' THEN s.submitted_at
    WHEN 'WITHDRAWN' THEN s.withdrawn_at
    WHEN 'EXPIRED' THEN s.protection_ends
    ELSE s.decided_at
  END
FROM seed_deal s
JOIN accounts a ON a.id = s.account_id
LEFT JOIN seed_contact c ON c.account_id = s.account_id AND c.slot = 1
LEFT JOIN seed_owner_territory t ON t.user_id = s.owner_id
WHERE s.number BETWEEN $1 AND $2`;

// The same random index picks a loss's reason and its note.
const LOSS_REASON_PICK = sqlPick(sqlTextArray(LOSSES.map((l) => l.reason)), "c.r_reason");
const LOSS_NOTE_PICK = sqlPick(sqlTextArray(LOSSES.map((l) => l.note)), "c.r_reason");

/**
 * An open opportunity's expected close date: 3 to 180 days ahead, most of them soon (the square of
 * a uniform draw), as a pipeline is — so "this quarter" has pipeline whatever the day of it.
 */
const OPEN_EXPECTED_CLOSE = `c.now + ${sqlDays("3 + 177 * c.r_close * c.r_close")}`;

const OPPORTUNITY_COLUMN_NAMES = [
  "id",
  "deal_id",
  "partner_id",
  "owner_id",
  "account_id",
  "name",
  "amount",
  "stage",
  "probability",
  "expected_close_date",
  "closed_at",
  "loss_reason",
  "loss_note",
  "version",
  "created_at",
  "updated_at",
];
const OPPORTUNITY_COLUMNS = OPPORTUNITY_COLUMN_NAMES.join(", ");

/**
 * One opportunity per APPROVED or EXPIRED deal numbered $1..$2, numbered from $3 + 1, created
 * when the deal was approved. Lapsed-but-APPROVED deals were won before their protection ended;
 * EXPIRED ones were lost or went stale.
 */
const OPPORTUNITIES_FROM_DEALS = `
INSERT INTO seed_opportunity (${OPPORTUNITY_COLUMNS})
WITH approved AS MATERIALIZED (
  SELECT d.id AS deal_id, d.partner_id, d.owner_id, d.account_id, d.customer_name,
    coalesce(d.products[1], 'Acme Cloud') AS product, d.estimated_amount, d.status,
    d.decided_at, d.protection_expires_at, ctx.now,
    $3::int + row_number() OVER (ORDER BY d.number) AS n,
    ${sqlRandomColumns("d.number", 200, ["lost", "stage", "closed", "close", "reason"])}
  FROM deals d CROSS JOIN seed_context ctx
  WHERE d.number BETWEEN $1 AND $2 AND d.status IN ('APPROVED', 'EXPIRED')
), staged AS (
  SELECT a.*, CASE
      WHEN a.status = 'EXPIRED' THEN CASE WHEN a.r_lost < 0.5 THEN 'CLOSED_LOST'
                                          ELSE ${sqlWeighted(STALE_STAGE_MIX, "a.r_stage")} END
      WHEN a.protection_expires_at <= a.now THEN 'CLOSED_WON'
      ELSE ${sqlWeighted(STAGE_MIX, "a.r_stage")}
    END AS stage
  FROM approved a
), closed AS (
  SELECT s.*, CASE WHEN s.stage IN ${CLOSED} THEN
      CASE WHEN s.protection_expires_at <= s.now
           THEN s.decided_at + ${sqlDays("7 + 76 * s.r_closed")}
           ELSE s.decided_at + (s.now - s.decided_at) * (0.1 + 0.85 * s.r_closed) END
    END AS closed_at
  FROM staged s
)
SELECT ${sqlFixedId(ID_KINDS.opportunity, "c.n")}, c.deal_id, c.partner_id, c.owner_id, c.account_id,
  ${opportunityName("c.customer_name", "c.product")}, c.estimated_amount, c.stage,
  ${PROBABILITY("c.stage")},
  ${sqlUtcDate(`coalesce(c.closed_at, ${OPEN_EXPECTED_CLOSE})`)},
  c.closed_at,
  CASE WHEN c.stage = 'CLOSED_LOST' THEN ${LOSS_REASON_PICK} END,
  CASE WHEN c.stage = 'CLOSED_LOST' THEN ${LOSS_NOTE_PICK} END,
  1, c.decided_at, coalesce(c.closed_at, c.decided_at)
FROM closed c`;

/**
 * Opportunities numbered $1..$2 that did not come from a registration. Closed ones closed
 * anywhere in the window; open ones were created in the last six months.
 */
const OPPORTUNITIES_WITHOUT_DEAL = `
INSERT INTO seed_opportunity (${OPPORTUNITY_COLUMNS})
WITH drawn AS MATERIALIZED (
  SELECT g.n, ctx.now, ctx.window_from, ctx.slot_count,
    ${sqlRandomColumns("g.n", 300, [...PICK_RANDOMS, "stage", "closed", "created", "cycle", "close", "amount", "product", "reason"])}
  FROM generate_series($1::int, $2::int) AS g(n) CROSS JOIN seed_context ctx
), picked AS (${PICK_PARTNER_OWNER_ACCOUNT}
), staged AS (
  SELECT p.*, ${sqlWeighted(STAGE_MIX, "p.r_stage")} AS stage FROM picked p
), closed AS (
  SELECT s.*, CASE WHEN s.stage IN ${CLOSED}
      THEN s.window_from + (s.now - s.window_from - interval '1 hour') * s.r_closed END AS closed_at
  FROM staged s
), created AS (
  SELECT c.*, CASE WHEN c.closed_at IS NOT NULL THEN c.closed_at - ${sqlDays("14 + 106 * c.r_cycle")}
                   ELSE greatest(c.window_from, c.now - ${sqlDays("1 + 179 * c.r_created")}) END AS created_at
  FROM closed c
)
SELECT ${sqlFixedId(ID_KINDS.opportunity, "c.n")}, NULL::uuid, c.partner_id, c.owner_id, c.account_id,
  ${opportunityName("a.name", sqlPick(sqlTextArray(PRODUCTS), "c.r_product"))},
  ${sqlAmount("c.r_amount")}, c.stage, ${PROBABILITY("c.stage")},
  ${sqlUtcDate(`coalesce(c.closed_at, ${OPEN_EXPECTED_CLOSE})`)},
  c.closed_at,
  CASE WHEN c.stage = 'CLOSED_LOST' THEN ${LOSS_REASON_PICK} END,
  CASE WHEN c.stage = 'CLOSED_LOST' THEN ${LOSS_NOTE_PICK} END,
  1, c.created_at, coalesce(c.closed_at, c.created_at)
FROM created c JOIN accounts a ON a.id = c.account_id`;

/**
 * Generates the opportunities into `seed_opportunity`, a temporary table their activities are
 * generated from; they move to `opportunities` with their activities
 * (ACTIVITIES_THEN_THEIR_OPPORTUNITIES), written once, knowing when their latest activity
 * happened. Updating a million rows' `last_activity_at` afterwards wrote every one twice.
 */
async function insertOpportunities(
  sql: SeedSql,
  scale: SalesScale,
  progress: (fractionDone: number) => void,
): Promise<number> {
  await sql.run(
    `CREATE TEMP TABLE seed_opportunity (LIKE opportunities INCLUDING DEFAULTS) ON COMMIT DROP`,
  );
  await sql.run(`ALTER TABLE seed_opportunity ADD PRIMARY KEY (id)`);
  const inserted = await generateOpportunities(sql, scale, progress);
  await sql.run(`ANALYZE seed_opportunity`);
  return inserted;
}

async function generateOpportunities(
  sql: SeedSql,
  scale: SalesScale,
  progress: (fractionDone: number) => void,
): Promise<number> {
  let linked = 0;
  for (let lo = 1; lo <= scale.deals; lo += scale.batchSize) {
    const hi = Math.min(lo + scale.batchSize - 1, scale.deals);
    linked += await sql.run(OPPORTUNITIES_FROM_DEALS, [lo, hi, linked]);
    progress(linked / scale.opportunities);
  }
  if (linked >= scale.opportunities) return linked;
  const unlinked = await inBatches(
    { from: linked + 1, to: scale.opportunities },
    scale.batchSize,
    (fraction) =>
      progress((linked + fraction * (scale.opportunities - linked)) / scale.opportunities),
    (lo, hi) => sql.run(OPPORTUNITIES_WITHOUT_DEAL, [lo, hi]),
  );
  return linked + unlinked;
}

/**
 * The stage history of opportunities with ids $1..$2: a path from QUALIFICATION through the
 * open stages in order up to the current one (closed ones: up to where they were won or lost),
 * spread evenly from creation to the close (or to a recent move, for open ones).
 */
const STAGE_CHANGES = `
INSERT INTO opportunity_stage_changes (id, opportunity_id, partner_id, owner_id, from_stage,
  to_stage, amount, changed_by_id, changed_at)
WITH paths AS (
  SELECT o.id, o.partner_id, o.owner_id, o.stage, o.amount, o.created_at,
    ${sqlFixedIdNumber("o.id")} AS n,
    coalesce(array_position(${OPEN_STAGE_ARRAY}, o.stage::text),
             CASE WHEN o.stage = 'CLOSED_WON' THEN ${OPEN_STAGES.length}
                  ELSE 1 + floor(${sqlRandom("o.id", 400)} * ${OPEN_STAGES.length})::int END) AS open_steps,
    coalesce(o.closed_at,
             o.created_at + (ctx.now - o.created_at) * (0.2 + 0.8 * ${sqlRandom("o.id", 401)})) AS last_move_at
  FROM opportunities o CROSS JOIN seed_context ctx
  WHERE o.id BETWEEN $1::uuid AND $2::uuid
), sized AS MATERIALIZED (
  SELECT p.*, p.open_steps + CASE WHEN p.stage IN ${CLOSED} THEN 1 ELSE 0 END AS steps FROM paths p
)
SELECT ${sqlFixedId(ID_KINDS.stageChange, `(s.n - 1) * ${OPPORTUNITY_STAGES.length} + m + 1`)}, s.id,
  s.partner_id, s.owner_id,
  CASE WHEN m = 0 THEN NULL ELSE (${OPEN_STAGE_ARRAY})[m] END,
  CASE WHEN m < s.open_steps THEN (${OPEN_STAGE_ARRAY})[m + 1] ELSE s.stage END,
  s.amount, s.owner_id,
  s.created_at + (s.last_move_at - s.created_at) * (m::float8 / greatest(s.steps - 1, 1))
FROM sized s CROSS JOIN LATERAL generate_series(0, s.steps - 1) AS m`;

/** Activities, and with them the opportunities they belong to (see insertOpportunities). */
async function insertActivities(
  sql: SeedSql,
  opportunityNumbers: { from: number; to: number },
  batchSize: number,
  progress: (fractionDone: number) => void,
): Promise<number> {
  const inserted = await inBatches(opportunityNumbers, batchSize, progress, async (lo, hi) => {
    const [counts] = await sql.rows<{ activities: number }>(
      ACTIVITIES_THEN_THEIR_OPPORTUNITIES,
      opportunityIdRange(lo, hi),
    );
    return counts?.activities ?? 0;
  });
  await sql.asOwner(`ANALYZE opportunities`);
  return inserted;
}

/** Contacts per account that activity ids leave room for. */
const MAX_CONTACTS_PER_ACCOUNT = 10;

const ACTIVITY_SUBJECT = `replace((CASE t.type ${ACTIVITY_TYPES.map(
  (type) => `WHEN '${type}' THEN ${sqlPick(sqlTextArray(ACTIVITY_SUBJECTS[type]), "t.r_subject")}`,
).join(" ")} END), '{contact}', t.contact_name)`;

/** The first activities of each owner's (see ACTIVITIES) are tasks due today, overdue, this week. */
const FOCUS = { today: 1, overdue: 2, thisWeek: 3 } as const;

/**
 * For opportunities with ids $1..$2: one activity with each contact of the opportunity's
 * account, during the opportunity's life. An open opportunity's last contact gets the next
 * step: a task due in the next two weeks. So that everyone who owns opportunities has a task
 * list to work, each owner's first three (open opportunities first, in the batch) are open tasks
 * due later today, overdue and due this week — UTC days and ISO weeks, as the activities filter
 * reads them by default. Other tasks that fell due are mostly completed.
 */
const ACTIVITIES = `
INSERT INTO activities (id, partner_id, owner_id, type, subject, body, account_id, contact_id,
  opportunity_id, occurred_at, due_at, completed_at, created_at, updated_at)
WITH pairs AS (
  SELECT o.id AS opportunity_id, o.partner_id, o.owner_id, o.account_id, o.created_at,
    coalesce(o.closed_at, ctx.now) AS active_until, ctx.now,
    (${sqlFixedIdNumber("o.id")} - 1) * ${MAX_CONTACTS_PER_ACCOUNT} + c.slot AS k,
    c.id AS contact_id, c.name AS contact_name,
    (o.closed_at IS NULL AND c.slot = c.of_account) AS next_step,
    row_number() OVER (PARTITION BY o.owner_id ORDER BY o.closed_at IS NOT NULL, o.id, c.slot) AS owner_rank
  FROM seed_opportunity o
  JOIN seed_contact c ON c.account_id = o.account_id
  CROSS JOIN seed_context ctx
  WHERE o.id BETWEEN $1::uuid AND $2::uuid AND c.slot <= ${MAX_CONTACTS_PER_ACCOUNT}
), drawn AS MATERIALIZED (
  SELECT p.*, CASE WHEN p.owner_rank <= ${FOCUS.thisWeek} THEN p.owner_rank END AS focus,
    ${sqlRandomColumns("p.k", 500, ["type", "when", "due", "done", "subject", "body"])} FROM pairs p
), typed AS (
  SELECT d.*, (d.next_step OR d.focus IS NOT NULL) AS open_task,
    CASE WHEN d.next_step OR d.focus IS NOT NULL THEN 'TASK'
         ELSE ${sqlWeighted(ACTIVITY_MIX, "d.r_type")} END AS type,
    CASE WHEN d.next_step OR d.focus IS NOT NULL THEN greatest(d.created_at, d.now - ${sqlDays("3 * d.r_when")})
         ELSE d.created_at + (d.active_until - d.created_at) * d.r_when END AS occurred_at
  FROM drawn d
), dated AS (
  SELECT t.*, CASE
      WHEN t.focus = ${FOCUS.today}
        THEN least(t.now + interval '2 hours', date_trunc('day', t.now, 'UTC') + interval '1 day' - interval '1 minute')
      WHEN t.focus = ${FOCUS.overdue} THEN t.now - ${sqlDays("0.5 + 4 * t.r_due")}
      WHEN t.focus = ${FOCUS.thisWeek}
        THEN least(t.now + ${sqlDays("1 + t.r_due")}, date_trunc('week', t.now, 'UTC') + interval '7 days' - interval '1 minute')
      WHEN t.next_step THEN t.now + ${sqlDays("1 + 13 * t.r_due")}
      WHEN t.type = 'TASK' THEN t.occurred_at + ${sqlDays("1 + 9 * t.r_due")}
    END AS due_at
  FROM typed t
), done AS (
  SELECT t.*,
    -- An overdue open task was written down before it fell due.
    CASE WHEN t.open_task AND t.due_at < t.now THEN least(t.occurred_at, t.due_at - interval '1 day')
         ELSE t.occurred_at END AS created,
    CASE WHEN NOT t.open_task AND t.due_at < t.now AND t.r_done < 0.8
         THEN t.occurred_at + (t.due_at - t.occurred_at) * t.r_done END AS completed_at
  FROM dated t
)
SELECT ${sqlFixedId(ID_KINDS.activity, "t.k")}, t.partner_id, t.owner_id, t.type, ${ACTIVITY_SUBJECT},
  CASE WHEN t.type IN ('NOTE', 'MEETING') THEN ${sqlPick(sqlTextArray(NOTE_BODIES), "t.r_body")} END,
  t.account_id, t.contact_id, t.opportunity_id, t.created, t.due_at, t.completed_at,
  t.created, coalesce(t.completed_at, t.created)
FROM done t`;

/**
 * ACTIVITIES for opportunities with ids $1..$2, then those opportunities from `seed_opportunity`
 * into `opportunities`, each with its latest activity's time; returns how many activities.
 */
const ACTIVITIES_THEN_THEIR_OPPORTUNITIES = `
WITH inserted AS (${ACTIVITIES} RETURNING opportunity_id, occurred_at
), latest AS (
  SELECT opportunity_id, max(occurred_at) AS at FROM inserted GROUP BY opportunity_id
), moved AS (
  INSERT INTO opportunities (${OPPORTUNITY_COLUMNS}, last_activity_at)
  SELECT ${OPPORTUNITY_COLUMN_NAMES.map((column) => `o.${column}`).join(", ")}, l.at
    FROM seed_opportunity o LEFT JOIN latest l ON l.opportunity_id = o.id
   WHERE o.id BETWEEN $1::uuid AND $2::uuid
)
SELECT count(*)::int AS activities FROM inserted`;

const auditRow = (
  k: number,
  { action, from, to }: ReturnType<typeof transition>,
  at: string,
  actor: string,
  note: string,
) => `(${k}, '${action}', '${from}', '${to}', ${at}, ${actor}, ${note})`;

/**
 * The audit trail of deals numbered $1..$2, one event per transition, read back from each
 * deal's final state (the generator takes no detours such as return-and-resubmit).
 */
const AUDIT_EVENTS = `
INSERT INTO audit_events (id, partner_id, actor_id, entity_type, entity_id, action, from_status,
  to_status, note, created_at)
SELECT ${sqlFixedId(ID_KINDS.auditEvent, "(d.number - 1) * 4 + e.k")}, d.partner_id, e.actor,
  'deal', d.id, e.action, e.from_status, e.to_status, e.note, e.at
FROM deals d
CROSS JOIN LATERAL (VALUES
  ${auditRow(1, SUBMIT, "d.submitted_at::timestamptz", "d.owner_id::uuid", "NULL::text")},
  ${auditRow(2, APPROVE, "CASE WHEN d.status IN ('APPROVED', 'EXPIRED') THEN d.decided_at END", "d.decided_by_id", "d.decision_note")},
  ${auditRow(2, RETURN, "CASE WHEN d.status = 'RETURNED' THEN d.decided_at END", "d.decided_by_id", "d.decision_note")},
  ${auditRow(2, REJECT, "CASE WHEN d.status = 'REJECTED' THEN d.decided_at END", "d.decided_by_id", "d.decision_note")},
  ${auditRow(3, WITHDRAW, "CASE WHEN d.status = 'WITHDRAWN' THEN d.updated_at END", "d.owner_id", "NULL")},
  ${auditRow(4, EXPIRE, "CASE WHEN d.status = 'EXPIRED' THEN d.protection_expires_at END", "NULL", "NULL")}
) AS e(k, action, from_status, to_status, at, actor, note)
WHERE d.number BETWEEN $1 AND $2 AND e.at IS NOT NULL`;

/**
 * Recent deal events notify the other side: submissions and withdrawals the partner's channel
 * manager, decisions and expiries the deal's owner. Older ones are mostly read.
 */
const NOTIFICATIONS = `
INSERT INTO notifications (id, user_id, type, title, body, entity_type, entity_id, read_at, created_at)
WITH recent AS (
  SELECT e.id, e.entity_id, e.to_status, e.note, e.created_at, ctx.now,
    CASE WHEN e.action IN ('${SUBMIT.action}', '${WITHDRAW.action}') THEN o.channel_manager_id
         ELSE d.owner_id END AS recipient,
    ${sqlRandom("e.id", 600)} AS r_read
  FROM audit_events e
  JOIN deals d ON d.id = e.entity_id
  JOIN organizations o ON o.id = d.partner_id
  CROSS JOIN seed_context ctx
  WHERE e.entity_type = 'deal' AND e.created_at >= ctx.now - ${sqlDays(NOTIFY_DAYS)}
)
SELECT ${sqlFixedId(ID_KINDS.notification, "row_number() OVER (ORDER BY r.created_at, r.id)")},
  r.recipient, 'DEAL_' || r.to_status, '', -- titled by insertNotifications
  r.note, 'deal', r.entity_id,
  CASE WHEN r.created_at < r.now - interval '1 day' AND r.r_read < 0.6
       THEN r.created_at + (r.now - r.created_at) * r.r_read END,
  r.created_at
FROM recent r
WHERE r.recipient IS NOT NULL`;

/**
 * Seeded notifications read like the ones the API sends: their titles come from the domain's
 * `dealNotificationTitle`, not from a second phrasing in SQL.
 */
async function insertNotifications(sql: SeedSql): Promise<number> {
  const inserted = await sql.run(NOTIFICATIONS);
  const rows = await sql.rows<{
    id: string;
    type: DealNotificationType;
    number: number;
    customer_name: string;
  }>(
    `SELECT n.id, n.type, d.number, d.customer_name
       FROM notifications n JOIN deals d ON d.id = n.entity_id
      WHERE n.title = ''`,
  );
  await sql.run(
    `UPDATE notifications n SET title = t.title
       FROM unnest($1::uuid[], $2::text[]) AS t(id, title)
      WHERE n.id = t.id`,
    [
      rows.map((row) => row.id),
      rows.map((row) => dealNotificationTitle(row.type, Number(row.number), row.customer_name)),
    ],
  );
  return inserted;
}

/**
 * A quota per partner and per active seller for each seeded quarter, sized from what they
 * actually won in it so that attainment varies (see ATTAINMENT).
 */
const QUOTAS = `
INSERT INTO quotas (id, organization_id, user_id, period_start, period_end, amount, set_by_id,
  created_at, updated_at)
WITH won AS (
  SELECT o.partner_id AS target_id, date_trunc('quarter', o.closed_at AT TIME ZONE 'UTC')::date AS period_start,
         sum(o.amount) AS amount
    FROM opportunities o WHERE o.stage = 'CLOSED_WON' GROUP BY 1, 2
  UNION ALL
  SELECT o.owner_id, date_trunc('quarter', o.closed_at AT TIME ZONE 'UTC')::date, sum(o.amount)
    FROM opportunities o WHERE o.stage = 'CLOSED_WON' GROUP BY 1, 2
), targets AS (
  SELECT p.id AS organization_id, NULL::uuid AS user_id, p.id AS target_id, p.cm_id AS set_by_id,
         ${MIN_QUOTA.partner} AS minimum
    FROM seed_partner p
  UNION ALL
  SELECT u.organization_id, u.id, u.id, u.manager_id, ${MIN_QUOTA.seller}
    FROM users u JOIN seed_partner p ON p.id = u.organization_id
   WHERE u.role = 'PARTNER_SELLER' AND u.active
)
SELECT ${sqlFixedId(ID_KINDS.quota, "row_number() OVER (ORDER BY t.organization_id, t.user_id NULLS FIRST, q.period_start)")},
  t.organization_id, t.user_id, q.period_start, q.period_end,
  greatest(t.minimum, round(coalesce(w.amount, 0)
    / (${ATTAINMENT.min} + ${ATTAINMENT.spread} * ${sqlRandom("t.target_id::text || q.period_start::text", 700)})
    / 1000) * 1000),
  t.set_by_id, q.period_start::timestamp AT TIME ZONE 'UTC', q.period_start::timestamp AT TIME ZONE 'UTC'
FROM targets t
CROSS JOIN seed_quarter q
LEFT JOIN won w ON w.target_id = t.target_id AND w.period_start = q.period_start`;
