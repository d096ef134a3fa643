import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { PERIOD_LABELS } from "@prm/domain";
import { ROLE_NAMES } from "../../app/format/role-names";
import { Link as RouterLink } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { usePeriodParam } from "../../app/routing/search-params";
import { useTeamMemberPath } from "../../app/routing/team-paths";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { PeriodSelect } from "../../app/ui/PeriodSelect";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import type { TeamListQuery } from "../../gql/graphql";
import { TeamListDocument } from "./documents";

type MemberRow = TeamListQuery["teamPerformance"][number];

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

/** The people whose figures the viewer sees (a manager's team, sales operations' organization). */
export function TeamPage() {
  const [period, setPeriod] = usePeriodParam();
  const personPath = useTeamMemberPath(period);
  const cards = useRecordCards();
  const { data, previousData, loading, error, refetch } = useQuery(TeamListDocument, {
    variables: { period: { preset: period } },
    notifyOnNetworkStatusChange: true,
  });
  const rows = (data ?? previousData)?.teamPerformance;
  const periodLabel = PERIOD_LABELS[period].toLowerCase();

  return (
    <>
      <PageHeader
        title="Team"
        subtitle={`Everyone whose figures you see, ${periodLabel}. Open a person for their pipeline, deals and activities.`}
        actions={<PeriodSelect value={period} onChange={setPeriod} />}
      />
      <Box sx={{ height: 4, mb: 1 }}>
        {loading && <LinearProgress aria-label="Loading the team" />}
      </Box>
      {error && (
        <Box sx={{ mb: 2 }}>
          <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
        </Box>
      )}
      {rows && rows.length === 0 && (
        <Typography color="text.secondary">No one in your team yet.</Typography>
      )}
      {rows &&
        rows.length > 0 &&
        (cards ? (
          <RecordCardList label="Team">
            {rows.map((row) => (
              <RecordCard
                key={row.seller.id}
                to={personPath(row.seller.id)}
                title={row.seller.name}
                subtitle={ROLE_NAMES[row.seller.role]}
                fields={[
                  { label: "Won", value: formatAmount(row.wonAmount) },
                  { label: "Open pipeline", value: formatAmount(row.openAmount) },
                  {
                    label: "Attainment",
                    value: <AttainmentBar attainment={row.quotaAttainment} />,
                  },
                  { label: "Win rate", value: formatPercent(row.winRate) },
                ]}
              />
            ))}
          </RecordCardList>
        ) : (
          <TeamTable rows={rows} personPath={personPath} />
        ))}
    </>
  );
}

function TeamTable({
  rows,
  personPath,
}: {
  rows: readonly MemberRow[];
  personPath: (userId: string) => string;
}) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Team">
        <TableHead>
          <TableRow>
            <TableCell>Person</TableCell>
            <TableCell align="right">Won</TableCell>
            <TableCell align="right">Open pipeline</TableCell>
            <TableCell align="right">Win rate</TableCell>
            <TableCell sx={{ minWidth: 180 }}>Quota attainment</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.seller.id} hover>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={personPath(row.seller.id)}
                  underline="hover"
                  sx={{ fontWeight: 600 }}
                >
                  {row.seller.name}
                </Link>
                <Typography variant="caption" color="text.secondary" component="p">
                  {ROLE_NAMES[row.seller.role]} · {row.seller.email}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatAmount(row.wonAmount)}
                <Typography variant="caption" color="text.secondary" component="p">
                  {row.wonCount.toLocaleString("en-US")} won
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatAmount(row.openAmount)}
                <Typography variant="caption" color="text.secondary" component="p">
                  {formatCount(row.openCount, "opportunity", "opportunities")}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatPercent(row.winRate)}
              </TableCell>
              <TableCell>
                <AttainmentBar attainment={row.quotaAttainment} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
