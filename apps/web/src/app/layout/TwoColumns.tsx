import Box from "@mui/material/Box";
import type { ReactNode } from "react";

/** Two columns side by side on laptops (in the given proportions), stacked on narrow screens. */
export function TwoColumns({
  ratio = [1, 1],
  children,
}: {
  ratio?: readonly [number, number];
  children: ReactNode;
}) {
  return (
    <Box
      sx={{
        display: "grid",
        gap: 2,
        gridTemplateColumns: { xs: "1fr", md: `minmax(0, ${ratio[0]}fr) minmax(0, ${ratio[1]}fr)` },
        alignItems: "start",
      }}
    >
      {children}
    </Box>
  );
}
