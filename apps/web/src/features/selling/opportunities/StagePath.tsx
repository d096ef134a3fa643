import CheckRounded from "@mui/icons-material/CheckRounded";
import CloseRounded from "@mui/icons-material/CloseRounded";
import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import ButtonBase from "@mui/material/ButtonBase";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { Theme } from "@mui/material/styles";
import {
  canMoveStage,
  isClosedStage,
  OPEN_STAGES,
  STAGE_LABELS,
  STAGE_PROBABILITY,
  type OpenStage,
  type OpportunityStage,
} from "@prm/domain";
import { useId, type ReactNode } from "react";
import { VISUALLY_HIDDEN } from "../../../app/ui/visually-hidden";

type SegmentState = "done" | "current" | "ahead";

/**
 * The stage an opportunity is in, along the pipeline: the open stages, then closed. The viewer who
 * may move it picks another open stage here, or closes it as won or lost.
 */
export function StagePath({
  stage,
  lastOpenStage,
  canMove,
  busy,
  onMove,
}: {
  stage: OpportunityStage;
  /** The open stage it was closed from (a closed one's path shows how far it got). */
  lastOpenStage: OpenStage | null;
  canMove: boolean;
  busy: boolean;
  onMove: (to: OpportunityStage) => void;
}) {
  const headingId = useId();
  const closed = isClosedStage(stage);
  const reached = closed ? lastOpenStage : stage;
  const reachedIndex = reached ? OPEN_STAGES.indexOf(reached as OpenStage) : -1;
  const segmentState = (index: number): SegmentState =>
    !closed && index === reachedIndex ? "current" : index <= reachedIndex ? "done" : "ahead";

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          flexWrap: "wrap",
          gap: 1,
          mb: 2,
        }}
      >
        <Typography id={headingId} variant="h3" component="h2">
          Stage
        </Typography>
        {canMove && !closed && (
          <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
            <Button
              variant="contained"
              color="success"
              startIcon={<EmojiEventsOutlined />}
              disabled={busy}
              onClick={() => onMove("CLOSED_WON")}
            >
              Close as won
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<CloseRounded />}
              disabled={busy}
              onClick={() => onMove("CLOSED_LOST")}
            >
              Close as lost
            </Button>
          </Box>
        )}
      </Box>
      <Box
        component="ol"
        aria-labelledby={headingId}
        sx={{
          listStyle: "none",
          m: 0,
          p: 0,
          display: "grid",
          gap: 0.75,
          gridTemplateColumns: {
            xs: "minmax(0, 1fr)",
            md: `repeat(${OPEN_STAGES.length + 1}, minmax(0, 1fr))`,
          },
        }}
      >
        {OPEN_STAGES.map((open, index) => {
          const state = segmentState(index);
          const movable = canMove && canMoveStage(stage, open);
          return (
            <Box component="li" key={open} aria-current={state === "current" ? "step" : undefined}>
              <Segment
                state={state}
                label={STAGE_LABELS[open]}
                detail={`${STAGE_PROBABILITY[open]}%`}
                onClick={movable ? () => onMove(open) : undefined}
                disabled={busy}
              />
            </Box>
          );
        })}
        <Box component="li" aria-current={closed ? "step" : undefined}>
          <Segment
            state={closed ? "current" : "ahead"}
            tone={
              stage === "CLOSED_WON" ? "success" : stage === "CLOSED_LOST" ? "error" : undefined
            }
            label={closed ? STAGE_LABELS[stage] : "Closed"}
            detail={closed ? `${STAGE_PROBABILITY[stage]}%` : "Won or lost"}
            icon={
              stage === "CLOSED_WON" ? (
                <EmojiEventsOutlined fontSize="inherit" />
              ) : stage === "CLOSED_LOST" ? (
                <CloseRounded fontSize="inherit" />
              ) : undefined
            }
          />
        </Box>
      </Box>
    </Paper>
  );
}

function Segment({
  state,
  tone,
  label,
  detail,
  icon,
  onClick,
  disabled,
}: {
  state: SegmentState;
  tone?: "success" | "error";
  label: string;
  detail: string;
  icon?: ReactNode;
  onClick?: () => void;
  disabled?: boolean;
}) {
  const color = tone ?? "primary";
  const filled = state === "current";
  const sx = {
    width: "100%",
    minHeight: { xs: 44, md: 52 },
    px: 1.25,
    py: 0.75,
    borderRadius: 1,
    display: "flex",
    alignItems: "center",
    justifyContent: "flex-start",
    gap: 1,
    textAlign: "left",
    border: 1,
    borderColor: filled ? `${color}.main` : state === "done" ? `${color}.light` : "divider",
    bgcolor: filled ? `${color}.main` : state === "done" ? "action.selected" : "transparent",
    color: filled ? `${color}.contrastText` : "text.primary",
  } as const;
  const content = (
    <>
      <Box
        aria-hidden
        sx={{
          width: 22,
          height: 22,
          flexShrink: 0,
          borderRadius: "50%",
          display: "grid",
          placeItems: "center",
          fontSize: 16,
          bgcolor: filled
            ? "rgba(255,255,255,0.22)"
            : state === "done"
              ? `${color}.main`
              : "action.hover",
          color: filled || state === "done" ? `${color}.contrastText` : "text.secondary",
        }}
      >
        {icon ?? (state === "done" ? <CheckRounded fontSize="inherit" /> : null)}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }} noWrap>
          {onClick && (
            <Box component="span" sx={VISUALLY_HIDDEN}>
              Move to{" "}
            </Box>
          )}
          {label}
        </Typography>
        <Typography variant="caption" sx={{ color: filled ? "inherit" : "text.secondary" }}>
          {detail}
        </Typography>
      </Box>
    </>
  );
  if (!onClick) {
    return (
      <Box
        sx={[
          sx,
          // White on the dark scheme's lighter red is too faint: its darker red instead.
          filled &&
            tone === "error" &&
            ((theme: Theme) =>
              theme.applyStyles("dark", { bgcolor: "error.dark", borderColor: "error.dark" })),
        ]}
      >
        {content}
      </Box>
    );
  }
  return (
    <ButtonBase
      onClick={onClick}
      disabled={disabled}
      sx={{
        ...sx,
        "&:hover": { borderColor: `${color}.main`, bgcolor: "action.hover" },
        "&.Mui-focusVisible": { outline: 2, outlineColor: `${color}.main`, outlineOffset: 2 },
      }}
    >
      {content}
    </ButtonBase>
  );
}
