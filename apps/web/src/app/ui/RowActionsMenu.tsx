import MoreVertRounded from "@mui/icons-material/MoreVertRounded";
import IconButton from "@mui/material/IconButton";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useId, useState } from "react";

export interface RowAction {
  label: string;
  /** A second line saying what it does. */
  hint?: string;
  onSelect: () => void;
  /** Drawn in the error color: deactivations and the like. */
  destructive?: boolean;
}

/** A "⋮" button opening what can be done to one row of a list, named after the row. */
export function RowActionsMenu({
  label,
  actions,
}: {
  /** "Actions for Dana Scott". */
  label: string;
  actions: readonly RowAction[];
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (actions.length === 0) return null;
  return (
    <>
      <IconButton
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? "true" : undefined}
        onClick={(event) => {
          // A row or card may itself open something: the menu is not a click on it.
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
        size="small"
      >
        <MoreVertRounded fontSize="small" />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        onClick={(event) => event.stopPropagation()}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
        slotProps={{ list: { "aria-label": label }, paper: { sx: { minWidth: 220 } } }}
      >
        {actions.map((action) => (
          <MenuItem
            key={action.label}
            onClick={() => {
              setAnchor(null);
              action.onSelect();
            }}
            sx={action.destructive ? { color: "error.main" } : undefined}
          >
            <ListItemText
              primary={action.label}
              secondary={action.hint}
              slotProps={{ secondary: { sx: { whiteSpace: "normal", maxWidth: 260 } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
