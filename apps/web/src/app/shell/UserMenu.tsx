import KeyOutlined from "@mui/icons-material/KeyOutlined";
import LogoutOutlined from "@mui/icons-material/LogoutOutlined";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Divider from "@mui/material/Divider";
import ListItemIcon from "@mui/material/ListItemIcon";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Typography from "@mui/material/Typography";
import { ROLE_LABELS } from "@prm/domain";
import { useState } from "react";
import { useNavigate } from "react-router";
import { apiAccessPathForRole, LOGIN_PATH } from "../routing/portal-paths";
import { useSession, useSignedInUser } from "../session/SessionProvider";
import { VISUALLY_HIDDEN } from "../ui/visually-hidden";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** Who is signed in (name, organization, role), their API tokens, and the way out. */
export function UserMenu() {
  const user = useSignedInUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  async function signOut() {
    setAnchor(null);
    await logout();
    navigate(LOGIN_PATH, { replace: true });
  }

  return (
    <>
      <ButtonBase
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? "true" : undefined}
        sx={{ borderRadius: 2, px: 1, py: 0.5, gap: 1.25, textAlign: "left" }}
      >
        <Box component="span" sx={VISUALLY_HIDDEN}>
          Account menu:
        </Box>
        <Box sx={{ display: { xs: "none", sm: "block" } }}>
          <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
            {user.name}
          </Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: "block", lineHeight: 1.3 }}
          >
            {ROLE_LABELS[user.role]} · {user.organization.name}
          </Typography>
        </Box>
        <Avatar aria-hidden sx={{ width: 34, height: 34, fontSize: 14, bgcolor: "secondary.main" }}>
          {initials(user.name)}
        </Avatar>
      </ButtonBase>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
      >
        <Box sx={{ px: 2, py: 1, minWidth: 240 }}>
          <Typography sx={{ fontWeight: 600 }}>{user.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {user.email}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {ROLE_LABELS[user.role]} · {user.organization.name}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            navigate(apiAccessPathForRole(user.role));
          }}
        >
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          API access
        </MenuItem>
        <MenuItem onClick={signOut}>
          <ListItemIcon>
            <LogoutOutlined fontSize="small" />
          </ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}
