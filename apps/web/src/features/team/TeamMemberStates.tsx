import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { RecordPageSkeleton } from "../../app/layout/RecordPageSkeleton";

export function TeamMemberSkeleton() {
  return <RecordPageSkeleton label="Loading the person's view" />;
}

/** Someone who is not in the viewer's team (or no one): the API says NOT_FOUND for both. */
export function NotInYourTeam({ teamPath }: { teamPath: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        This person isn&apos;t in your team
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        You see the figures of the people in your team only. They may report to another manager, or
        the link is wrong.
      </Typography>
      <Button variant="contained" component={RouterLink} to={teamPath}>
        Back to your team
      </Button>
    </Paper>
  );
}
