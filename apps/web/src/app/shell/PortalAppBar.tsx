import MenuIcon from "@mui/icons-material/Menu";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import Toolbar from "@mui/material/Toolbar";
import type { ReactNode } from "react";
import { BrandMark } from "../layout/BrandMark";
import { ColorModeToggle } from "../theme/ColorModeToggle";
import { UserMenu } from "./UserMenu";

export function PortalAppBar({
  showMenuButton,
  onMenuClick,
  actions,
}: {
  showMenuButton: boolean;
  onMenuClick: () => void;
  actions: ReactNode;
}) {
  return (
    <AppBar
      position="fixed"
      sx={{
        zIndex: (theme) => theme.zIndex.drawer + 1,
        borderBottom: 1,
        borderColor: "divider",
        bgcolor: "background.paper",
      }}
    >
      <Toolbar sx={{ gap: 1 }}>
        {showMenuButton && (
          <IconButton
            edge="start"
            color="inherit"
            aria-label="Open navigation"
            onClick={onMenuClick}
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
