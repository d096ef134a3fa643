import ConstructionOutlined from "@mui/icons-material/ConstructionOutlined";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useId } from "react";
import { PageHeader } from "../layout/PageHeader";
import type { UpcomingSection } from "./sections";

/**
 * An honest empty state for a section whose features are still being built: what is planned is
 * a plain list, with nothing (a tick, a green colour) that would read as done.
 */
export function UpcomingSectionPage({
  title,
  upcoming,
}: {
  title: string;
  upcoming?: UpcomingSection;
}) {
  const name = upcoming?.title ?? title;
  const plannedId = useId();
  return (
    <>
      <PageHeader title={title} subtitle={upcoming?.description} />
      <Paper variant="outlined" sx={{ p: { xs: 2.5, md: 5 }, maxWidth: 760 }}>
        <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start" }}>
          <ConstructionOutlined
            aria-hidden
            sx={{ fontSize: 40, color: "text.secondary", display: { xs: "none", sm: "block" } }}
          />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h2" component="h2">
              Coming soon
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {name} is not available in this version of PRM yet.
            </Typography>
            {upcoming && upcoming.features.length > 0 && (
              <>
                <Typography
                  id={plannedId}
                  variant="h3"
                  component="h3"
                  sx={{ mt: 2.5, mb: 0.5, fontSize: 15 }}
                >
                  Planned, not built yet
                </Typography>
                <Box
                  component="ul"
                  aria-labelledby={plannedId}
                  sx={{ m: 0, pl: 2.5, color: "text.secondary", "& li": { py: 0.25 } }}
                >
                  {upcoming.features.map((feature) => (
                    <Typography key={feature} component="li">
                      {feature}
                    </Typography>
                  ))}
                </Box>
              </>
            )}
          </Box>
        </Box>
      </Paper>
    </>
  );
}
