import { CLOSED_STAGES, OPEN_STAGES } from "@prm/domain";
import { sqlIn } from "./sql";
import { TENANT_GROUP } from "./row-security";

/**
 * Per-partner rollups of opportunities, so that the metrics over every partner (the vendor admin's
 * leaderboard, pipeline by partner, win/loss, partners list) read a few rows per partner and
 * month instead of every opportunity of the period.
 *
 * One row per partner, stage and UTC month — of the close for a closed opportunity, of the
 * expected close date for an open one: the same instants the metrics count them by — with the
 * opportunities' count, amount and weighted amount (each rounded to the cent, as the metrics sum
 * it). A trigger keeps it in step in the transaction that inserts, changes or deletes an
 * opportunity (stage moves, amounts, closing, reopening, a new partner), whatever the code path;
 * only months wholly inside a period are read from it (metrics.sql.ts), the partial months at
 * its edges from the opportunities themselves. Quota periods are whole calendar months, so a
 * month is either inside a quota or not.
 */
export const ROLLUP_TABLE = "opportunity_rollups";
export const ROLLUP_TRIGGER = "opportunity_rollups_apply";

/** An opportunity's weighted amount as every metric sums it (the domain's weightedAmount). */
export const weightedAmountSql = (alias: string) =>
  `round(${alias}.amount * ${alias}.probability / 100, 2)`;

/** The month (first day, UTC) an opportunity of `alias` is counted in. */
export const rollupMonthSql = (alias: string) =>
  `opportunity_rollup_month(${alias}.stage, ${alias}.closed_at, ${alias}.expected_close_date)`;

/** The closed and open stages as SQL lists. */
export const CLOSED_STAGES_SQL = sqlIn(CLOSED_STAGES);
export const OPEN_STAGES_SQL = sqlIn(OPEN_STAGES);

/** Every opportunity's rollup row, from scratch (the migration and the bulk seed). */
export const REBUILD_ROLLUPS_SQL = `
  INSERT INTO ${ROLLUP_TABLE} (partner_id, stage, month, count, amount, weighted)
  SELECT o.partner_id, o.stage, ${rollupMonthSql("o")}, count(*), sum(o.amount),
         sum(${weightedAmountSql("o")})
    FROM opportunities o
   GROUP BY 1, 2, 3`;

/** The table, the trigger that keeps it, and its first contents; run by the tables' owner. */
export function rollupStatements(): string[] {
  const columns = [
    "partner_id",
    "stage",
    "amount",
    "probability",
    "closed_at",
    "expected_close_date",
  ];
  const changed = `(${columns.map((c) => `OLD.${c}`).join(", ")}) IS DISTINCT FROM (${columns.map((c) => `NEW.${c}`).join(", ")})`;
  // Each side's contribution, as (sign, row): the old one taken away, the new one added.
  const delta = (sign: string, row: string) =>
    `SELECT ${row}.partner_id, ${row}.stage, ${rollupMonthSql(row)} AS month, ${sign} AS count,
            ${sign} * ${row}.amount AS amount, ${sign} * ${weightedAmountSql(row)} AS weighted`;
  return [
    `CREATE TABLE ${ROLLUP_TABLE} (
       partner_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
       stage varchar(32) NOT NULL,
       month date NOT NULL,
       count integer NOT NULL,
       amount numeric NOT NULL,
       weighted numeric NOT NULL,
       PRIMARY KEY (partner_id, month, stage))`,
    `CREATE INDEX opportunity_rollups_month_idx ON ${ROLLUP_TABLE} (month, stage)
       INCLUDE (partner_id, count, amount, weighted)`,
    `CREATE FUNCTION opportunity_rollup_month(stage varchar, closed_at timestamptz, expected_close_date date)
       RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
       RETURN CASE WHEN stage IN (${CLOSED_STAGES_SQL})
                   THEN date_trunc('month', closed_at AT TIME ZONE 'UTC')::date
                   ELSE date_trunc('month', expected_close_date)::date END`,
    // As the tables' owner: whoever changes an opportunity keeps the rollups right, and no
    // viewer role may write them itself. Deltas are applied in key order, so two transactions
    // moving opportunities between the same two rows cannot deadlock.
    `CREATE FUNCTION ${ROLLUP_TRIGGER}() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       INSERT INTO ${ROLLUP_TABLE} AS r (partner_id, stage, month, count, amount, weighted)
       SELECT d.partner_id, d.stage, d.month, sum(d.count), sum(d.amount), sum(d.weighted)
         FROM (${delta("-1", "OLD")} WHERE TG_OP IN ('UPDATE', 'DELETE')
               UNION ALL
               ${delta("1", "NEW")} WHERE TG_OP IN ('INSERT', 'UPDATE')) d
        GROUP BY d.partner_id, d.month, d.stage
        ORDER BY d.partner_id, d.month, d.stage
       ON CONFLICT (partner_id, month, stage) DO UPDATE
          SET count = r.count + excluded.count, amount = r.amount + excluded.amount,
              weighted = r.weighted + excluded.weighted;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER ${ROLLUP_TRIGGER}_insert_delete AFTER INSERT OR DELETE ON opportunities
       FOR EACH ROW EXECUTE FUNCTION ${ROLLUP_TRIGGER}()`,
    `CREATE TRIGGER ${ROLLUP_TRIGGER}_update AFTER UPDATE ON opportunities
       FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${ROLLUP_TRIGGER}()`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${ROLLUP_TABLE} FROM ${TENANT_GROUP}`,
    REBUILD_ROLLUPS_SQL,
  ];
}

/** The triggers, for a bulk load to switch off and on around its inserts (then rebuild). */
export const ROLLUP_TRIGGERS = ["insert_delete", "update"].map((event) => ({
  table: "opportunities",
  name: `${ROLLUP_TRIGGER}_${event}`,
}));
