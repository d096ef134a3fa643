import { useQuery } from "@apollo/client/react";
import DragIndicatorRounded from "@mui/icons-material/DragIndicatorRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import {
  canMoveStage,
  OPEN_STAGES,
  STAGE_LABELS,
  sumMoney,
  type OpportunityStage,
} from "@prm/domain";
import { useId, useState, type DragEvent, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { formatCount, pluralNoun } from "../../../app/format/count";
import { formatAmount } from "../../../app/format/money";
import { errorMessage } from "../../../app/graphql-errors";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { VISUALLY_HIDDEN } from "../../../app/ui/visually-hidden";
import { opportunityPath, usePortalBase } from "../../../app/routing/record-paths";
import type { OpportunityBoardPageQuery, OpportunityRowFragment } from "../../../gql/graphql";
import { OpportunityBoardDocument } from "./documents";
import { boardFilter, stageListParams, type OpportunitiesState } from "./opportunity-filters";
import { closeLabel, isCloseDatePast } from "./opportunity-format";
import { StageMenu } from "./StageMenu";
import { useStageMove, type MoveOutcome } from "./useStageMove";

/** Cards shown per column; the rest are a link to the list of that stage. */
export const CARDS_PER_COLUMN = 20;

type Column = OpportunityBoardPageQuery["opportunityBoard"]["columns"][number];

/** The drag's payload type: only cards of this board are dropped on its columns. */
const DRAG_TYPE = "application/x-prm-opportunity";

/**
 * The open pipeline as one column per open stage, each with its count and amount and its first
 * cards by expected close date. A card is dragged to another column (mouse) or moved through its
 * stage menu (keyboard, touch); closing it opens a dialog. Who may not move it sees it read-only.
 */
export function OpportunityBoard({
  state,
  search,
  showOwner,
  showPartner,
}: {
  state: OpportunitiesState;
  /** The search as typed (deferred), ahead of the address. */
  search: string;
  showOwner: boolean;
  showPartner: boolean;
}) {
  const portalBase = usePortalBase();
  const { data, previousData, loading, error, refetch } = useQuery(OpportunityBoardDocument, {
    variables: { filter: boardFilter(state, search), perStage: CARDS_PER_COLUMN },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const { request, dialog, pendingId } = useStageMove((next) => {
    setOutcome(next);
    if (next.severity === "error") void refetch();
  });
  const [dragging, setDragging] = useState<OpportunityRowFragment | null>(null);
  const [dropStage, setDropStage] = useState<OpportunityStage | null>(null);
  const shown = data ?? previousData;
  const columns = shown?.opportunityBoard.columns;

  const canDropOn = (stage: OpportunityStage) =>
    dragging !== null && canMoveStage(dragging.stage, stage);

  function endDrag() {
    setDragging(null);
    setDropStage(null);
  }

  return (
    <>
      <Box role="status" aria-live="polite" sx={{ mb: outcome ? 2 : 0 }}>
        {outcome && (
          <Alert severity={outcome.severity} onClose={() => setOutcome(null)}>
            {outcome.message}
          </Alert>
        )}
      </Box>
      {columns && <PipelineSummary columns={columns} />}
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : (
        <Box
          sx={{
            display: "grid",
            gap: 2,
            alignItems: "start",
            // Phones: the stages one under the other; wider: side by side, scrolling inside the
            // board (never the page) when four columns do not fit.
            gridTemplateColumns: {
              xs: "minmax(0, 1fr)",
              sm: `repeat(${OPEN_STAGES.length}, minmax(240px, 1fr))`,
            },
            overflowX: { sm: "auto" },
            pb: { sm: 1 },
            opacity: loading && shown ? 0.7 : 1,
            transition: "opacity .2s",
          }}
        >
          {OPEN_STAGES.map((stage) => {
            const column = columns?.find((c) => c.stage === stage);
            return (
              <BoardColumn
                key={stage}
                stage={stage}
                column={column}
                moreHref={`${portalBase}/opportunities?${stageListParams(state, stage).toString()}`}
                dropTarget={dropStage === stage}
                onDragOver={(e) => {
                  if (!canDropOn(stage) || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = "move";
                  if (dropStage !== stage) setDropStage(stage);
                }}
                onDragLeave={(e) => {
                  // Leaving for one of its own cards is still over the column.
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
                    setDropStage((current) => (current === stage ? null : current));
                  }
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  const moved = dragging;
                  endDrag();
                  if (moved && canMoveStage(moved.stage, stage)) request(moved, stage);
                }}
              >
                {column?.opportunities.map((opportunity) => {
                  const movable = opportunity.allowedActions.includes("MOVE_STAGE");
                  return (
                    <BoardCard
                      key={opportunity.id}
                      opportunity={opportunity}
                      href={opportunityPath(portalBase, opportunity.id)}
                      showOwner={showOwner}
                      showPartner={showPartner}
                      movable={movable}
                      pending={pendingId === opportunity.id}
                      dragged={dragging?.id === opportunity.id}
                      onDragStart={(e) => {
                        e.dataTransfer.setData(DRAG_TYPE, opportunity.id);
                        e.dataTransfer.setData("text/plain", opportunity.name);
                        e.dataTransfer.effectAllowed = "move";
                        setOutcome(null);
                        setDragging(opportunity);
                      }}
                      onDragEnd={endDrag}
                      onMove={(to) => request(opportunity, to)}
                    />
                  );
                })}
              </BoardColumn>
            );
          })}
        </Box>
      )}
      {dialog}
    </>
  );
}

/** The whole board's open pipeline: what every column adds up to. */
function PipelineSummary({ columns }: { columns: readonly Column[] }) {
  const count = columns.reduce((sum, column) => sum + column.totalCount, 0);
  return (
    <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="pipeline-summary">
      Open pipeline{" "}
      <Box component="strong" sx={{ color: "text.primary", fontVariantNumeric: "tabular-nums" }}>
        {formatAmount(sumMoney(columns.map((column) => column.amount)))}
      </Box>{" "}
      in {formatCount(count, "opportunity", "opportunities")} · weighted{" "}
      {formatAmount(sumMoney(columns.map((column) => column.weightedAmount)))}
    </Typography>
  );
}

function BoardColumn({
  stage,
  column,
  moreHref,
  dropTarget,
  onDragOver,
  onDragLeave,
  onDrop,
  children,
}: {
  stage: OpportunityStage;
  column: Column | undefined;
  moreHref: string;
  dropTarget: boolean;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDragLeave: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
  children: ReactNode;
}) {
  const headingId = useId();
  const shownCount = column?.opportunities.length ?? 0;
  const more = column ? column.totalCount - shownCount : 0;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      data-stage={stage}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      sx={{
        p: 1.5,
        minWidth: 0,
        bgcolor: "action.hover",
        outline: dropTarget ? 2 : 0,
        outlineColor: "primary.main",
        outlineStyle: "dashed",
        outlineOffset: -2,
        transition: "outline-color .15s",
      }}
    >
      <Box sx={{ px: 0.5, mb: 1.5 }}>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
          <Typography id={headingId} variant="h3" component="h2" sx={{ fontSize: "1rem" }}>
            {STAGE_LABELS[stage]}
          </Typography>
          {column && (
            <Box
              component="span"
              title={formatCount(column.totalCount, "opportunity", "opportunities")}
              sx={{
                px: 0.75,
                minWidth: 22,
                textAlign: "center",
                borderRadius: 1,
                bgcolor: "action.selected",
                typography: "caption",
                fontWeight: 600,
                fontVariantNumeric: "tabular-nums",
              }}
            >
              {column.totalCount.toLocaleString("en-US")}
              <Box component="span" sx={VISUALLY_HIDDEN}>
                {" "}
                {pluralNoun(column.totalCount, "opportunity", "opportunities")}
              </Box>
            </Box>
          )}
        </Box>
        {column ? (
          <>
            <Typography
              variant="body2"
              sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", mt: 0.5 }}
            >
              {formatAmount(column.amount)}
            </Typography>
            <Typography
              variant="caption"
              color="text.secondary"
              sx={{ fontVariantNumeric: "tabular-nums" }}
            >
              weighted {formatAmount(column.weightedAmount)}
            </Typography>
          </>
        ) : (
          <Skeleton width="60%" />
        )}
      </Box>
      {!column ? (
        <Box sx={{ display: "grid", gap: 1 }}>
          <Skeleton variant="rounded" height={96} />
          <Skeleton variant="rounded" height={96} />
        </Box>
      ) : column.totalCount === 0 ? (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{
            px: 1,
            py: 3,
            textAlign: "center",
            border: 1,
            borderStyle: "dashed",
            borderColor: "divider",
            borderRadius: 1,
          }}
        >
          Nothing in {STAGE_LABELS[stage]}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-labelledby={headingId}
          sx={{
            listStyle: "none",
            m: 0,
            p: 0,
            display: "grid",
            gridTemplateColumns: "minmax(0, 1fr)",
            gap: 1,
          }}
        >
          {children}
        </Box>
      )}
      {more > 0 && (
        <Link
          component={RouterLink}
          to={moreHref}
          variant="body2"
          sx={{ display: "block", mt: 1.5, px: 0.5, fontWeight: 600 }}
        >
          {more.toLocaleString("en-US")} more in {STAGE_LABELS[stage]}
        </Link>
      )}
    </Paper>
  );
}

