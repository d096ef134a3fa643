import Link from "@mui/material/Link";
import { ACTIVITY_FIGURES, METRICS, sumMoney, type ActivityFigureName } from "@prm/domain";
import { Link as RouterLink } from "react-router";
import { csvAmount } from "../../app/csv/csv";
import { formatDate } from "../../app/format/dates";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { opportunityPath } from "../../app/routing/record-paths";
import type {
  ReportActivityQuery,
  ReportPipelineQuery,
  ReportWonOpportunitiesQuery,
} from "../../gql/graphql";
import type { ReportColumn, ReportTotal } from "./report-table-model";

export type WonRow = ReportWonOpportunitiesQuery["opportunities"]["edges"][number]["node"];
export type PipelineRow = ReportPipelineQuery["teamPerformance"][number];
export type ActivityRow = ReportActivityQuery["teamActivity"][number];

/** The first column of the per-person reports, whose totals row says what it sums. */
function personColumn<Row extends { seller: { name: string } }>(): ReportColumn<Row> {
  return {
    id: "person",
    label: "Person",
    sortValue: (row) => row.seller.name,
    cell: (row) => row.seller.name,
    csv: (row) => row.seller.name,
    total: () => ({ cell: "Total", csv: "Total" }),
  };
}

function moneyTotal(amounts: readonly (string | null)[]): ReportTotal {
  const given = amounts.filter((amount): amount is string => amount !== null);
  if (given.length === 0) return { cell: "—", csv: null };
  const sum = sumMoney(given);
  return { cell: formatAmount(sum), csv: csvAmount(sum) };
}

function countTotal(counts: readonly number[]): ReportTotal {
  const sum = counts.reduce((total, count) => total + count, 0);
  return { cell: sum.toLocaleString("en-US"), csv: sum };
}

/** A money column; `total` sums it to the cent ("—" when no row has an amount). */
function moneyColumn<Row>(
  id: string,
  label: string,
  amount: (row: Row) => string | null,
  description?: string,
): ReportColumn<Row> {
  return {
    id,
    label,
    description,
    numeric: true,
    sortValue: (row) => {
      const value = amount(row);
      return value === null ? null : Number(value);
    },
    cell: (row) => {
      const value = amount(row);
      return value === null ? "—" : formatAmount(value);
    },
    csv: (row) => csvAmount(amount(row)),
    total: (rows) => moneyTotal(rows.map(amount)),
  };
}

function countColumn<Row>(
  id: string,
  label: string,
  count: (row: Row) => number,
  description?: string,
): ReportColumn<Row> {
  return {
    id,
    label,
    description,
    numeric: true,
    sortValue: count,
    cell: (row) => count(row).toLocaleString("en-US"),
    csv: count,
    total: (rows) => countTotal(rows.map(count)),
  };
}

/** A ratio column (shown as a percentage, exported as the ratio to four places). */
function ratioColumn<Row>(
  id: string,
  label: string,
  ratio: (row: Row) => number | null | undefined,
  total: (rows: readonly Row[]) => number | null,
  description?: string,
): ReportColumn<Row> {
  const csv = (value: number | null | undefined) =>
    value == null ? null : Math.round(value * 10_000) / 10_000;
  return {
    id,
    label,
    description,
    numeric: true,
    sortValue: (row) => ratio(row) ?? null,
    cell: (row) => formatPercent(ratio(row)),
    csv: (row) => csv(ratio(row)),
    total: (rows) => {
      const value = total(rows);
      return { cell: formatPercent(value), csv: csv(value) };
    },
  };
}

