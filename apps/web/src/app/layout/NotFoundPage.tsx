import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { CenteredPage } from "./CenteredPage";

export function NotFoundPage() {
  return (
    <CenteredPage
      title="Page not found"
      actions={
        <Button variant="contained" component={RouterLink} to="/">
          Go to my dashboard
        </Button>
      }
    >
      <Typography color="text.secondary">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </Typography>
    </CenteredPage>
  );
}
