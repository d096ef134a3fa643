import type { CsvColumn } from "../../app/csv/csv";
import { TIER_LABELS } from "../../app/ui/TierChip";
import type { PartnersPageQuery } from "../../gql/graphql";

type PartnerRow = PartnersPageQuery["partners"]["edges"][number]["node"];

/** The partners list's columns as it shows them. */
export const PARTNER_CSV_COLUMNS: readonly CsvColumn<PartnerRow>[] = [
  ["Partner", (p) => p.name],
  ["Tier", (p) => (p.tier ? TIER_LABELS[p.tier] : null)],
  ["Channel manager", (p) => p.channelManager?.name ?? "Not assigned"],
];
