import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { LOSS_REASON_LABELS, toCents } from "@prm/domain";
import { StagePipelineChart } from "../../app/charts/StagePipelineChart";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { SectionCard } from "../../app/layout/SectionCard";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { Kpi, KPI_GRID_SX } from "../../app/ui/Kpi";
import type { TeamMemberQuery } from "../../gql/graphql";

type Metrics = TeamMemberQuery["salesMetrics"];

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

/** One person's figures for the period, as `salesMetrics(sellerId)` answers them. */
export function MemberFigures({ metrics, periodLabel }: { metrics: Metrics; periodLabel: string }) {
  const { pipeline, winLoss, quota } = metrics;
  return (
    <Stack spacing={2}>
      <Box sx={KPI_GRID_SX}>
        <Kpi label="Won amount" value={formatAmount(winLoss.wonAmount)}>
          {formatCount(winLoss.wonCount, "opportunity", "opportunities")} won {periodLabel}
        </Kpi>
        <Kpi label="Open pipeline" value={formatAmount(pipeline.openAmount)}>
          {formatCount(pipeline.openCount, "opportunity", "opportunities")} closing {periodLabel}
        </Kpi>
        <Kpi label="Weighted pipeline" value={formatAmount(pipeline.weightedAmount)}>
          Open amount × stage probability
        </Kpi>
        <Kpi label="Win rate" value={formatPercent(winLoss.winRate)}>
          {winLoss.winRate === null
            ? `Nothing closed ${periodLabel}`
            : `${winLoss.wonCount} won · ${winLoss.lostCount} lost · ${formatPercent(winLoss.winRateByAmount)} by amount`}
        </Kpi>
        <Kpi
          label="Quota"
          value={quota.quotaAmount === null ? "No quota" : formatAmount(quota.quotaAmount)}
        >
          {quota.quotaAmount === null
            ? `None set for ${periodLabel}`
            : toCents(quota.amountToClose ?? "0") === 0n
              ? "Met: nothing left to close"
              : `${formatAmount(quota.amountToClose ?? "0")} still to close`}
        </Kpi>
        <Kpi
          label="Quota attainment"
          value={quota.attainment === null ? "—" : formatPercent(quota.attainment)}
        >
          {quota.attainment === null || quota.quotaAmount === null ? (
            "No quota to track"
          ) : (
            <>
              <AttainmentBar attainment={quota.attainment} showValue={false} />
              <Box component="span" sx={{ display: "block", mt: 0.5 }}>
                {formatAmount(quota.wonAmount)} won of {formatAmount(quota.quotaAmount)}
              </Box>
            </>
          )}
        </Kpi>
      </Box>
      <TwoColumns ratio={[6, 4]}>
        <SectionCard title="Open pipeline by stage">
          {toCents(pipeline.openAmount) > 0n ? (
            <StagePipelineChart stages={pipeline.byStage} />
          ) : (
            <Typography color="text.secondary" sx={{ py: 6, textAlign: "center" }}>
              No open opportunities expected to close {periodLabel}.
            </Typography>
          )}
        </SectionCard>
        <SectionCard title="Win/loss">
          <WinLoss winLoss={winLoss} periodLabel={periodLabel} />
        </SectionCard>
      </TwoColumns>
    </Stack>
  );
}

function WinLoss({ winLoss, periodLabel }: { winLoss: Metrics["winLoss"]; periodLabel: string }) {
  if (winLoss.wonCount + winLoss.lostCount === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 6, textAlign: "center" }}>
        Nothing won or lost {periodLabel}.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Won and lost, and why lost">
      <TableHead>
        <TableRow>
          <TableCell sx={{ pl: 0 }}>Outcome</TableCell>
          <TableCell align="right">Opportunities</TableCell>
          <TableCell align="right" sx={{ pr: 0 }}>
            Amount
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableCell sx={{ pl: 0, fontWeight: 600 }}>Won</TableCell>
          <TableCell align="right" sx={numeric}>
            {winLoss.wonCount}
          </TableCell>
          <TableCell align="right" sx={{ ...numeric, pr: 0 }}>
            {formatAmount(winLoss.wonAmount)}
          </TableCell>
        </TableRow>
        <TableRow>
          <TableCell sx={{ pl: 0, fontWeight: 600 }}>Lost</TableCell>
          <TableCell align="right" sx={numeric}>
            {winLoss.lostCount}
          </TableCell>
          <TableCell align="right" sx={{ ...numeric, pr: 0 }}>
            {formatAmount(winLoss.lostAmount)}
          </TableCell>
        </TableRow>
        {winLoss.lossReasons.map((reason) => (
          <TableRow key={reason.reason}>
            <TableCell sx={{ pl: 3, color: "text.secondary" }}>
              {LOSS_REASON_LABELS[reason.reason]}
            </TableCell>
            <TableCell align="right" sx={{ ...numeric, color: "text.secondary" }}>
              {reason.count}
            </TableCell>
            <TableCell align="right" sx={{ ...numeric, pr: 0, color: "text.secondary" }}>
              {formatAmount(reason.amount)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
