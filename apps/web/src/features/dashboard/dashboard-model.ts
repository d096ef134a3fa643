import { GRID_COLUMNS } from "@prm/domain";
import { bottom, collides, verticalCompactor, type Layout } from "react-grid-layout";
import type {
  DashboardPageQuery,
  DashboardWidgetFieldsFragment,
  DashboardWidgetInput,
} from "../../gql/graphql";
import type { WidgetSettings } from "../../app/widget-contract/types";

export type PlacedWidget = DashboardWidgetFieldsFragment;
export type WidgetDefinition = DashboardPageQuery["widgetCatalog"][number];
type Place = Pick<PlacedWidget, "x" | "y" | "w" | "h">;

/**
 * How the layout closes its holes, here and in the grid: every widget floats up until it meets
 * another one.
 */
export const DASHBOARD_COMPACTOR = verticalCompactor;

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

/**
 * The layout without holes. With `pinned`, that widget keeps the place it was just given and the
 * others make room around it first, as they do for a widget dragged there.
 */
export function compactLayout(widgets: PlacedWidget[], pinned?: string): PlacedWidget[] {
  const pass = (list: PlacedWidget[], pin?: string) =>
    applyGridLayout(
      list,
      DASHBOARD_COMPACTOR.compact(
        toGridLayout(list, []).map((item) => ({ ...item, static: item.i === pin })),
        GRID_COLUMNS,
      ),
    );
  return pass(pinned ? pass(widgets, pinned) : widgets);
}

/** The highest, then leftmost, place where a widget of that size fits without moving another. */
function firstFreePlace(widgets: readonly PlacedWidget[], w: number, h: number): Place {
  const taken = toGridLayout(widgets, []);
  for (let y = 0; ; y += 1) {
    for (let x = 0; x + w <= GRID_COLUMNS; x += 1) {
      if (!taken.some((item) => collides(item, { i: "", x, y, w, h }))) return { x, y, w, h };
    }
  }
}

/** Adds a widget from the catalogue in the first free place, at its default size and settings. */
export function addWidget(
  widgets: PlacedWidget[],
  definition: WidgetDefinition,
): { widgets: PlacedWidget[]; added: PlacedWidget } {
  const added: PlacedWidget = {
    id: newWidgetInstanceId(definition.id),
    widget: definition.id,
    ...firstFreePlace(
      widgets,
      Math.min(definition.defaultSize.w, GRID_COLUMNS),
      definition.defaultSize.h,
    ),
    config: {
      period: definition.defaultConfig.period ?? null,
      limit: definition.defaultConfig.limit ?? null,
    },
  };
  return { widgets: [...widgets, added], added };
}

export function removeWidget(widgets: PlacedWidget[], id: string): PlacedWidget[] {
  return compactLayout(widgets.filter((placed) => placed.id !== id));
}

/** Puts a removed widget back where it was (undo): the others make room as they did before. */
export function restoreWidget(
  widgets: PlacedWidget[],
  removed: PlacedWidget,
  index: number,
): PlacedWidget[] {
  return compactLayout(widgets.toSpliced(index, 0, removed), removed.id);
}

export type Direction = "up" | "down" | "left" | "right";
/** Move a widget one step, or resize it by one column or row (right and down grow it). */
export interface Arrangement {
  kind: "move" | "resize";
  direction: Direction;
}
const STEPS: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * Moves a widget as a drag would, to the nearest place in that direction where the layout
 * changes: as widgets float up, moving down means passing the widget below. The same array when
 * it cannot go that way.
 */
function moveWidget(widgets: PlacedWidget[], placed: PlacedWidget, direction: Direction) {
  const [dx, dy] = STEPS[direction];
  const lowest = bottom(toGridLayout(widgets, []));
  for (let step = 1; ; step += 1) {
    const x = placed.x + dx * step;
    const y = placed.y + dy * step;
    if (x < 0 || x + placed.w > GRID_COLUMNS || y < 0 || y > lowest) return widgets;
    const next = compactLayout(
      widgets.map((p) => (p === placed ? { ...p, x, y } : p)),
      placed.id,
    );
    const moved = next.find((p) => p.id === placed.id);
    if (moved && (moved.x !== placed.x || moved.y !== placed.y)) return next;
  }
}

/** Resizes a widget within its limits and the grid, as its corner handle would. */
function resizeWidget(
  widgets: PlacedWidget[],
  placed: PlacedWidget,
  direction: Direction,
  definition: WidgetDefinition | undefined,
) {
  const [dw, dh] = STEPS[direction];
  const w = placed.w + dw;
  const h = placed.h + dh;
  const { minSize, maxSize } = definition ?? { minSize: { w: 1, h: 1 }, maxSize: placed };
  if (w < minSize.w || w > maxSize.w || placed.x + w > GRID_COLUMNS) return widgets;
  if (h < minSize.h || h > maxSize.h) return widgets;
  return compactLayout(
    widgets.map((p) => (p === placed ? { ...p, w, h } : p)),
    placed.id,
  );
}

/** The layout after one keyboard (or menu) step on a widget; the same array when it cannot. */
export function arrangeWidget(
  widgets: PlacedWidget[],
  id: string,
  { kind, direction }: Arrangement,
  definition: WidgetDefinition | undefined,
): PlacedWidget[] {
  const placed = widgets.find((p) => p.id === id);
  if (!placed) return widgets;
  return kind === "move"
    ? moveWidget(widgets, placed, direction)
    : resizeWidget(widgets, placed, direction, definition);
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
