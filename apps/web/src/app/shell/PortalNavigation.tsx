import Box from "@mui/material/Box";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import ListSubheader from "@mui/material/ListSubheader";
import Divider from "@mui/material/Divider";
import CodeOutlined from "@mui/icons-material/CodeOutlined";
import { PORTAL_LABELS } from "@prm/domain";
import { NavLink } from "react-router";
import { GRAPHIQL_PATH, PORTAL_PATHS } from "../routing/portal-paths";
import type { PortalDefinition } from "./portal-definition";
import { sectionLabel } from "./section-label";
import { SECTIONS } from "./sections";

export function PortalNavigation({
  definition,
  onNavigate,
}: {
  definition: PortalDefinition;
  onNavigate: () => void;
}) {
  const base = PORTAL_PATHS[definition.portal];
  return (
    <Box
      component="nav"
      aria-label="Portal sections"
      sx={{ display: "flex", flexDirection: "column", height: "100%", py: 1 }}
    >
      <List
        subheader={
          <ListSubheader component="li" sx={{ bgcolor: "transparent", lineHeight: "36px" }}>
            {PORTAL_LABELS[definition.portal]}
          </ListSubheader>
        }
      >
        {definition.sections.map((section) => {
          const { path, icon } = SECTIONS[section.id];
          return (
            <ListItem key={section.id} disablePadding>
              <ListItemButton
                component={NavLink}
                to={path ? `${base}/${path}` : base}
                end={!path}
                onClick={onNavigate}
                sx={{
                  mx: 1,
                  borderRadius: 2,
                  "&.active": {
                    bgcolor: "action.selected",
                    fontWeight: 600,
                    "& .MuiListItemIcon-root": { color: "primary.main" },
                    "& .MuiListItemText-primary": { fontWeight: 600 },
                  },
                }}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>{icon}</ListItemIcon>
                <ListItemText primary={sectionLabel(section)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      <Box sx={{ flexGrow: 1 }} />
      <Divider />
      <List>
        <ListItem disablePadding>
          <ListItemButton component={NavLink} to={GRAPHIQL_PATH} sx={{ mx: 1, borderRadius: 2 }}>
            <ListItemIcon sx={{ minWidth: 40 }}>
              <CodeOutlined />
            </ListItemIcon>
            <ListItemText primary="GraphQL explorer" secondary="GraphiQL" />
          </ListItemButton>
        </ListItem>
      </List>
    </Box>
  );
}
