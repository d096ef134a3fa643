import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { PageHeader } from "../layout/PageHeader";

export function NotFoundInPortal() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          There is nothing at this address in your portal.
        </Typography>
        <Button variant="contained" component={RouterLink} to="..">
          Back to the dashboard
        </Button>
      </Paper>
    </>
  );
}
