import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import { useId, useState } from "react";
import type { WidgetSettings, WidgetViews } from "../../app/widget-contract/types";
import {
  applyGridLayout,
  arrangeWidget,
  toGridLayout,
  type Arrangement,
  type PlacedWidget,
  type WidgetDefinition,
} from "./dashboard-model";
import { widgetTitle, WidgetFrame } from "./WidgetFrame";
import { useGridWidth, WidgetGrid } from "./WidgetGrid";

interface DashboardGridProps {
  widgets: PlacedWidget[];
  catalog: readonly WidgetDefinition[];
  widgetViews: WidgetViews;
  editing: boolean;
  /** The widget just added or brought back, if any. */
  highlighted: string | null;
  /** The widgets moved or resized (dragged, or stepped with the keys or the handle's menu). */
  onChange: (widgets: PlacedWidget[]) => void;
  onSettingsChange: (id: string, settings: WidgetSettings) => void;
  onRemove: (id: string) => void;
}

const SIZE_WORDS: Readonly<Record<Arrangement["direction"], string>> = {
  right: "wider",
  left: "narrower",
  down: "taller",
  up: "shorter",
};

/**
 * What a keyboard or menu step did (rows and columns counted from 1), or why it did nothing:
 * `after` is the widget's new place, none when it could not go that way.
 */
function describeStep(
  title: string,
  { kind, direction }: Arrangement,
  after: PlacedWidget | undefined,
): string {
  if (kind === "move") {
    return after
      ? `${title} moved to row ${after.y + 1}, column ${after.x + 1}.`
      : `${title} can't move further ${direction}.`;
  }
  return after
    ? `${title} is now ${after.w} columns wide and ${after.h} rows high.`
    : `${title} can't get any ${SIZE_WORDS[direction]}.`;
}

export function DashboardGrid({
  widgets,
  catalog,
  widgetViews,
  editing,
  highlighted,
  onChange,
  onSettingsChange,
  onRemove,
}: DashboardGridProps) {
  const size = useGridWidth();
  const arranging = editing && !size.stacked;
  const hintId = useId();
  // Said in a live region: a keyboard step moves a widget out of sight of a screen reader user.
  const [status, setStatus] = useState("");

  function arrange(
    placed: PlacedWidget,
    definition: WidgetDefinition | undefined,
    step: Arrangement,
  ) {
    const next = arrangeWidget(widgets, placed.id, step, definition);
    const after = next === widgets ? undefined : next.find((p) => p.id === placed.id);
    setStatus(describeStep(widgetTitle(definition), step, after));
    onChange(next);
  }

  return (
    <>
      {editing && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
          <span id={hintId}>
            {arranging
              ? "Move a widget by dragging its title, or with the arrow keys on its handle; resize it from its corner, or with Shift and the arrow keys. Changes are saved automatically."
              : "Add, remove and set widgets here; moving and resizing them needs a wider window. Changes are saved automatically."}
          </span>
          <Box role="status" component="span" sx={{ display: "block", fontWeight: 600 }}>
            {arranging && status}
          </Box>
        </Alert>
      )}
      <WidgetGrid
        size={size}
        layout={toGridLayout(widgets, catalog)}
        arranging={arranging}
        onLayoutChange={(layout) => onChange(applyGridLayout(widgets, layout))}
      >
        {widgets.map((placed) => {
          const definition = catalog.find((d) => d.id === placed.widget);
          return (
            <div key={placed.id}>
              <WidgetFrame
                placed={placed}
                definition={definition}
                view={widgetViews.get(placed.widget)}
                editing={editing}
                arranging={arranging}
                arrangeHintId={hintId}
                highlighted={highlighted === placed.id}
                canArrange={(step) =>
                  arrangeWidget(widgets, placed.id, step, definition) !== widgets
                }
                onArrange={(step) => arrange(placed, definition, step)}
                onSettingsChange={(settings) => onSettingsChange(placed.id, settings)}
                onRemove={() => onRemove(placed.id)}
              />
            </div>
          );
        })}
      </WidgetGrid>
    </>
  );
}
