import { useQuery } from "@apollo/client/react";
import PersonOutlineRounded from "@mui/icons-material/PersonOutlineRounded";
import ReplayRounded from "@mui/icons-material/ReplayRounded";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import {
  isClosedStage,
  isOpenStage,
  LOSS_REASON_LABELS,
  overseesPartners,
  type OpenStage,
  type OpportunityAction,
} from "@prm/domain";
import { useId, useState } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { formatDate, formatDateTime, relativeTime } from "../../../app/format/dates";
import { formatAmount } from "../../../app/format/money";
import { errorMessage } from "../../../app/graphql-errors";
import { BackButton } from "../../../app/layout/BackButton";
import { PageHeader } from "../../../app/layout/PageHeader";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { accountPath, usePortalBase } from "../../../app/routing/record-paths";
import { useDealsPath } from "../../../app/routing/section-paths";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import type { OpportunityDetailFragment } from "../../../gql/graphql";
import { AccountContacts, OpportunityStageChip } from "../accounts";
import { ActivityTimeline } from "../activities";
import { OpportunityPageDocument } from "./documents";
import { Field, OpportunityDetails } from "./OpportunityDetails";
import { isCloseDatePast } from "./opportunity-format";
import { ReassignDialog } from "./ReassignDialog";
import { ReopenDialog } from "./ReopenDialog";
import { StageHistory } from "./StageHistory";
import { StagePath } from "./StagePath";
import { useStageMove, type MoveOutcome } from "./useStageMove";

type Detail = OpportunityDetailFragment;

/** The open stage it was closed from: where its path stopped, and where it reopens by default. */
function lastOpenStage(o: Detail): OpenStage | null {
  for (const change of [...o.stageHistory].reverse()) {
    if (isOpenStage(change.toStage)) return change.toStage;
  }
  return null;
}

/**
 * One opportunity: its figures, its stage path with the moves the viewer may make, its details
 * edited in place (at the version seen), the account with its contacts, the activity timeline,
 * the stage history and the registration it came from; reopening and reassigning for managers
 * and sales operations.
 */
