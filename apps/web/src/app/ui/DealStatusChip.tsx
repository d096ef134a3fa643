import Chip, { type ChipProps } from "@mui/material/Chip";
import { DEAL_STATUS_LABELS, type DealStatus } from "@prm/domain";

const COLORS: Readonly<Record<DealStatus, ChipProps["color"]>> = {
  DRAFT: "default",
  SUBMITTED: "primary",
  APPROVED: "success",
  RETURNED: "warning",
  REJECTED: "error",
  WITHDRAWN: "default",
  EXPIRED: "default",
};

export function DealStatusChip({
  status,
  size = "small",
}: {
  status: DealStatus;
  size?: "small" | "medium";
}) {
  const filled = status === "APPROVED" || status === "SUBMITTED" || status === "RETURNED";
  return (
    <Chip
      component="span"
      size={size}
      color={COLORS[status]}
      variant={filled ? "filled" : "outlined"}
      label={DEAL_STATUS_LABELS[status]}
      // The theme's orange is too light for white text: returned deals get dark text on light orange.
      sx={
        status === "RETURNED"
          ? { fontWeight: 600, bgcolor: "warning.light", color: "rgba(0, 0, 0, 0.87)" }
          : { fontWeight: 600 }
      }
    />
  );
}
