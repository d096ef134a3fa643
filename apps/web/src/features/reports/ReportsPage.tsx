import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import {
  isWidgetPeriodPreset,
  PERIOD_LABELS,
  sumMoney,
  type WidgetPeriodPreset,
} from "@prm/domain";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { usePortalBase } from "../../app/routing/record-paths";
import { PeriodSelect } from "../../app/ui/PeriodSelect";
import { DEFAULT_WIDGET_PERIOD } from "../../app/widget-contract/types";
import { ReportActivityDocument, ReportPipelineDocument } from "./documents";
import { ACTIVITY_COLUMNS, PIPELINE_COLUMNS, wonColumns } from "./report-columns";
import { ReportTable } from "./ReportTable";
import { useWonOpportunities } from "./useWonOpportunities";

const REPORTS = [
  { id: "won", label: "Won opportunities" },
  { id: "pipeline", label: "Pipeline" },
  { id: "activities", label: "Activities" },
] as const;
type ReportId = (typeof REPORTS)[number]["id"];

const isReportId = (value: string | null): value is ReportId =>
  REPORTS.some((report) => report.id === value);

/** Whose work the reports cover: a manager's team, or sales operations' organization. */
export type ReportsScope = "team" | "organization";

const NOBODY: Readonly<Record<ReportsScope, { title: string; hint: string }>> = {
  team: {
    title: "No one in your team yet",
    hint: "You and the people who report to you appear here.",
  },
  organization: {
    title: "No one in your organization yet",
    hint: "The people of your organization appear here once they join.",
  },
};

/**
 * The team's (sales operations: the organization's) reports for a period: opportunities won,
 * pipeline and activities per person. The report and period are in the address.
 */
export function ReportsPage({ scope = "team" }: { scope?: ReportsScope }) {
  const [params, setParams] = useSearchParams();
  const tabParam = params.get("report");
  const report: ReportId = isReportId(tabParam) ? tabParam : "won";
  const periodParam = params.get("period");
  const period: WidgetPeriodPreset = isWidgetPeriodPreset(periodParam)
    ? periodParam
    : DEFAULT_WIDGET_PERIOD;

  function update(change: { report?: ReportId; period?: WidgetPeriodPreset }) {
    const next = new URLSearchParams(params);
    if (change.report) next.set("report", change.report);
    if (change.period) next.set("period", change.period);
    setParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title="Reports"
        subtitle={`Your ${scope}'s results and activity, ${PERIOD_LABELS[period].toLowerCase()}.`}
        actions={<PeriodSelect value={period} onChange={(next) => update({ period: next })} />}
      />
      <Box sx={{ borderBottom: 1, borderColor: "divider", mb: 2 }}>
        <Tabs
          value={report}
          onChange={(_, next: ReportId) => update({ report: next })}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label="Reports"
        >
          {REPORTS.map((tab) => (
            <Tab
              key={tab.id}
              value={tab.id}
              label={tab.label}
              id={`report-tab-${tab.id}`}
              aria-controls="report-panel"
            />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="report-panel" aria-labelledby={`report-tab-${report}`}>
        {report === "won" && <WonReport period={period} scope={scope} />}
        {report === "pipeline" && <PipelineReport period={period} scope={scope} />}
        {report === "activities" && <ActivityReport period={period} scope={scope} />}
      </Box>
    </>
  );
}

function WonReport({ period, scope }: { period: WidgetPeriodPreset; scope: ReportsScope }) {
  const portalBase = usePortalBase();
  const columns = useMemo(() => wonColumns(portalBase), [portalBase]);
  const won = useWonOpportunities(period);
  const rows = won.rows;
  return (
    <ReportTable
      label="Won opportunities"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      defaultSort={{ column: "closedAt", direction: "desc" }}
      totals
      fileName="won-opportunities"
      summary={
        rows &&
        `${formatCount(rows.length, "opportunity", "opportunities")} won · ${formatAmount(
          sumMoney(rows.map((row) => row.amount)),
        )}`
      }
      loading={won.loading}
      error={won.error}
      onRetry={won.retry}
      empty={{
        title: "Nothing won in this period",
        hint: `Opportunities your ${scope} closes as won appear here. Try a longer period.`,
      }}
    />
  );
}

function PipelineReport({ period, scope }: { period: WidgetPeriodPreset; scope: ReportsScope }) {
  const { data, loading, error, refetch } = useQuery(ReportPipelineDocument, {
    variables: { period: { preset: period } },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.teamPerformance;
  return (
    <ReportTable
      label="Pipeline per person"
      columns={PIPELINE_COLUMNS}
      rows={rows}
      rowKey={(row) => row.seller.id}
      defaultSort={{ column: "wonAmount", direction: "desc" }}
      totals
      fileName="team-pipeline"
      summary={rows && formatCount(rows.length, "person", "people")}
      loading={loading}
      error={error && errorMessage(error)}
      onRetry={() => void refetch()}
      empty={NOBODY[scope]}
    />
  );
}

function ActivityReport({ period, scope }: { period: WidgetPeriodPreset; scope: ReportsScope }) {
  const { data, loading, error, refetch } = useQuery(ReportActivityDocument, {
    variables: { period: { preset: period } },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.teamActivity;
  return (
    <ReportTable
      label="Activities per person"
      columns={ACTIVITY_COLUMNS}
      rows={rows}
      rowKey={(row) => row.seller.id}
      defaultSort={{ column: "person", direction: "asc" }}
      totals
      fileName="team-activities"
      summary={
        rows &&
        `${formatCount(rows.length, "person", "people")} · calls, emails, meetings, notes and tasks completed in the period; open and overdue tasks as of now`
      }
      loading={loading}
      error={error && errorMessage(error)}
      onRetry={() => void refetch()}
      empty={NOBODY[scope]}
    />
  );
}
