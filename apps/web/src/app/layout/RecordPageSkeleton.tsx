import Box from "@mui/material/Box";
import Skeleton from "@mui/material/Skeleton";
import { KPI_GRID_SX } from "../ui/Kpi";

/** A record's page (a partner's, a person's) while it loads: header, six figures, two cards. */
export function RecordPageSkeleton({ label }: { label: string }) {
  return (
    <Box role="status" aria-label={label}>
      <Skeleton variant="text" width={340} height={48} />
      <Skeleton variant="text" width={240} sx={{ mb: 3 }} />
      <Box sx={KPI_GRID_SX}>
        {[0, 1, 2, 3, 4, 5].map((card) => (
          <Skeleton key={card} variant="rounded" height={104} />
        ))}
      </Box>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
        <Skeleton variant="rounded" height={320} />
        <Skeleton variant="rounded" height={320} />
      </Box>
    </Box>
  );
}