/** The opportunities won in the period: each linked to its page. */
export function wonColumns(portalBase: string): ReportColumn<WonRow>[] {
  return [
    {
      id: "name",
      label: "Opportunity",
      sortValue: (row) => row.name,
      cell: (row) => (
        <Link component={RouterLink} to={opportunityPath(portalBase, row.id)} fontWeight={600}>
          {row.name}
        </Link>
      ),
      csv: (row) => row.name,
      total: (rows) => ({ cell: `Total (${rows.length})`, csv: "Total" }),
    },
    {
      id: "account",
      label: "Account",
      sortValue: (row) => row.account?.name ?? null,
      cell: (row) => row.account?.name ?? "—",
      csv: (row) => row.account?.name,
    },
    {
      id: "owner",
      label: "Owner",
      sortValue: (row) => row.owner.name,
      cell: (row) => row.owner.name,
      csv: (row) => row.owner.name,
    },
    moneyColumn("amount", "Amount", (row) => row.amount),
    {
      id: "closedAt",
      label: "Closed",
      numeric: true,
      sortValue: (row) => row.closedAt ?? null,
      cell: (row) => formatDate(row.closedAt),
      csv: (row) => row.closedAt?.slice(0, 10),
    },
  ];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The per-person figures of teamPerformance, as METRICS defines them. */
export const PIPELINE_COLUMNS: readonly ReportColumn<PipelineRow>[] = [
  personColumn(),
  countColumn(
    "openCount",
    METRICS.OPEN_COUNT.label,
    (row) => row.openCount,
    METRICS.OPEN_COUNT.description,
  ),
  moneyColumn(
    "openAmount",
    METRICS.OPEN_AMOUNT.label,
    (row) => row.openAmount,
    METRICS.OPEN_AMOUNT.description,
  ),
  moneyColumn(
    "weightedAmount",
    METRICS.WEIGHTED_AMOUNT.label,
    (row) => row.weightedAmount,
    METRICS.WEIGHTED_AMOUNT.description,
  ),
  countColumn(
    "wonCount",
    METRICS.WON_COUNT.label,
    (row) => row.wonCount,
    METRICS.WON_COUNT.description,
  ),
  moneyColumn(
    "wonAmount",
    METRICS.WON_AMOUNT.label,
    (row) => row.wonAmount,
    METRICS.WON_AMOUNT.description,
  ),
  ratioColumn(
    "winRate",
    METRICS.WIN_RATE.label,
    (row) => row.winRate,
    (rows) => {
      const won = sum(rows.map((row) => row.wonCount));
      const closed = won + sum(rows.map((row) => row.lostCount));
      return closed === 0 ? null : won / closed;
    },
    METRICS.WIN_RATE.description,
  ),
  moneyColumn(
    "quotaAmount",
    METRICS.QUOTA_AMOUNT.label,
    (row) => row.quotaAmount ?? null,
    METRICS.QUOTA_AMOUNT.description,
  ),
  ratioColumn(
    "quotaAttainment",
    METRICS.QUOTA_ATTAINMENT.label,
    (row) => row.quotaAttainment,
    // Each row's attainment × its quota is what it closed against that quota.
    (rows) => {
      const withQuota = rows.filter((row) => row.quotaAmount && row.quotaAttainment != null);
      const quota = sum(withQuota.map((row) => Number(row.quotaAmount)));
      const closed = sum(withQuota.map((row) => row.quotaAttainment! * Number(row.quotaAmount)));
      return quota > 0 ? closed / quota : null;
    },
    METRICS.QUOTA_ATTAINMENT.description,
  ),
];

const figureCount = (name: Exclude<ActivityFigureName, "oldestOverdueDueAt">) =>
  countColumn<ActivityRow>(
    name,
    ACTIVITY_FIGURES[name].label,
    (row) => row[name],
    ACTIVITY_FIGURES[name].description,
  );

/** The per-person figures of teamActivity, as ACTIVITY_FIGURES defines them. */
export const ACTIVITY_COLUMNS: readonly ReportColumn<ActivityRow>[] = [
  personColumn(),
  figureCount("calls"),
  figureCount("emails"),
  figureCount("meetings"),
  figureCount("notes"),
  figureCount("tasksCompleted"),
  figureCount("tasksOpen"),
  figureCount("tasksOverdue"),
  {
    id: "oldestOverdueDueAt",
    label: ACTIVITY_FIGURES.oldestOverdueDueAt.label,
    description: ACTIVITY_FIGURES.oldestOverdueDueAt.description,
    numeric: true,
    sortValue: (row) => row.oldestOverdueDueAt ?? null,
    cell: (row) => formatDate(row.oldestOverdueDueAt),
    csv: (row) => row.oldestOverdueDueAt?.slice(0, 10),
    total: (rows) => {
      const oldest = rows
        .map((row) => row.oldestOverdueDueAt)
        .filter((at): at is string => Boolean(at))
        .sort()[0];
      return { cell: formatDate(oldest), csv: oldest?.slice(0, 10) };
    },
  },
];
