import { TIER_LABELS } from "../../app/ui/TierChip";
import type { CsvColumn } from "../../app/csv/csv";
import type { AdminPartnerRowFragment } from "../../gql/graphql";

/** The partners administration list's columns as it shows them. */
export const ADMIN_PARTNER_CSV_COLUMNS: readonly CsvColumn<AdminPartnerRowFragment>[] = [
  ["Partner", (p) => p.name],
  ["Web domain", (p) => p.domain],
  ["Tier", (p) => (p.tier ? TIER_LABELS[p.tier] : null)],
  ["Channel manager", (p) => p.channelManager?.name],
  ["Channel manager email", (p) => p.channelManager?.email],
  ["Status", (p) => (p.active ? "Active" : "Deactivated")],
];
