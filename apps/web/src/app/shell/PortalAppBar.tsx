import MenuIcon from "@mui/icons-material/Menu";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import Toolbar from "@mui/material/Toolbar";
import type { ReactNode } from "react";
import { BrandMark } from "../layout/BrandMark";
import { ColorModeToggle } from "../theme/ColorModeToggle";
import { UserMenu } from "./UserMenu";

/**
 * The bar across the top. Beside a permanent side bar it sits above it; on narrow screens it has
 * the menu button instead, and the navigation drawer opens above the bar.
 */
export function PortalAppBar({
  menu,
  actions,
}: {
  /** The navigation drawer's button, on screens without the side bar. */
  menu?: { open: boolean; controls: string; onOpen: () => void };
  actions: ReactNode;
}) {
  return (
    <AppBar
      position="fixed"
      sx={{
        zIndex: (theme) => (menu ? theme.zIndex.appBar : theme.zIndex.drawer + 1),
        borderBottom: 1,
        borderColor: "divider",
        bgcolor: "background.paper",
      }}
    >
      <Toolbar sx={{ gap: 1 }}>
        {menu && (
          <IconButton
            edge="start"
            color="inherit"
            aria-label="Open navigation"
            aria-haspopup="dialog"
            aria-expanded={menu.open}
            aria-controls={menu.controls}
            onClick={menu.onOpen}
          >
            <MenuIcon />
          </IconButton>
        )}
        <BrandMark compact />
        <Box sx={{ flexGrow: 1 }} />
        <ColorModeToggle />
        {actions}
        <UserMenu />
      </Toolbar>
    </AppBar>
  );
}
