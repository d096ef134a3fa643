import ArrowBackRounded from "@mui/icons-material/ArrowBackRounded";
import Button from "@mui/material/Button";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";

/** The way back to the list a page belongs to, above the page's header: "← Partners". */
export function BackButton({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button
      component={RouterLink}
      to={to}
      startIcon={<ArrowBackRounded />}
      size="small"
      sx={{ mb: 1 }}
    >
      {children}
    </Button>
  );
}
