import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { isWidgetPeriodPreset, PERIOD_LABELS, toCents, type WidgetPeriodPreset } from "@prm/domain";
import { useParams, useSearchParams } from "react-router";
import { errorMessage, hasErrorCode } from "../../app/graphql-errors";
import { BackButton } from "../../app/layout/BackButton";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { RetryAlert } from "../../app/layout/RetryAlert";
import type { PartnerPageQuery } from "../../gql/graphql";
import { DEFAULT_WIDGET_PERIOD } from "../../app/widget-contract/types";
import { PageHeader } from "../../app/layout/PageHeader";
import { PartnerPageDocument } from "./document";
import { PartnerKpis } from "./PartnerKpis";
import { PartnerNotYours, PartnerPageSkeleton } from "./PartnerPageStates";
import { PartnerSection } from "./PartnerSection";
import { usePartnersPath } from "../../app/routing/section-paths";
import { PeriodSelect } from "./PeriodSelect";
import { RecentDealsTable } from "./RecentDealsTable";
import { StagePipelineChart } from "./StagePipelineChart";
import { TierChip } from "../../app/ui/TierChip";
import { TopSellersTable } from "./TopSellersTable";

/** The period in the address (`?period=LAST_QUARTER`), so a partner's view can be shared. */
function usePeriodParam(): [WidgetPeriodPreset, (period: WidgetPeriodPreset) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get("period");
  const period = isWidgetPeriodPreset(raw) ? raw : DEFAULT_WIDGET_PERIOD;
  return [period, (next) => setParams({ period: next }, { replace: true })];
}

/** One partner's dashboard for its channel manager (or an admin): figures, pipeline, people, deals. */
export default function PartnerPage() {
  const { partnerId = "" } = useParams();
  const partnersPath = usePartnersPath();
  const [period, setPeriod] = usePeriodParam();
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

  return (
    <>
      {back}
      <PartnerHeader detail={shown.partner} period={period} onPeriodChange={setPeriod} />
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
  );
}

type Detail = PartnerPageQuery["partner"];

function PartnerHeader({
  detail,
  period,
  onPeriodChange,
}: {
  detail: Detail;
  period: WidgetPeriodPreset;
  onPeriodChange: (period: WidgetPeriodPreset) => void;
}) {
  const { partner } = detail;
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
      actions={<PeriodSelect value={period} onChange={onPeriodChange} />}
    />
  );
}

function PartnerBody({ detail, periodLabel }: { detail: Detail; periodLabel: string }) {
  const { performance } = detail;
  return (
    <Stack spacing={2}>
      <PartnerKpis performance={performance} periodLabel={periodLabel} />
      <TwoColumns ratio={[4, 6]}>
        <PartnerSection title="Open pipeline by stage">
          {toCents(performance.openAmount) > 0n ? (
            <StagePipelineChart stages={performance.byStage} />
          ) : (
            <Typography color="text.secondary" sx={{ py: 6, textAlign: "center" }}>
              No open opportunities expected to close {periodLabel}.
            </Typography>
          )}
        </PartnerSection>
        <PartnerSection title="Top sellers">
          <TopSellersTable sellers={detail.topSellers} periodLabel={periodLabel} />
        </PartnerSection>
      </TwoColumns>
      <PartnerSection title="Recent deal registrations">
        <RecentDealsTable deals={detail.recentDeals} />
      </PartnerSection>
    </Stack>
  );
}
