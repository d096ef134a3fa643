import CloudOffOutlined from "@mui/icons-material/CloudOffOutlined";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { CenteredPage } from "../layout/CenteredPage";
import { FullPageLoader } from "../layout/FullPageLoader";
import { useSession } from "../session/SessionProvider";
import { LOGIN_PATH } from "./portal-paths";

/** Renders its children for a signed-in user; sends everyone else to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { user, restoreError, retryRestore } = useSession();
  const location = useLocation();
  if (restoreError) {
    return (
      <CenteredPage
        title="Can't reach PRM"
        icon={<CloudOffOutlined color="error" fontSize="large" aria-hidden />}
        actions={
          <Button variant="contained" onClick={retryRestore}>
            Try again
          </Button>
        }
      >
        <Typography color="text.secondary">
          We couldn't check your session because the server did not answer. Check your connection
          and try again.
        </Typography>
      </CenteredPage>
    );
  }
  if (user === undefined) return <FullPageLoader label="Restoring your session…" />;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={LOGIN_PATH} replace state={{ next }} />;
  }
  return children;
}
