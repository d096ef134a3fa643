import CloseRounded from "@mui/icons-material/CloseRounded";
import Box from "@mui/material/Box";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import Toolbar from "@mui/material/Toolbar";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { useState, type ReactNode } from "react";
import { BrandMark } from "../layout/BrandMark";
import { PortalAppBar } from "./PortalAppBar";
import type { PortalDefinition } from "./portal-definition";
import { PortalNavigation } from "./PortalNavigation";

export const DRAWER_WIDTH = 248;
const MAIN_CONTENT_ID = "main-content";
const NAVIGATION_DRAWER_ID = "navigation-drawer";

/**
 * The layout every portal shares: app bar on top, navigation on the left (a permanent side bar
 * from the `md` breakpoint up, a drawer below it), the page in the middle.
 */
export function PortalShell({
  definition,
  appBarActions,
  children,
}: {
  definition: PortalDefinition;
  appBarActions: ReactNode;
  children: ReactNode;
}) {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("md"), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = () => setDrawerOpen(false);
  const navigation = <PortalNavigation definition={definition} onNavigate={closeDrawer} />;

  return (
    <Box sx={{ display: "flex", minHeight: "100vh", bgcolor: "background.default" }}>
      <SkipLink target={MAIN_CONTENT_ID} />
      <PortalAppBar
        menu={
          wide
            ? undefined
            : {
                open: drawerOpen,
                controls: NAVIGATION_DRAWER_ID,
                onOpen: () => setDrawerOpen(true),
              }
        }
        actions={appBarActions}
      />
      <Box sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
        {wide ? (
          <Drawer
            variant="permanent"
            open
            sx={{ "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box" } }}
          >
            <Toolbar />
            {navigation}
          </Drawer>
        ) : (
          // Above the app bar (a modal drawer's layer), with its own way out; Escape closes it too.
          <Drawer
            variant="temporary"
            open={drawerOpen}
            onClose={closeDrawer}
            ModalProps={{ keepMounted: true }}
            slotProps={{
              paper: {
                id: NAVIGATION_DRAWER_ID,
                role: "dialog",
                "aria-modal": true,
                "aria-label": "Navigation",
              },
            }}
            sx={{ "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box" } }}
          >
            <Toolbar sx={{ gap: 1, borderBottom: 1, borderColor: "divider" }}>
              <BrandMark compact />
              <Box sx={{ flexGrow: 1 }} />
              <IconButton edge="end" aria-label="Close navigation" onClick={closeDrawer}>
                <CloseRounded />
              </IconButton>
            </Toolbar>
            {navigation}
          </Drawer>
        )}
      </Box>
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, sm: 3, lg: 4 }, pb: 4, outline: "none" }}
      >
        <Toolbar />
        <Box sx={{ pt: 3 }}>{children}</Box>
      </Box>
    </Box>
  );
}

/** First focusable element of every portal page: jumps over the navigation. */
function SkipLink({ target }: { target: string }) {
  return (
    <Box
      component="a"
      href={`#${target}`}
      sx={{
        position: "absolute",
        left: 8,
        top: -48,
        zIndex: (theme) => theme.zIndex.tooltip,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: "primary.main",
        color: "primary.contrastText",
        "&:focus": { top: 8 },
      }}
    >
      Skip to main content
    </Box>
  );
}