export function OpportunityPage() {
  const { opportunityId = "" } = useParams();
  const portalBase = usePortalBase();
  const listPath = `${portalBase}/opportunities`;
  const user = useSignedInUser();
  const vendorSide = overseesPartners(user.role);
  const { data, loading, error, refetch } = useQuery(OpportunityPageDocument, {
    variables: { id: opportunityId },
    fetchPolicy: "cache-and-network",
  });
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const [dialog, setDialog] = useState<"reopen" | "reassign" | null>(null);
  const stageMove = useStageMove((next) => {
    setOutcome(next);
    if (next.severity === "error") void refetch();
  });
  const opportunity = data?.opportunity;
  const sectionLabel = vendorSide ? "Partner opportunities" : "Opportunities";

  if (!opportunity) {
    if (loading && !data) return <OpportunityPageSkeleton />;
    if (error && !data) {
      return <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>;
    }
    return <OpportunityNotFound listPath={listPath} />;
  }

  const can = (action: OpportunityAction) => opportunity.allowedActions.includes(action);
  const said = (message: string) => setOutcome({ severity: "success", message });
  const closedFrom = lastOpenStage(opportunity);

  return (
    <>
      <BackButton to={listPath}>{sectionLabel}</BackButton>
      <PageHeader
        title={opportunity.name}
        subtitle={
          <Box
            component="span"
            sx={{ display: "inline-flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}
          >
            <OpportunityStageChip stage={opportunity.stage} />
            <span>
              {[opportunity.account?.name, vendorSide ? opportunity.partner.name : null]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </Box>
        }
        actions={
          <>
            {can("REASSIGN") && (
              <Button
                variant="outlined"
                startIcon={<PersonOutlineRounded />}
                onClick={() => setDialog("reassign")}
              >
                Reassign
              </Button>
            )}
            {can("REOPEN") && (
              <Button
                variant="contained"
                startIcon={<ReplayRounded />}
                onClick={() => setDialog("reopen")}
              >
                Reopen
              </Button>
            )}
          </>
        }
      />
      <Box role="status" aria-live="polite">
        {outcome && (
          <Alert severity={outcome.severity} onClose={() => setOutcome(null)} sx={{ mb: 2 }}>
            {outcome.message}
          </Alert>
        )}
      </Box>
      {opportunity.stage === "CLOSED_LOST" && opportunity.lossReason && (
        <Alert severity="error" variant="outlined" sx={{ mb: 2 }}>
          <AlertTitle>
            Lost{opportunity.closedAt ? ` on ${formatDate(opportunity.closedAt)}` : ""}:{" "}
            {LOSS_REASON_LABELS[opportunity.lossReason]}
          </AlertTitle>
          {opportunity.lossNote ?? "No note was given."}
        </Alert>
      )}
      <KeyFigures opportunity={opportunity} showPartner={vendorSide} />
      <Box
        sx={{
          display: "grid",
          gap: 2,
          alignItems: "start",
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 7fr) minmax(0, 5fr)" },
          // On a phone: where it stands and what to do, who to talk to, then the history.
          gridTemplateAreas: {
            xs: '"path" "details" "account" "activity" "history"',
            md: '"path path" "details account" "activity account" "activity history"',
          },
          gridTemplateRows: { md: "auto auto auto 1fr" },
          // A long name or address is cut or wrapped inside its card, never widening the page.
          "& > *": { minWidth: 0 },
        }}
      >
        <Box sx={{ gridArea: "path" }}>
          <StagePath
            stage={opportunity.stage}
            lastOpenStage={closedFrom}
            canMove={can("MOVE_STAGE")}
            busy={stageMove.pendingId === opportunity.id}
            onMove={(to) => {
              setOutcome(null);
              stageMove.request(opportunity, to);
            }}
          />
        </Box>
        <Box sx={{ gridArea: "details" }}>
          <OpportunityDetails
            opportunity={opportunity}
            canEdit={can("EDIT")}
            reload={async () => (await refetch()).data?.opportunity ?? null}
            onSaved={said}
          />
        </Box>
        <Box sx={{ gridArea: "account", display: "flex", flexDirection: "column", gap: 2 }}>
          <AccountPanel opportunity={opportunity} portalBase={portalBase} />
          {opportunity.account && <AccountContacts accountId={opportunity.account.id} />}
        </Box>
        <Box sx={{ gridArea: "activity" }}>
          <ActivityTimeline opportunityId={opportunity.id} />
        </Box>
        <Box sx={{ gridArea: "history" }}>
          <StageHistory history={opportunity.stageHistory} />
        </Box>
      </Box>
      {stageMove.dialog}
      {dialog === "reopen" && (
        <ReopenDialog
          opportunity={opportunity}
          initialStage={closedFrom ?? "QUALIFICATION"}
          onClose={() => setDialog(null)}
          onReopened={(message) => {
            setDialog(null);
            said(message);
          }}
        />
      )}
      {dialog === "reassign" && (
        <ReassignDialog
          opportunity={opportunity}
          onClose={() => setDialog(null)}
          onReassigned={(message) => {
            setDialog(null);
            said(message);
          }}
        />
      )}
    </>
  );
}

/** Amount, probability, weighted amount, close date, owner (and partner), last activity. */
function KeyFigures({ opportunity, showPartner }: { opportunity: Detail; showPartner: boolean }) {
  const closed = isClosedStage(opportunity.stage);
  const late = isCloseDatePast(opportunity);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Key figures"
      sx={{ p: { xs: 2, sm: 2.5 }, mb: 2 }}
    >
      <Box
        component="dl"
        sx={{
          m: 0,
          display: "grid",
          gap: 2,
          gridTemplateColumns: {
            xs: "repeat(2, minmax(0, 1fr))",
            sm: "repeat(3, minmax(0, 1fr))",
            lg: `repeat(${showPartner ? 7 : 6}, minmax(0, 1fr))`,
          },
        }}
      >
        <Figure label="Amount" value={formatAmount(opportunity.amount)} strong />
        <Figure label="Probability" value={`${opportunity.probability}%`} />
        <Figure label="Weighted amount" value={formatAmount(opportunity.weightedAmount)} />
        {closed ? (
          <Figure
            label={opportunity.stage === "CLOSED_WON" ? "Won on" : "Lost on"}
            value={formatDate(opportunity.closedAt)}
          />
        ) : (
          <Figure
            label="Expected close"
            value={formatDate(opportunity.expectedCloseDate)}
            note={late ? "Past: set a new date" : undefined}
          />
        )}
        <Figure label="Owner" value={opportunity.owner.name} />
        {showPartner && <Figure label="Partner" value={opportunity.partner.name} />}
        <Figure
          label="Last activity"
          value={opportunity.lastActivityAt ? relativeTime(opportunity.lastActivityAt) : "None yet"}
          title={
            opportunity.lastActivityAt ? formatDateTime(opportunity.lastActivityAt) : undefined
          }
        />
      </Box>
    </Paper>
  );
}

function Figure({
  label,
  value,
  note,
  strong = false,
  title,
}: {
  label: string;
  value: string;
  note?: string;
  strong?: boolean;
  title?: string;
}) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        title={title}
        sx={{
          m: 0,
          fontWeight: 600,
          fontSize: strong ? "1.25rem" : "1rem",
          fontVariantNumeric: "tabular-nums",
          overflowWrap: "anywhere",
        }}
      >
        {value}
        {note && (
          <Typography component="span" variant="caption" color="error" sx={{ display: "block" }}>
            {note}
          </Typography>
        )}
      </Typography>
    </Box>
  );
}

/** The customer account and the deal registration the opportunity came from. */
function AccountPanel({ opportunity, portalBase }: { opportunity: Detail; portalBase: string }) {
  const headingId = useId();
  const dealsPath = useDealsPath();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography id={headingId} variant="h3" component="h2" sx={{ mb: 2 }}>
        Account
      </Typography>
      <Box component="dl" sx={{ m: 0, display: "grid", gap: 2 }}>
        <Field label="Customer">
          {opportunity.account ? (
            <Link component={RouterLink} to={accountPath(portalBase, opportunity.account.id)}>
              {opportunity.account.name}
            </Link>
          ) : (
            "—"
          )}
        </Field>
        <Field label="Deal registration">
          {opportunity.deal ? (
            <Link component={RouterLink} to={`${dealsPath}/${opportunity.deal.id}`}>
              {opportunity.deal.number}
            </Link>
          ) : (
            "None: it was not registered"
          )}
        </Field>
      </Box>
    </Paper>
  );
}

function OpportunityPageSkeleton() {
  return (
    <Box role="status" aria-label="Loading the opportunity">
      <Skeleton variant="text" width={320} height={48} />
      <Skeleton variant="text" width={220} sx={{ mb: 3 }} />
      <Skeleton variant="rounded" height={80} sx={{ mb: 2 }} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "7fr 5fr" } }}>
        <Skeleton variant="rounded" height={320} />
        <Skeleton variant="rounded" height={240} />
      </Box>
    </Box>
  );
}

/** Out of scope and nonexistent look the same: the API answers null for both. */
function OpportunityNotFound({ listPath }: { listPath: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        Opportunity not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        This opportunity does not exist, or it is not one you can see.
      </Typography>
      <Button variant="contained" component={RouterLink} to={listPath}>
        Back to opportunities
      </Button>
    </Paper>
  );
}
