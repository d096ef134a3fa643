import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { BrandMark } from "./BrandMark";

interface CenteredPageProps {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
  actions?: ReactNode;
}

/** A single card in the middle of the screen: sign-in, "not available", "not found", errors. */
export function CenteredPage({ title, icon, children, actions }: CenteredPageProps) {
  return (
    <Box
      component="main"
      sx={{
        minHeight: "100vh",
        display: "grid",
        placeItems: "center",
        p: 2,
        bgcolor: "background.default",
      }}
    >
      <Stack spacing={3} alignItems="center" sx={{ width: "100%", maxWidth: 440 }}>
        <BrandMark />
        <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 }, width: "100%" }}>
          <Stack spacing={2}>
            {icon}
            <Typography variant="h1" component="h1">
              {title}
            </Typography>
            {children}
            {actions && (
              <Stack direction="row" spacing={1.5} sx={{ pt: 1 }}>
                {actions}
              </Stack>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Box>
  );
}
