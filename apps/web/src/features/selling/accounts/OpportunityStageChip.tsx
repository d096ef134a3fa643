import Chip, { type ChipProps } from "@mui/material/Chip";
import { STAGE_LABELS, type OpportunityStage } from "@prm/domain";

const COLORS: Readonly<Record<OpportunityStage, ChipProps["color"]>> = {
  QUALIFICATION: "default",
  DISCOVERY: "default",
  PROPOSAL: "primary",
  NEGOTIATION: "primary",
  CLOSED_WON: "success",
  CLOSED_LOST: "error",
};

/** An opportunity's stage: open ones outlined, won and lost in their colors. */
export function OpportunityStageChip({ stage }: { stage: OpportunityStage }) {
  return (
    <Chip
      component="span"
      size="small"
      color={COLORS[stage]}
      variant={stage === "CLOSED_WON" ? "filled" : "outlined"}
      label={STAGE_LABELS[stage]}
      sx={{ fontWeight: 600 }}
    />
  );
}
