import Box from "@mui/material/Box";
import { GRID_COLUMNS } from "@prm/domain";
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import ReactGridLayout, { type Layout } from "react-grid-layout";
import "react-grid-layout/css/styles.css";
import "react-resizable/css/styles.css";
import { DASHBOARD_COMPACTOR } from "./dashboard-model";
import { DRAG_HANDLE_CLASS, NO_DRAG_CLASS } from "./WidgetFrame";

export const ROW_HEIGHT = 72;
const GAP = 16;
/**
 * Below this width (a tablet) widgets stack in one column in their saved order; they can still be
 * added, removed and set, but moving and resizing wait for a wider screen. The saved layout is
 * untouched.
 */
export const STACKED_BELOW_PX = 760;

/**
 * The grid's width, and whether that is too narrow for the saved places (widgets then stack).
 * Measured before the first paint (react-grid-layout's own hook guesses 1280 px first), so the
 * grid never shows at a guessed width and then slides into place.
 */
export function useGridWidth() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setWidth(container.clientWidth);
    const observer = new ResizeObserver(() => setWidth(container.clientWidth));
    observer.observe(container);
    return () => observer.disconnect();
  }, []);
  return { width, containerRef, stacked: width !== null && width < STACKED_BELOW_PX };
}
export type GridWidth = ReturnType<typeof useGridWidth>;

/** One under the other in reading order (top to bottom, left to right), full width. */
function stackedLayout(layout: Layout): Layout {
  return [...layout]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((item, index) => ({ i: item.i, x: 0, y: index, w: GRID_COLUMNS, h: item.h }));
}

/**
 * Widgets at their places on the dashboard's grid, or stacked when it is narrow. The dashboard
 * and its loading skeleton both draw through it, so the one takes the other's place exactly.
 */
export function WidgetGrid({
  size,
  layout,
  arranging = false,
  onLayoutChange,
  children,
}: {
  size: GridWidth;
  /** The saved places, keyed like the children. */
  layout: Layout;
  /** Dragging and resizing on (never while stacked). */
  arranging?: boolean;
  onLayoutChange?: (layout: Layout) => void;
  children: ReactNode;
}) {
  const { width, containerRef, stacked } = size;
  const canArrange = arranging && !stacked;
  return (
    <Box
      ref={containerRef}
      sx={{
        mx: `-${GAP}px`,
        "& .react-grid-item.react-grid-placeholder": { bgcolor: "primary.main", borderRadius: 2 },
        // The resize grip shows all the while widgets can be resized, not only under the pointer.
        "& .react-grid-item > .react-resizable-handle": {
          zIndex: 2,
          opacity: 1,
          width: 24,
          height: 24,
          backgroundImage: "none",
          "&::after": {
            right: 6,
            bottom: 6,
            width: 9,
            height: 9,
            borderRight: "3px solid var(--mui-palette-text-secondary)",
            borderBottom: "3px solid var(--mui-palette-text-secondary)",
            borderBottomRightRadius: 3,
          },
        },
        // The widget under the pointer (or keyboard focus) draws over its neighbours, tooltip included.
        "& .react-grid-item:hover, & .react-grid-item:focus-within": { zIndex: 3 },
      }}
    >
      {width !== null && (
        <ReactGridLayout
          width={width}
          layout={stacked ? stackedLayout(layout) : layout}
          compactor={DASHBOARD_COMPACTOR}
          gridConfig={{
            cols: GRID_COLUMNS,
            rowHeight: ROW_HEIGHT,
            margin: [GAP, GAP],
            containerPadding: [GAP, 0],
          }}
          dragConfig={{
            enabled: canArrange,
            handle: `.${DRAG_HANDLE_CLASS}`,
            cancel: `.${NO_DRAG_CLASS}`,
          }}
          resizeConfig={{ enabled: canArrange, handles: ["se"] }}
          onLayoutChange={(next) => {
            if (!stacked) onLayoutChange?.(next);
          }}
        >
          {children}
        </ReactGridLayout>
      )}
    </Box>
  );
}
