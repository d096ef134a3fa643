import { useQuery } from "@apollo/client/react";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { formatCount } from "../../app/format/count";
import { ChannelManagersDocument } from "./documents";

/** One active channel manager: who looks after a partner, or a filter by them. */
export function ChannelManagerSelect({
  label = "Channel manager",
  value,
  onChange,
  excludeId,
  emptyLabel,
  size = "medium",
  sx,
  error,
  helperText,
  required,
}: {
  label?: string;
  value: string;
  onChange: (id: string) => void;
  /** The partner's current manager, when choosing another. */
  excludeId?: string;
  /** An option for "any" (filters): its label. */
  emptyLabel?: string;
  size?: "small" | "medium";
  sx?: object;
  error?: boolean;
  helperText?: string;
  required?: boolean;
}) {
  const { data, loading } = useQuery(ChannelManagersDocument, { fetchPolicy: "cache-and-network" });
  const managers = (data?.users.edges.map((edge) => edge.node) ?? []).filter(
    (m) => m.id !== excludeId,
  );
  const names = new Map(managers.map((m) => [m.id, m.name]));
  return (
    <TextField
      select
      label={label}
      value={loading && !data ? "" : value}
      onChange={(event) => onChange(event.target.value)}
      size={size}
      sx={sx}
      fullWidth={!sx}
      error={error}
      helperText={helperText}
      required={required}
      slotProps={{
        select: {
          displayEmpty: Boolean(emptyLabel),
          renderValue: (selected) =>
            selected ? (names.get(selected as string) ?? "") : (emptyLabel ?? ""),
        },
        inputLabel: emptyLabel ? { shrink: true } : undefined,
      }}
    >
      {emptyLabel && <MenuItem value="">{emptyLabel}</MenuItem>}
      {managers.length === 0 && !emptyLabel && (
        <MenuItem value="" disabled>
          {loading ? "Loading…" : "No other active channel manager: invite one under Vendor users"}
        </MenuItem>
      )}
      {managers.map((manager) => (
        <MenuItem key={manager.id} value={manager.id}>
          <ListItemText
            primary={manager.name}
            secondary={`${manager.email} · ${formatCount(manager.workload?.assignedPartners ?? 0, "partner")}`}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}
