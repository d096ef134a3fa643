import { isWidgetPeriodPreset, PERIOD_LABELS, type WidgetPeriodPreset } from "@prm/domain";
import { DEFAULT_WIDGET_PERIOD, type WidgetSettings } from "./types";

export function widgetPeriod(settings: WidgetSettings): WidgetPeriodPreset {
  return isWidgetPeriodPreset(settings.period) ? settings.period : DEFAULT_WIDGET_PERIOD;
}

export function widgetPeriodLabel(settings: WidgetSettings): string {
  return PERIOD_LABELS[widgetPeriod(settings)].toLowerCase();
}