function BoardCard({
  opportunity,
  href,
  showOwner,
  showPartner,
  movable,
  pending,
  dragged,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  opportunity: OpportunityRowFragment;
  href: string;
  showOwner: boolean;
  showPartner: boolean;
  movable: boolean;
  pending: boolean;
  dragged: boolean;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onMove: (to: OpportunityStage) => void;
}) {
  const late = isCloseDatePast(opportunity);
  const who = [
    showPartner ? opportunity.partner.name : null,
    showOwner ? opportunity.owner.name : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Box
      component="li"
      draggable={movable && !pending}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      aria-busy={pending || undefined}
      data-opportunity-id={opportunity.id}
      sx={{
        bgcolor: "background.paper",
        border: 1,
        borderColor: "divider",
        borderRadius: 1,
        p: 1.25,
        pl: movable ? 0.5 : 1.25,
        display: "flex",
        gap: 0.5,
        alignItems: "flex-start",
        cursor: movable ? "grab" : undefined,
        opacity: pending || dragged ? 0.5 : 1,
        boxShadow: dragged ? 4 : 0,
        "&:hover": movable ? { borderColor: "primary.main" } : undefined,
      }}
    >
      {movable && (
        <DragIndicatorRounded
          aria-hidden
          fontSize="small"
          sx={{ color: "text.disabled", mt: 0.25, flexShrink: 0 }}
        />
      )}
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Link
          component={RouterLink}
          to={href}
          draggable={false}
          underline="hover"
          sx={{ fontWeight: 600, display: "block", overflowWrap: "anywhere" }}
        >
          {opportunity.name}
        </Link>
        {/* Most names start with the customer's: then it is not said twice. */}
        {opportunity.account && !opportunity.name.startsWith(opportunity.account.name) && (
          <Typography variant="body2" color="text.secondary" noWrap>
            {opportunity.account.name}
          </Typography>
        )}
        <Box
          sx={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "baseline",
            gap: 1,
            mt: 0.75,
            flexWrap: "wrap",
          }}
        >
          <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums" }}>
            {formatAmount(opportunity.amount)}
          </Typography>
          <Typography
            variant="caption"
            color={late ? "error" : "text.secondary"}
            sx={{ fontWeight: late ? 600 : undefined }}
          >
            {closeLabel(opportunity)}
            {late ? " (past)" : ""}
          </Typography>
        </Box>
        {who && (
          <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            noWrap
            sx={{ mt: 0.25 }}
          >
            {who}
          </Typography>
        )}
      </Box>
      {movable && (
        <StageMenu
          name={opportunity.name}
          stage={opportunity.stage}
          disabled={pending}
          onMove={onMove}
        />
      )}
    </Box>
  );
}
