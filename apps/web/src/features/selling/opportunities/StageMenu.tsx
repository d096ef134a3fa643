import MoreVertRounded from "@mui/icons-material/MoreVertRounded";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import {
  canMoveStage,
  isClosedStage,
  OPPORTUNITY_STAGES,
  STAGE_LABELS,
  type OpportunityStage,
} from "@prm/domain";
import { useId, useState } from "react";

/** "Close as won…" for a closed stage (it opens a dialog), the stage's name for an open one. */
export function moveLabel(stage: OpportunityStage): string {
  if (stage === "CLOSED_WON") return "Close as won…";
  if (stage === "CLOSED_LOST") return "Close as lost…";
  return `Move to ${STAGE_LABELS[stage]}`;
}

/**
 * The keyboard and touch way to move a card: a menu of the stages it may go to. (Dragging is for
 * a mouse; this does the same.)
 */
export function StageMenu({
  name,
  stage,
  disabled = false,
  onMove,
}: {
  name: string;
  stage: OpportunityStage;
  disabled?: boolean;
  onMove: (to: OpportunityStage) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const targets = OPPORTUNITY_STAGES.filter((to) => canMoveStage(stage, to));
  const firstClosed = targets.findIndex(isClosedStage);
  const label = `Move ${name} to another stage`;
  return (
    <>
      <IconButton
        size="small"
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        disabled={disabled || targets.length === 0}
        onClick={(e) => setAnchor(e.currentTarget)}
        // The card around it is draggable: a press here starts no drag.
        onMouseDown={(e) => e.stopPropagation()}
      >
        <MoreVertRounded fontSize="small" />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { "aria-label": label } }}
      >
        {targets.flatMap((to, index) => [
          ...(index === firstClosed && index > 0 ? [<Divider key="divider" />] : []),
          <MenuItem
            key={to}
            onClick={() => {
              setAnchor(null);
              onMove(to);
            }}
          >
            <ListItemText>{moveLabel(to)}</ListItemText>
          </MenuItem>,
        ])}
      </Menu>
    </>
  );
}
