import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useId, type ReactNode } from "react";

/** A titled card of a record's page (a partner's, a person's). */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2, minWidth: 0 }}
    >
      <Typography id={headingId} variant="h3" component="h2" sx={{ fontSize: 16, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
