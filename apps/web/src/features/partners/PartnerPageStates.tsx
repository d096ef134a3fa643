import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { RecordPageSkeleton } from "../../app/layout/RecordPageSkeleton";

export function PartnerPageSkeleton() {
  return <RecordPageSkeleton label="Loading the partner" />;
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
