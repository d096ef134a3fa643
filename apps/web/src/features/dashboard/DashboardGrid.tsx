import Alert from "@mui/material/Alert";
import type { Layout } from "react-grid-layout";
import type { WidgetSettings, WidgetViews } from "../../app/widget-contract/types";
import { toGridLayout, type PlacedWidget, type WidgetDefinition } from "./dashboard-model";
import { WidgetFrame } from "./WidgetFrame";
import { useGridWidth, WidgetGrid } from "./WidgetGrid";

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
  const size = useGridWidth();
  const arranging = editing && !size.stacked;

  return (
    <>
      {editing && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
          {arranging
            ? "Drag a widget by its title to move it, drag its bottom-right corner to resize it. Changes are saved automatically."
            : "Add, remove and set widgets here; moving and resizing them needs a wider window. Changes are saved automatically."}
        </Alert>
      )}
      <WidgetGrid
        size={size}
        layout={toGridLayout(widgets, catalog)}
        arranging={arranging}
        onLayoutChange={onLayoutChange}
      >
        {widgets.map((placed) => (
          <div key={placed.id}>
            <WidgetFrame
              placed={placed}
              definition={catalog.find((d) => d.id === placed.widget)}
              view={widgetViews.get(placed.widget)}
              editing={editing}
              arranging={arranging}
              onSettingsChange={(settings) => onSettingsChange(placed.id, settings)}
              onRemove={() => onRemove(placed.id)}
            />
          </div>
        ))}
      </WidgetGrid>
    </>
  );
}
