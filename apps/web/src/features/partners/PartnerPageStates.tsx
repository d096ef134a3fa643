import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { KPI_GRID_SX } from "./PartnerKpis";

export function PartnerPageSkeleton() {
  return (
    <Box role="status" aria-label="Loading the partner">
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

/** A partner that does not exist or is someone else's: the API says NOT_FOUND for both. */
export function PartnerNotYours({ partnersPath }: { partnersPath: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        This partner isn&apos;t one of yours
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        There is no partner at this address among the partners you oversee. It may have been
        assigned to another channel manager, or the link is wrong.
      </Typography>
      <Button variant="contained" component={RouterLink} to={partnersPath}>
        Back to your partners
      </Button>
    </Paper>
  );
}
