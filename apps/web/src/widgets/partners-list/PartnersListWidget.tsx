import { useNavigate } from "react-router";
import Box from "@mui/material/Box";
import TablePagination from "@mui/material/TablePagination";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { DataGrid } from "@mui/x-data-grid";
import type { WidgetPeriodPreset } from "@prm/domain";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { usePartnerPagePath } from "../../app/routing/section-paths";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { TierChip } from "../../app/ui/TierChip";
import { widgetPeriod } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { PARTNER_COLUMNS } from "./columns";
import { ExportCsvButton } from "./ExportCsvButton";
import { PAGE_SIZES, usePartnersPage } from "./usePartnersPage";

/** Every assigned partner with pipeline, won amount, quota and attainment; a row opens the partner. */
export default function PartnersListWidget({ settings }: WidgetViewProps) {
  const period = widgetPeriod(settings);
  // A new period is a new list: sort and paging start afresh.
  return <PartnersGrid key={period} period={period} />;
}

function PartnersGrid({ period }: { period: WidgetPeriodPreset }) {
  const navigate = useNavigate();
  const partnerPath = usePartnerPagePath(period);
  const list = usePartnersPage(period);
  // On a tablet the figures that matter most keep their room; attainment implies the quota.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down("md"));
  const cards = useRecordCards();

  const fallback = widgetQueryFallback(list.query);
  if (fallback) return fallback;
  if (list.totalCount === 0) {
    return (
      <WidgetEmpty
        title="No partners assigned yet"
        hint="Partners assigned to you will be listed here with their figures."
      />
    );
  }
  const open = (partnerId: string) => void navigate(partnerPath(partnerId));
  const header = (
    <ExportCsvButton period={period} orderBy={list.orderBy} totalCount={list.totalCount} />
  );

  if (cards) {
    return (
      <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0, gap: 1 }}>
        {header}
        <Box
          sx={{
            flexGrow: 1,
            minHeight: 0,
            overflow: "auto",
            opacity: list.query.loading ? 0.6 : 1,
          }}
        >
          <RecordCardList label="Partners">
            {list.rows.map((row) => (
              <RecordCard
                key={row.partner.id}
                to={partnerPath(row.partner.id)}
                title={row.partner.name}
                aside={<TierChip tier={row.partner.tier} />}
                fields={[
                  { label: "Won", value: formatAmount(row.wonAmount) },
                  { label: "Open pipeline", value: formatAmount(row.openAmount) },
                  {
                    label: "Attainment",
                    value: <AttainmentBar attainment={row.quotaAttainment} />,
                  },
                  { label: "Win rate", value: formatPercent(row.winRate) },
                ]}
              />
            ))}
          </RecordCardList>
        </Box>
        <TablePagination
          component="div"
          count={list.totalCount}
          page={list.paginationModel.page}
          rowsPerPage={list.paginationModel.pageSize}
          rowsPerPageOptions={[]}
          sx={{ flexShrink: 0 }}
          onPageChange={(_, page) => list.changePage({ ...list.paginationModel, page })}
        />
      </Box>
    );
  }

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0, gap: 1 }}>
      {header}
      {/* As tall as its rows, at most the widget's room: five partners do not get 600 px. */}
      <Box sx={{ minHeight: 0, display: "flex", flexDirection: "column" }}>
        <DataGrid
          aria-label="Partners"
          rows={list.rows}
          columns={PARTNER_COLUMNS}
          columnVisibilityModel={narrow ? { quotaAmount: false, winRate: false } : {}}
          getRowId={(row) => row.partner.id}
          rowCount={list.totalCount}
          loading={list.query.loading}
          sortingMode="server"
          sortModel={list.sortModel}
          onSortModelChange={list.changeSort}
          paginationMode="server"
          paginationModel={list.paginationModel}
          onPaginationModelChange={list.changePage}
          pageSizeOptions={[...PAGE_SIZES]}
          disableColumnMenu
          disableRowSelectionOnClick
          rowHeight={44}
          columnHeaderHeight={44}
          onRowClick={({ row }) => open(row.partner.id)}
          onCellKeyDown={({ row }, event) => {
            if (event.key === "Enter") open(row.partner.id);
          }}
          sx={{
            "--DataGrid-containerBackground": "var(--mui-palette-background-paper)",
            "& .MuiDataGrid-row": { cursor: "pointer" },
            "& .numeric": { fontVariantNumeric: "tabular-nums" },
            "& .MuiDataGrid-columnHeaderTitle": { fontWeight: 600 },
          }}
        />
      </Box>
    </Box>
  );
}
