import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";

export function DealPageSkeleton() {
  return (
    <Box role="status" aria-label="Loading the deal">
      <Skeleton variant="text" width={320} height={48} />
      <Skeleton variant="text" width={220} sx={{ mb: 3 }} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "7fr 5fr" } }}>
        <Skeleton variant="rounded" height={320} />
        <Skeleton variant="rounded" height={320} />
      </Box>
    </Box>
  );
}

export function DealNotFound({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        Deal not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        This deal registration does not exist, or it is not one you can see.
      </Typography>
      <Button variant="contained" component={RouterLink} to={backTo}>
        {backLabel}
      </Button>
    </Paper>
  );
}
