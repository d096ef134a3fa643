import ErrorOutline from "@mui/icons-material/ErrorOutline";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { Component, type ReactNode } from "react";
import { CenteredPage } from "./CenteredPage";

/**
 * A page that fails to load its code (typically: a new version of PRM was deployed while the tab
 * was open) or to render shows a way out instead of a blank screen.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <CenteredPage
        title="This page could not be loaded"
        icon={<ErrorOutline color="error" fontSize="large" aria-hidden />}
        actions={
          <Button variant="contained" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        <Typography color="text.secondary">
          PRM may have been updated since you opened it, or the connection dropped. Reloading
          usually fixes it.
        </Typography>
      </CenteredPage>
    );
  }
}
