import { useQuery } from "@apollo/client/react";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { DealTerritoriesDocument } from "./documents";

/**
 * The optional territory of a deal: the organization's territories as the API orders them (a
 * tree, by path), the viewer's own first and marked. "" means none.
 */
export function TerritorySelect({
  label,
  value,
  onChange,
  onBlur,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
}) {
  const { data, loading, error: loadError } = useQuery(DealTerritoriesDocument);
  const territories = data?.territories ?? [];
  const mine = territories.filter((t) => t.mine);
  const others = territories.filter((t) => !t.mine);
  const known = value === "" || territories.some((t) => t.id === value);

  const item = (t: (typeof territories)[number]) => (
    <MenuItem key={t.id} value={t.id}>
      {t.path}
      {t.mine && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          (yours)
        </Typography>
      )}
    </MenuItem>
  );

  return (
    <TextField
      select
      fullWidth
      name="territoryId"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={
        error ??
        (loadError
          ? "Territories could not be loaded."
          : territories.length === 0 && !loading
            ? "Your organization has no territories yet."
            : "Optional: the territory the customer is in.")
      }
      slotProps={{
        inputLabel: { shrink: true },
        select: { displayEmpty: true },
      }}
    >
      <MenuItem value="">
        <em>None</em>
      </MenuItem>
      {!known && (
        <MenuItem value={value} disabled>
          {loading ? "Loading…" : "A territory no longer available"}
        </MenuItem>
      )}
      {mine.map(item)}
      {others.map(item)}
    </TextField>
  );
}
