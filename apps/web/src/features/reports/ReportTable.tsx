import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableFooter from "@mui/material/TableFooter";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import Typography from "@mui/material/Typography";
import { useMemo, useState, type ReactNode } from "react";
import { CsvExportButton } from "../../app/csv/CsvExportButton";
import { downloadFile } from "../../app/download";
import { RetryAlert } from "../../app/layout/RetryAlert";
import {
  reportCsv,
  sortRows,
  type ReportColumn,
  type ReportSort,
  type SortDirection,
} from "./report-table-model";

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** The row's name stays in view while a narrow screen scrolls the figures sideways. */
const FIRST_COLUMN = {
  position: "sticky",
  left: 0,
  zIndex: 1,
  bgcolor: "background.paper",
} as const;

/**
 * A report: its rows in a table sorted by a clicked column header (aria-sort on it), an optional
 * totals row, and a CSV export of exactly the rows and columns shown, in the order shown.
 */
export function ReportTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  defaultSort,
  totals,
  fileName,
  summary,
  loading,
  error,
  onRetry,
  empty,
}: {
  label: string;
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  defaultSort: ReportSort;
  /** Whether a totals row closes the table (each column's `total`). */
  totals?: boolean;
  /** "team-pipeline" saves "team-pipeline-2026-03-14.csv". */
  fileName: string;
  summary?: ReactNode;
  loading: boolean;
  error?: string;
  onRetry: () => void;
  empty: { title: string; hint: string };
}) {
  const [sort, setSort] = useState<ReportSort>(defaultSort);
  const sorted = useMemo(() => sortRows(rows ?? [], columns, sort), [rows, columns, sort]);

  function sortBy(column: ReportColumn<Row>) {
    const first: SortDirection = column.numeric ? "desc" : "asc";
    setSort(
      sort.column === column.id
        ? { column: column.id, direction: sort.direction === "asc" ? "desc" : "asc" }
        : { column: column.id, direction: first },
    );
  }

  function exportCsv() {
    const csv = reportCsv(columns, sorted, totals ?? false);
    const day = new Date().toISOString().slice(0, 10);
    downloadFile(`${fileName}-${day}.csv`, `\uFEFF${csv}`, "text/csv;charset=utf-8");
  }

  if (error && !rows) return <RetryAlert onRetry={onRetry}>{error}</RetryAlert>;
  const ready = rows !== undefined;
  return (
    <>
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          flexWrap: "wrap",
          gap: 1,
          mb: 1.5,
          minHeight: 36,
        }}
      >
        <Typography color="text.secondary" role="status" aria-busy={loading}>
          {ready ? summary : "Loading…"}
        </Typography>
        {ready && sorted.length > 0 && (
          <CsvExportButton state={{ status: "idle" }} onExport={exportCsv} />
        )}
      </Box>
      <Paper variant="outlined">
        <TableContainer>
          <Table size="small" aria-label={label} sx={{ "& th, & td": { px: { xs: 1, sm: 1.5 } } }}>
            <TableHead>
              <TableRow>
                {columns.map((column, index) => {
                  const active = sort.column === column.id;
                  return (
                    <TableCell
                      key={column.id}
                      align={column.numeric ? "right" : "left"}
                      sortDirection={active ? sort.direction : false}
                      sx={[
                        { verticalAlign: "bottom", lineHeight: 1.3 },
                        // Two-word headers wrap, so nine figures fit a laptop's width.
                        column.numeric ? { maxWidth: 120 } : { whiteSpace: "nowrap" },
                        index === 0 && FIRST_COLUMN,
                      ]}
                    >
                      <TableSortLabel
                        active={active}
                        direction={active ? sort.direction : column.numeric ? "desc" : "asc"}
                        onClick={() => sortBy(column)}
                        title={column.description}
                      >
                        {column.label}
                      </TableSortLabel>
                    </TableCell>
                  );
                })}
              </TableRow>
            </TableHead>
            <TableBody sx={{ opacity: loading && ready ? 0.6 : 1, transition: "opacity .2s" }}>
              {!ready
                ? [0, 1, 2, 3].map((row) => (
                    <TableRow key={row}>
                      <TableCell colSpan={columns.length}>
                        <Skeleton />
                      </TableCell>
                    </TableRow>
                  ))
                : sorted.map((row) => (
                    <TableRow key={rowKey(row)} hover>
                      {columns.map((column, index) => (
                        <TableCell
                          key={column.id}
                          align={column.numeric ? "right" : "left"}
                          sx={[
                            column.numeric ? numeric : { minWidth: 160, maxWidth: 280 },
                            index === 0 && FIRST_COLUMN,
                          ]}
                        >
                          {column.cell(row)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
              {ready && sorted.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>
                    <Box sx={{ py: 5, textAlign: "center" }}>
                      <Typography sx={{ fontWeight: 600 }}>{empty.title}</Typography>
                      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
                        {empty.hint}
                      </Typography>
                    </Box>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
            {totals && ready && sorted.length > 0 && (
              <TableFooter>
                <TableRow
                  data-testid="report-totals"
                  sx={{ "& td": { fontWeight: 700, color: "text.primary", fontSize: "0.875rem" } }}
                >
                  {columns.map((column, index) => (
                    <TableCell
                      key={column.id}
                      align={column.numeric ? "right" : "left"}
                      sx={[column.numeric ? numeric : {}, index === 0 && FIRST_COLUMN]}
                    >
                      {column.total?.(sorted).cell ?? ""}
                    </TableCell>
                  ))}
                </TableRow>
              </TableFooter>
            )}
          </Table>
        </TableContainer>
      </Paper>
    </>
  );
}
