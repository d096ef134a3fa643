import ChevronRightRounded from "@mui/icons-material/ChevronRightRounded";
import ExpandMoreRounded from "@mui/icons-material/ExpandMoreRounded";
import PersonOutlineRounded from "@mui/icons-material/PersonOutlineRounded";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { formatAmount } from "../../app/format/money";
import type { TerritoryNodeFragment } from "../../gql/graphql";
import { findNode, visibleNodes, type TreeNode } from "./tree-model";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";

type Node = TreeNode<TerritoryNodeFragment>;

/**
 * The territory hierarchy as an ARIA tree: one tab stop, arrows move (right opens or goes to
 * the first child, left closes or goes to the parent), Home and End jump, Enter or Space
 * selects. Each row shows the node's open pipeline and how many people cover it.
 */
export function TerritoryTree({
  roots,
  selectedId,
  onSelect,
  label,
}: {
  roots: readonly Node[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
}) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(selectedId);
  const items = useRef(new Map<string, HTMLLIElement>());
  const moveFocus = useRef(false);
  const visible = visibleNodes(roots, collapsed);
  const focusId =
    focusedId && visible.some((n) => n.territory.id === focusedId)
      ? focusedId
      : (selectedId ?? visible[0]?.territory.id ?? null);

  useEffect(() => {
    if (moveFocus.current && focusId) items.current.get(focusId)?.focus();
    moveFocus.current = false;
  }, [focusId, visible.length]);

  // A newly selected node inside a closed branch (one just created, say) opens the branch: state
  // adjusted while rendering, as React advises for values derived from a changed prop.
  const [revealedId, setRevealedId] = useState<string | null>(null);
  if (selectedId && selectedId !== revealedId) {
    const selected = findNode(roots, selectedId);
    if (selected) {
      setRevealedId(selectedId);
      const ancestors = new Set<string>();
      for (let node = selected.parent; node; node = node.parent) ancestors.add(node.territory.id);
      if ([...collapsed].some((id) => ancestors.has(id))) {
        setCollapsed(new Set([...collapsed].filter((id) => !ancestors.has(id))));
      }
    }
  }

  function focus(id: string) {
    moveFocus.current = true;
    setFocusedId(id);
  }

  function toggle(id: string, open: boolean) {
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function onKeyDown(event: KeyboardEvent, node: Node) {
    const index = visible.indexOf(node);
    const id = node.territory.id;
    const open = node.children.length > 0 && !collapsed.has(id);
    const go = (target: Node | undefined) => target && focus(target.territory.id);
    switch (event.key) {
      case "ArrowDown":
        go(visible[index + 1]);
        break;
      case "ArrowUp":
        go(visible[index - 1]);
        break;
      case "Home":
        go(visible[0]);
        break;
      case "End":
        go(visible.at(-1));
        break;
      case "ArrowRight":
        if (node.children.length === 0) return;
        if (open) go(node.children[0]);
        else toggle(id, true);
        break;
      case "ArrowLeft":
        if (open) toggle(id, false);
        else go(node.parent ?? undefined);
        break;
      case "Enter":
      case " ":
        onSelect(id);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  const renderNode = (node: Node) => {
    const { territory } = node;
    const id = territory.id;
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(id);
    const selected = id === selectedId;
    const people = territory.users.length;
    const siblings = node.parent ? node.parent.children : roots;
    return (
      <Box
        component="li"
        key={id}
        role="treeitem"
        aria-level={node.depth + 1}
        aria-selected={selected}
        aria-expanded={hasChildren ? open : undefined}
        aria-setsize={siblings.length}
        aria-posinset={siblings.indexOf(node) + 1}
        tabIndex={id === focusId ? 0 : -1}
        ref={(element: HTMLLIElement | null) => {
          if (element) items.current.set(id, element);
          else items.current.delete(id);
        }}
        onKeyDown={(event) => onKeyDown(event, node)}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocusedId(id);
        }}
        sx={{
          listStyle: "none",
          outline: "none",
          "&:focus-visible > .row": {
            outline: 2,
            outlineColor: "primary.main",
            outlineStyle: "solid",
            outlineOffset: -2,
          },
        }}
      >
        <Box
          className="row"
          onClick={() => {
            setFocusedId(id);
            onSelect(id);
          }}
          sx={{
            display: "flex",
            alignItems: "center",
            gap: 0.5,
            pl: 0.5 + node.depth * 2.5,
            pr: 1.5,
            py: 0.75,
            borderRadius: 1.5,
            cursor: "pointer",
            bgcolor: selected ? "action.selected" : undefined,
            "&:hover": { bgcolor: selected ? "action.selected" : "action.hover" },
          }}
        >
          <Box
            component="span"
            aria-hidden
            onClick={(event) => {
              if (!hasChildren) return;
              event.stopPropagation();
              toggle(id, !open);
            }}
            sx={{
              display: "inline-flex",
              width: 28,
              justifyContent: "center",
              color: "text.secondary",
            }}
          >
            {hasChildren && (open ? <ExpandMoreRounded /> : <ChevronRightRounded />)}
          </Box>
          <Typography
            component="span"
            noWrap
            sx={{ flexGrow: 1, minWidth: 0, fontWeight: selected ? 600 : 400 }}
          >
            {territory.name}
          </Typography>
          <Box component="span" sx={VISUALLY_HIDDEN}>
            — open pipeline {formatAmount(territory.openPipeline)}, {people}{" "}
            {people === 1 ? "person" : "people"}
          </Box>
          <Typography
            component="span"
            aria-hidden
            variant="body2"
            color="text.secondary"
            sx={{ display: "inline-flex", alignItems: "center", gap: 0.25, minWidth: 40 }}
          >
            <PersonOutlineRounded sx={{ fontSize: 16 }} />
            {people}
          </Typography>
          <Typography
            component="span"
            aria-hidden
            variant="body2"
            sx={{ minWidth: 84, textAlign: "right", fontVariantNumeric: "tabular-nums" }}
          >
            {formatAmount(territory.openPipeline)}
          </Typography>
        </Box>
      </Box>
    );
  };

  // Flat (levels, set sizes and positions say the structure), so that each item's name is its
  // own row's text and not its descendants'.
  return (
    <Box component="ul" role="tree" aria-label={label} sx={{ m: 0, p: 0 }}>
      {visible.map(renderNode)}
    </Box>
  );
}
