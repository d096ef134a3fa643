import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import ReactGridLayout, { useContainerWidth, type Layout } from "react-grid-layout";
import "react-grid-layout/css/styles.css";
import "react-resizable/css/styles.css";
import type { WidgetSettings, WidgetViews } from "../../app/widget-contract/types";
import { GRID_COLUMNS } from "@prm/domain";
import { toGridLayout, type PlacedWidget, type WidgetDefinition } from "./dashboard-model";
import { DRAG_HANDLE_CLASS, NO_DRAG_CLASS, WidgetFrame } from "./WidgetFrame";

export const ROW_HEIGHT = 72;
const GAP = 16;
/**
 * Below this width (a tablet) widgets stack in one column in their saved order; they can still be
 * added, removed and set, but moving and resizing wait for a wider screen. The saved layout is
 * untouched.
 */
export const STACKED_BELOW_PX = 760;

interface DashboardGridProps {
  widgets: PlacedWidget[];
  catalog: readonly WidgetDefinition[];
  widgetViews: WidgetViews;
  editing: boolean;
  onLayoutChange: (layout: Layout) => void;
  onSettingsChange: (id: string, settings: WidgetSettings) => void;
  onRemove: (id: string) => void;
}

export function DashboardGrid({
  widgets,
  catalog,
  widgetViews,
  editing,
  onLayoutChange,
  onSettingsChange,
  onRemove,
}: DashboardGridProps) {
  const { width, containerRef, mounted } = useContainerWidth();
  const stacked = width < STACKED_BELOW_PX;
  const layout = stacked
    ? [...widgets]
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((w, index) => ({ i: w.id, x: 0, y: index, w: GRID_COLUMNS, h: w.h }))
    : toGridLayout(widgets, catalog);
  const arranging = editing && !stacked;

  return (
    <>
      {editing && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
          {arranging
            ? "Drag a widget by its title to move it, drag its bottom-right corner to resize it. Changes are saved automatically."
            : "Add, remove and set widgets here; moving and resizing them needs a wider window. Changes are saved automatically."}
        </Alert>
      )}
      <Box
        ref={containerRef}
        sx={{
          mx: `-${GAP}px`,
          "& .react-grid-item.react-grid-placeholder": { bgcolor: "primary.main", borderRadius: 2 },
          "& .react-resizable-handle": { zIndex: 2 },
          // The widget under the pointer (or keyboard focus) draws over its neighbours, tooltip included.
          "& .react-grid-item:hover, & .react-grid-item:focus-within": { zIndex: 3 },
        }}
      >
        {mounted && (
          <ReactGridLayout
            width={width}
            layout={layout}
            gridConfig={{
              cols: GRID_COLUMNS,
              rowHeight: ROW_HEIGHT,
              margin: [GAP, GAP],
              containerPadding: [GAP, 0],
            }}
            dragConfig={{
              enabled: arranging,
              handle: `.${DRAG_HANDLE_CLASS}`,
              cancel: `.${NO_DRAG_CLASS}`,
            }}
            resizeConfig={{ enabled: arranging, handles: ["se"] }}
            onLayoutChange={(next) => {
              if (!stacked) onLayoutChange(next);
            }}
          >
            {widgets.map((placed) => (
              <div key={placed.id}>
                <WidgetFrame
                  placed={placed}
                  definition={catalog.find((d) => d.id === placed.widget)}
                  renderView={widgetViews.get(placed.widget)}
                  editing={editing}
                  arranging={arranging}
                  onSettingsChange={(settings) => onSettingsChange(placed.id, settings)}
                  onRemove={() => onRemove(placed.id)}
                />
              </div>
            ))}
          </ReactGridLayout>
        )}
      </Box>
    </>
  );
}
