import { GRID_COLUMNS } from "@prm/domain";
import type { Layout } from "react-grid-layout";
import type {
  DashboardPageQuery,
  DashboardWidgetFieldsFragment,
  DashboardWidgetInput,
} from "../../gql/graphql";
import type { WidgetSettings } from "../../app/widget-contract/types";

export type PlacedWidget = DashboardWidgetFieldsFragment;
export type WidgetDefinition = DashboardPageQuery["widgetCatalog"][number];

let counter = 0;
/** A new widget instance id, unique within a dashboard. */
export function newWidgetInstanceId(widget: string): string {
  counter += 1;
  return `${widget}-${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The grid's layout for the widgets, with each widget's size limits from the catalogue. */
export function toGridLayout(
  widgets: readonly PlacedWidget[],
  catalog: readonly WidgetDefinition[],
): Layout {
  return widgets.map((placed) => {
    const definition = catalog.find((d) => d.id === placed.widget);
    return {
      i: placed.id,
      x: placed.x,
      y: placed.y,
      w: placed.w,
      h: placed.h,
      ...(definition && {
        minW: definition.minSize.w,
        minH: definition.minSize.h,
        maxW: definition.maxSize.w,
        maxH: definition.maxSize.h,
      }),
    };
  });
}

/** The widgets moved/resized as the grid says; the same array when nothing changed. */
export function applyGridLayout(widgets: PlacedWidget[], layout: Layout): PlacedWidget[] {
  let changed = false;
  const next = widgets.map((placed) => {
    const item = layout.find((l) => l.i === placed.id);
    if (!item) return placed;
    if (item.x === placed.x && item.y === placed.y && item.w === placed.w && item.h === placed.h) {
      return placed;
    }
    changed = true;
    return { ...placed, x: item.x, y: item.y, w: item.w, h: item.h };
  });
  return changed ? next : widgets;
}

/** Adds a widget from the catalogue below everything else, at its default size and settings. */
export function addWidget(widgets: PlacedWidget[], definition: WidgetDefinition): PlacedWidget[] {
  const bottom = widgets.reduce((max, placed) => Math.max(max, placed.y + placed.h), 0);
  const w = Math.min(definition.defaultSize.w, GRID_COLUMNS);
  return [
    ...widgets,
    {
      id: newWidgetInstanceId(definition.id),
      widget: definition.id,
      x: 0,
      y: bottom,
      w,
      h: definition.defaultSize.h,
      config: {
        period: definition.defaultConfig.period ?? null,
        limit: definition.defaultConfig.limit ?? null,
      },
    },
  ];
}

export function removeWidget(widgets: PlacedWidget[], id: string): PlacedWidget[] {
  return widgets.filter((placed) => placed.id !== id);
}

export function updateWidgetSettings(
  widgets: PlacedWidget[],
  id: string,
  settings: WidgetSettings,
): PlacedWidget[] {
  return widgets.map((placed) =>
    placed.id === id ? { ...placed, config: { ...placed.config, ...settings } } : placed,
  );
}

/** What `saveDashboard` takes: positions and settings, without cache fields. */
export function toSaveInput(widgets: readonly PlacedWidget[]): DashboardWidgetInput[] {
  return widgets.map(({ id, widget, x, y, w, h, config }) => ({
    id,
    widget,
    x,
    y,
    w,
    h,
    config: { period: config.period ?? null, limit: config.limit ?? null },
  }));
}
