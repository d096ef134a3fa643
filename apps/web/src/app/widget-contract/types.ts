import type { PeriodPreset, WidgetPeriodPreset } from "@prm/domain";
import type { ComponentType } from "react";

/** A widget's settings on one dashboard, as saved on the server (`WidgetConfig`). */
export interface WidgetSettings {
  /** A preset; never CUSTOM on a dashboard (the server refuses it), shown as the default if met. */
  period?: PeriodPreset | null;
  limit?: number | null;
}

export interface WidgetViewProps {
  settings: WidgetSettings;
}

/** How the dashboard draws one widget. */
export interface WidgetView {
  View: ComponentType<WidgetViewProps>;
  /** Whether the view's code is in, so that it draws at once. */
  isLoaded: () => boolean;
  /**
   * Fetches the view's code ahead of drawing it; settles once it is in. It never rejects: a view
   * whose code did not load says so when drawn. Calling it again costs nothing.
   */
  preload: () => Promise<void>;
}

/** The web side of the widget catalogue: widget id (as in `widgetCatalog`) → its view. */
export type WidgetViews = ReadonlyMap<string, WidgetView>;

/** What a period-aware widget shows when it has no period saved. */
export const DEFAULT_WIDGET_PERIOD: WidgetPeriodPreset = "THIS_QUARTER";
export const DEFAULT_WIDGET_LIMIT = 10;
/** The row counts the picker offers (the saved value is always offered too). */
export const WIDGET_LIMIT_CHOICES = [5, 10, 20] as const;
