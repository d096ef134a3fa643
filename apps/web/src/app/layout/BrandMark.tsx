import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** The PRM logo: a mark and the product name. */
export function BrandMark({ compact = false }: { compact?: boolean }) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1.25 }}>
      <Box
        aria-hidden
        sx={{
          width: 32,
          height: 32,
          borderRadius: "8px",
          display: "grid",
          placeItems: "center",
          bgcolor: "primary.main",
          color: "primary.contrastText",
          fontWeight: 800,
          fontSize: 14,
          letterSpacing: 0.5,
        }}
      >
        P
      </Box>
      <Typography component="span" sx={{ fontWeight: 700, fontSize: compact ? 18 : 22 }}>
        PRM
        {!compact && (
          <Typography component="span" sx={{ ml: 1, color: "text.secondary", fontWeight: 400 }}>
            Partner Relationship Management
          </Typography>
        )}
      </Typography>
    </Box>
  );
}
