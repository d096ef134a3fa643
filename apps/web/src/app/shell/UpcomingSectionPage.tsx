import CheckCircleOutline from "@mui/icons-material/CheckCircleOutline";
import ConstructionOutlined from "@mui/icons-material/ConstructionOutlined";
import Box from "@mui/material/Box";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { PageHeader } from "../layout/PageHeader";
import type { UpcomingSection } from "./sections";

/** An honest empty state for a section whose features are still being built. */
export function UpcomingSectionPage({
  title,
  upcoming,
}: {
  title: string;
  upcoming?: UpcomingSection;
}) {
  return (
    <>
      <PageHeader title={title} subtitle={upcoming?.description} />
      <Paper variant="outlined" sx={{ p: { xs: 3, md: 5 }, maxWidth: 760 }}>
        <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start" }}>
          <ConstructionOutlined color="primary" sx={{ fontSize: 40 }} aria-hidden />
          <Box>
            <Typography variant="h2" component="h2">
              Coming soon
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {upcoming?.title ?? title} is not available in this version of PRM yet. When it
              arrives, this page will have:
            </Typography>
            {upcoming && (
              <List dense>
                {upcoming.features.map((feature) => (
                  <ListItem key={feature} disableGutters>
                    <ListItemIcon sx={{ minWidth: 32 }}>
                      <CheckCircleOutline fontSize="small" color="success" aria-hidden />
                    </ListItemIcon>
                    <ListItemText primary={feature} />
                  </ListItem>
                ))}
              </List>
            )}
            <Typography variant="body2" color="text.secondary">
              Everything here is already available through the GraphQL API as it lands.
            </Typography>
          </Box>
        </Box>
      </Paper>
    </>
  );
}
