import LockOutlined from "@mui/icons-material/LockOutlined";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { PORTAL_LABELS, ROLE_LABELS, type Portal } from "@prm/domain";
import { Link as RouterLink } from "react-router";
import { homePathForRole } from "../routing/portal-paths";
import { useSignedInUser } from "../session/SessionProvider";
import { CenteredPage } from "./CenteredPage";

/** Shown when a signed-in user opens another role's portal. */
export function NotAvailablePage({ portal }: { portal: Portal }) {
  const user = useSignedInUser();
  return (
    <CenteredPage
      title="Not available for your role"
      icon={<LockOutlined color="warning" fontSize="large" aria-hidden />}
      actions={
        <Button variant="contained" component={RouterLink} to={homePathForRole(user.role)}>
          Go to my dashboard
        </Button>
      }
    >
      <Typography color="text.secondary">
        The <strong>{PORTAL_LABELS[portal]}</strong> portal is for another role. You are signed in
        as {user.name}, {ROLE_LABELS[user.role].toLowerCase()} at {user.organization.name}.
      </Typography>
    </CenteredPage>
  );
}
