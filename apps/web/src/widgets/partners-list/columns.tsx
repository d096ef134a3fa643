import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { GridColDef, GridSortModel } from "@mui/x-data-grid";
import { formatPercent } from "../../app/format/percent";
import { TierChip } from "../../app/ui/TierChip";
import type {
  PartnerPerformanceOrder,
  PartnerPerformanceRowFragment,
  PartnerPerformanceSort,
} from "../../gql/graphql";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { formatAmount } from "../../app/format/money";

export type PartnerRow = PartnerPerformanceRowFragment;

/** Grid column → the server's sort field (the grid sorts nothing itself). */
const SORT_FIELDS: Readonly<Record<string, PartnerPerformanceSort>> = {
  name: "NAME",
  openAmount: "OPEN_AMOUNT",
  wonAmount: "WON_AMOUNT",
  quotaAmount: "QUOTA_AMOUNT",
  quotaAttainment: "QUOTA_ATTAINMENT",
};

export const DEFAULT_SORT: GridSortModel = [{ field: "wonAmount", sort: "desc" }];

export function toOrderBy(model: GridSortModel): PartnerPerformanceOrder {
  const [first] = model;
  const field = first && SORT_FIELDS[first.field];
  if (!first || !field) return { field: "WON_AMOUNT", direction: "DESC" };
  return { field, direction: first.sort === "asc" ? "ASC" : "DESC" };
}

const money = (value: string | null) => (value === null ? "—" : formatAmount(value));

const amountColumn = {
  type: "string",
  align: "right",
  headerAlign: "right",
  flex: 1,
  minWidth: 110,
  // Largest first on the first click: that is the question people ask of money columns.
  sortingOrder: ["desc", "asc"],
  cellClassName: "numeric",
} as const satisfies Partial<GridColDef<PartnerRow>>;

export const PARTNER_COLUMNS: GridColDef<PartnerRow>[] = [
  {
    field: "name",
    headerName: "Partner",
    flex: 2,
    minWidth: 200,
    sortingOrder: ["asc", "desc"],
    valueGetter: (_value, row) => row.partner.name,
    renderCell: ({ row }) => (
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0, height: "100%" }}>
        <Typography variant="body2" noWrap title={row.partner.name} sx={{ fontWeight: 600 }}>
          {row.partner.name}
        </Typography>
        <TierChip tier={row.partner.tier} />
      </Box>
    ),
  },
  {
    ...amountColumn,
    field: "openAmount",
    headerName: "Open pipeline",
    valueGetter: (_value, row) => row.openAmount,
    valueFormatter: (value: string) => money(value),
  },
  {
    ...amountColumn,
    field: "wonAmount",
    headerName: "Won",
    valueGetter: (_value, row) => row.wonAmount,
    valueFormatter: (value: string) => money(value),
  },
  {
    ...amountColumn,
    field: "quotaAmount",
    headerName: "Quota",
    valueGetter: (_value, row) => row.quotaAmount,
    valueFormatter: (value: string | null) => money(value),
  },
  {
    field: "quotaAttainment",
    headerName: "Attainment",
    flex: 1.4,
    minWidth: 160,
    sortingOrder: ["desc", "asc"],
    valueGetter: (_value, row) => row.quotaAttainment,
    renderCell: ({ row }) => (
      <Box sx={{ display: "flex", alignItems: "center", height: "100%" }}>
        <AttainmentBar attainment={row.quotaAttainment} />
      </Box>
    ),
  },
  {
    ...amountColumn,
    field: "winRate",
    headerName: "Win rate",
    minWidth: 90,
    flex: 0.7,
    sortable: false,
    valueGetter: (_value, row) => row.winRate,
    valueFormatter: (value: number | null) => formatPercent(value),
  },
];
