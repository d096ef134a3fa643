import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import { PERIOD_LABELS } from "@prm/domain";
import { ROLE_NAMES } from "../../app/format/role-names";
import { useId } from "react";
import { useParams } from "react-router";
import { errorMessage, hasErrorCode } from "../../app/graphql-errors";
import { BackButton } from "../../app/layout/BackButton";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { usePeriodParam, useSearchParam } from "../../app/routing/search-params";
import { useTeamPath, type TeamMemberTab } from "../../app/routing/team-paths";
import { PeriodSelect } from "../../app/ui/PeriodSelect";
import { TeamMemberDocument } from "./documents";
import { MemberFigures } from "./MemberFigures";
import { MemberActivities, MemberDeals, MemberOpportunities } from "./MemberRecords";
import { NotInYourTeam, TeamMemberSkeleton } from "./TeamMemberStates";

const OVERVIEW = "overview";

const TABS: readonly { id: typeof OVERVIEW | TeamMemberTab; label: string }[] = [
  { id: OVERVIEW, label: "Overview" },
  { id: "opportunities", label: "Opportunities" },
  { id: "deals", label: "Deals" },
  { id: "activities", label: "Activities" },
];

/**
 * One person of the viewer's team: who they are, their figures for a period (the same
 * `salesMetrics` as their own dashboard), and their open opportunities, deals and activities.
 */
export default function TeamMemberPage() {
  const { userId = "" } = useParams();
  const teamPath = useTeamPath();
  const [period, setPeriod] = usePeriodParam();
  const [tabParam, setTab] = useSearchParam("tab");
  const tab = TABS.find((t) => t.id === tabParam)?.id ?? OVERVIEW;
  const tabsId = useId();
  const { data, previousData, loading, error, refetch } = useQuery(TeamMemberDocument, {
    variables: { id: userId, period: { preset: period } },
    notifyOnNetworkStatusChange: true,
  });
  // While another period loads, the previous figures stay (under a progress bar).
  const shown = data ?? (previousData?.user?.id === userId ? previousData : undefined);

  const back = <BackButton to={teamPath}>Team</BackButton>;
  if ((error && hasErrorCode(error, "NOT_FOUND")) || (shown && !shown.user)) {
    return (
      <>
        {back}
        <NotInYourTeam teamPath={teamPath} />
      </>
    );
  }
  if (!shown?.user) {
    if (error) {
      return (
        <>
          {back}
          <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
        </>
      );
    }
    return <TeamMemberSkeleton />;
  }

  const { user, salesMetrics } = shown;
  const periodLabel = PERIOD_LABELS[period].toLowerCase();
  return (
    <>
      {back}
      <PageHeader
        title={user.name}
        subtitle={[
          ROLE_NAMES[user.role],
          user.manager ? `reports to ${user.manager.name}` : null,
          user.email,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={tab === OVERVIEW && <PeriodSelect value={period} onChange={setPeriod} />}
      />
      <Tabs
        value={tab}
        onChange={(_, value: string) => setTab(value)}
        aria-label={`${user.name}: views`}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ mt: -1.5, mb: 2, borderBottom: 1, borderColor: "divider" }}
      >
        {TABS.map((t) => (
          <Tab
            key={t.id}
            value={t.id}
            label={t.label}
            id={`${tabsId}-${t.id}-tab`}
            aria-controls={`${tabsId}-${t.id}-panel`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${tabsId}-${tab}-panel`} aria-labelledby={`${tabsId}-${tab}-tab`}>
        {tab === OVERVIEW && (
          <>
            <Box sx={{ height: 4, mb: 1 }}>
              {loading && <LinearProgress aria-label="Loading the period's figures" />}
            </Box>
            {error && (
              <Box sx={{ mb: 2 }}>
                <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
              </Box>
            )}
            <MemberFigures metrics={salesMetrics} periodLabel={periodLabel} />
          </>
        )}
        {tab === "opportunities" && <MemberOpportunities userId={user.id} name={user.name} />}
        {tab === "deals" && <MemberDeals userId={user.id} name={user.name} />}
        {tab === "activities" && <MemberActivities userId={user.id} name={user.name} />}
      </Box>
    </>
  );
}
