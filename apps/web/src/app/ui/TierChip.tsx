import Chip from "@mui/material/Chip";
import type { PartnerTier } from "../../gql/graphql";

export const TIER_LABELS: Readonly<Record<PartnerTier, string>> = {
  PLATINUM: "Platinum",
  GOLD: "Gold",
  SILVER: "Silver",
  REGISTERED: "Registered",
};

export function TierChip({ tier }: { tier: PartnerTier | null | undefined }) {
  if (!tier) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={TIER_LABELS[tier]}
      sx={{ height: 22, fontSize: 12, fontWeight: 500 }}
    />
  );
}
