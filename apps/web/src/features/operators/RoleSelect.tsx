import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { Role } from "@prm/domain";
import { ROLE_HINTS, ROLE_NAMES } from "./operators-model";

/** One of the roles the administrator gives, each with a line on what it does. */
export function RoleSelect({
  roles,
  value,
  onChange,
  error,
  helperText,
}: {
  roles: readonly Role[];
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
  helperText?: string;
}) {
  return (
    <TextField
      select
      label="Role"
      name="role"
      value={value}
      onChange={(event) => onChange(event.target.value as Role)}
      fullWidth
      error={Boolean(error)}
      helperText={error ?? helperText ?? ROLE_HINTS[value]}
      slotProps={{ select: { renderValue: (selected) => ROLE_NAMES[selected as Role] } }}
    >
      {roles.map((role) => (
        <MenuItem key={role} value={role}>
          <ListItemText primary={ROLE_NAMES[role]} secondary={ROLE_HINTS[role]} />
        </MenuItem>
      ))}
    </TextField>
  );
}
