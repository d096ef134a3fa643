import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { WidgetPeriodPreset } from "@prm/domain";
import type { PartnerPerformanceOrder } from "../../gql/graphql";
import { PERIOD_LABELS } from "@prm/domain";
import { CsvExportButton } from "../../app/csv/CsvExportButton";
import { formatCount } from "../../app/format/count";
import { usePartnersCsvExport } from "./usePartnersCsvExport";

/** The list's count and period, and the CSV export of all of it (every page) with its progress. */
export function ExportCsvButton({
  period,
  orderBy,
  totalCount,
}: {
  period: WidgetPeriodPreset;
  orderBy: PartnerPerformanceOrder;
  totalCount: number;
}) {
  const { state, exportCsv } = usePartnersCsvExport(period, orderBy);
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
      <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
        {formatCount(totalCount, "partner")} · {PERIOD_LABELS[period].toLowerCase()} · open a
        partner for their dashboard
      </Typography>
      <CsvExportButton state={state} onExport={() => void exportCsv()} />
    </Box>
  );
}
