import DragIndicator from "@mui/icons-material/DragIndicator";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import type { Arrangement, Direction } from "./dashboard-model";

const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};
const ARROWS: Readonly<Record<Direction, string>> = { up: "↑", down: "↓", left: "←", right: "→" };

type Step = { label: string; arrangement: Arrangement };
const MOVES: readonly Step[] = [
  { label: "Move up", arrangement: { kind: "move", direction: "up" } },
  { label: "Move down", arrangement: { kind: "move", direction: "down" } },
  { label: "Move left", arrangement: { kind: "move", direction: "left" } },
  { label: "Move right", arrangement: { kind: "move", direction: "right" } },
];
const RESIZES: readonly Step[] = [
  { label: "Wider", arrangement: { kind: "resize", direction: "right" } },
  { label: "Narrower", arrangement: { kind: "resize", direction: "left" } },
  { label: "Taller", arrangement: { kind: "resize", direction: "down" } },
  { label: "Shorter", arrangement: { kind: "resize", direction: "up" } },
];

/** A pointer that travelled this far between press and release dragged the widget: no menu. */
const DRAG_DISTANCE_PX = 4;

/**
 * The widget's move handle in edit mode. Dragging it moves the widget; focused, the arrow keys
 * move it and Shift with the arrow keys resizes it; a click (or Enter) opens the same steps as a
 * menu, for those who cannot drag.
 */
export function ArrangeHandle({
  title,
  className,
  describedBy,
  canArrange,
  onArrange,
}: {
  title: string;
  /** Makes the handle the grid's drag handle. */
  className: string;
  /** The id of the text that explains the keys. */
  describedBy: string;
  canArrange: (arrangement: Arrangement) => boolean;
  onArrange: (arrangement: Arrangement) => void;
}) {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const pressedAt = useRef<{ x: number; y: number } | null>(null);

  function onKeyDown(event: KeyboardEvent) {
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onArrange({ kind: event.shiftKey ? "resize" : "move", direction });
  }

  function onClick(event: MouseEvent<HTMLElement>) {
    const pressed = pressedAt.current;
    pressedAt.current = null;
    const dragged =
      pressed &&
      Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > DRAG_DISTANCE_PX;
    if (!dragged) setMenuAnchor(event.currentTarget);
  }

  /** A menu entry that names its key, as the keys are the quicker way once known. */
  const menuItem = ({ label, arrangement }: Step) => (
    <MenuItem
      key={label}
      disabled={!canArrange(arrangement)}
      onClick={() => {
        setMenuAnchor(null);
        onArrange(arrangement);
      }}
    >
      <ListItemText>{label}</ListItemText>
      <Typography variant="body2" color="text.secondary" sx={{ ml: 3 }} aria-hidden>
        {arrangement.kind === "resize" && "Shift+"}
        {ARROWS[arrangement.direction]}
      </Typography>
    </MenuItem>
  );

  return (
    <>
      <Tooltip title="Drag to move, or click for more">
        <IconButton
          size="small"
          className={className}
          aria-label={`Move or resize ${title}`}
          aria-describedby={describedBy}
          aria-haspopup="menu"
          aria-expanded={menuAnchor ? true : undefined}
          onPointerDown={(event: PointerEvent) => {
            pressedAt.current = { x: event.clientX, y: event.clientY };
          }}
          onClick={onClick}
          onKeyDown={onKeyDown}
          sx={{ cursor: "grab", color: "text.secondary", "&:active": { cursor: "grabbing" } }}
        >
          <DragIndicator fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={menuAnchor}
        open={Boolean(menuAnchor)}
        onClose={() => setMenuAnchor(null)}
        slotProps={{ list: { "aria-label": `Move or resize ${title}`, dense: true } }}
      >
        {MOVES.map(menuItem)}
        <Divider />
        {RESIZES.map(menuItem)}
      </Menu>
    </>
  );
}
