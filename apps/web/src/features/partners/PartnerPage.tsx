import { useQuery } from "@apollo/client/react";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import { PERIOD_LABELS, toCents, type WidgetPeriodPreset } from "@prm/domain";
import { useId } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { errorMessage, hasErrorCode } from "../../app/graphql-errors";
import { BackButton } from "../../app/layout/BackButton";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { RetryAlert } from "../../app/layout/RetryAlert";
import type { PartnerPageQuery } from "../../gql/graphql";
import { PageHeader } from "../../app/layout/PageHeader";
import { PartnerPageDocument } from "./document";
import { PartnerKpis } from "./PartnerKpis";
import { PartnerNotYours, PartnerPageSkeleton } from "./PartnerPageStates";
import type { PartnerTab } from "./partner-tabs";
import { partnerOpportunitiesPath, usePortalBase } from "../../app/routing/record-paths";
import { usePartnersPath } from "../../app/routing/section-paths";
import { usePeriodParam, useSearchParam } from "../../app/routing/search-params";
import { PeriodSelect } from "../../app/ui/PeriodSelect";
import { RecentDealsTable } from "./RecentDealsTable";
import { StagePipelineChart } from "../../app/charts/StagePipelineChart";
import { SectionCard } from "../../app/layout/SectionCard";
import { TierChip } from "../../app/ui/TierChip";
import { TopSellersTable } from "./TopSellersTable";

const OVERVIEW = "overview";

/**
 * One partner's dashboard for its channel manager (or an admin): figures, pipeline, people, deals;
 * and the portal's other `tabs` (e.g. quotas).
 */
export default function PartnerPage({ tabs = [] }: { tabs?: readonly PartnerTab[] }) {
  const { partnerId = "" } = useParams();
  const partnersPath = usePartnersPath();
  const [period, setPeriod] = usePeriodParam();
  const [tabParam, setTab] = useSearchParam("tab");
  const tab = tabs.find((t) => t.id === tabParam);
  const tabsId = useId();
  const { data, previousData, loading, error, refetch } = useQuery(PartnerPageDocument, {
    variables: { id: partnerId, period: { preset: period } },
    notifyOnNetworkStatusChange: true,
  });
  // While another period loads, the previous figures stay (under a progress bar).
  const shown = data ?? (previousData?.partner.partner.id === partnerId ? previousData : undefined);

  const back = <BackButton to={partnersPath}>Partners</BackButton>;
  if (error && hasErrorCode(error, "NOT_FOUND")) {
    return (
      <>
        {back}
        <PartnerNotYours partnersPath={partnersPath} />
      </>
    );
  }
  if (!shown) {
    if (error) {
      return (
        <>
          {back}
          <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
        </>
      );
    }
    return <PartnerPageSkeleton />;
  }

  const { partner } = shown.partner;
  const panelId = `${tabsId}-${tab?.id ?? OVERVIEW}-panel`;
  return (
    <>
      {back}
      <PartnerHeader
        detail={shown.partner}
        period={tab ? null : period}
        onPeriodChange={setPeriod}
      />
      {tabs.length > 0 && (
        <Tabs
          value={tab?.id ?? OVERVIEW}
          onChange={(_, value: string) => setTab(value)}
          aria-label={`${partner.name}: views`}
          sx={{ mt: -1.5, mb: 2, borderBottom: 1, borderColor: "divider" }}
        >
          {[{ id: OVERVIEW, label: "Overview" }, ...tabs].map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              label={t.label}
              id={`${tabsId}-${t.id}-tab`}
              aria-controls={`${tabsId}-${t.id}-panel`}
            />
          ))}
        </Tabs>
      )}
      <Box
        role={tabs.length > 0 ? "tabpanel" : undefined}
        id={panelId}
        aria-labelledby={tabs.length > 0 ? `${tabsId}-${tab?.id ?? OVERVIEW}-tab` : undefined}
      >
        {tab ? (
          tab.render({ id: partner.id, name: partner.name })
        ) : (
          <>
            <Box sx={{ height: 4, mb: 1 }}>
              {loading && <LinearProgress aria-label="Loading the period's figures" />}
            </Box>
            {error && (
              <Box sx={{ mb: 2 }}>
                <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
              </Box>
            )}
            <PartnerBody detail={shown.partner} periodLabel={PERIOD_LABELS[period].toLowerCase()} />
          </>
        )}
      </Box>
    </>
  );
}

type Detail = PartnerPageQuery["partner"];

function PartnerHeader({
  detail,
  period,
  onPeriodChange,
}: {
  detail: Detail;
  /** Null where the period does not apply (another tab than the overview). */
  period: WidgetPeriodPreset | null;
  onPeriodChange: (period: WidgetPeriodPreset) => void;
}) {
  const { partner } = detail;
  const portalBase = usePortalBase();
  return (
    <PageHeader
      title={partner.name}
      subtitle={
        <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 1 }}>
          <TierChip tier={partner.tier} />
          <span>
            Channel manager: {partner.channelManager ? partner.channelManager.name : "not assigned"}
          </span>
        </Box>
      }
      actions={
        <>
          <Button
            variant="outlined"
            startIcon={<TrendingUpOutlined />}
            component={RouterLink}
            to={partnerOpportunitiesPath(portalBase, partner.id)}
          >
            Opportunities
          </Button>
          {period && <PeriodSelect value={period} onChange={onPeriodChange} />}
        </>
      }
    />
  );
}

function PartnerBody({ detail, periodLabel }: { detail: Detail; periodLabel: string }) {
  const { performance } = detail;
  return (
    <Stack spacing={2}>
      <PartnerKpis performance={performance} periodLabel={periodLabel} />
      <TwoColumns ratio={[4, 6]}>
        <SectionCard title="Open pipeline by stage">
          {toCents(performance.openAmount) > 0n ? (
            <StagePipelineChart stages={performance.byStage} />
          ) : (
            <Typography color="text.secondary" sx={{ py: 6, textAlign: "center" }}>
              No open opportunities expected to close {periodLabel}.
            </Typography>
          )}
        </SectionCard>
        <SectionCard title="Top sellers">
          <TopSellersTable sellers={detail.topSellers} periodLabel={periodLabel} />
        </SectionCard>
      </TwoColumns>
      <SectionCard title="Recent deal registrations">
        <RecentDealsTable deals={detail.recentDeals} />
      </SectionCard>
    </Stack>
  );
}
