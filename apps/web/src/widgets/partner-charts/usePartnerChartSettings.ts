import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { usePartnerPagePath } from "../../app/routing/section-paths";
import { widgetPeriod } from "../../app/widget-contract/period";
import { DEFAULT_WIDGET_LIMIT, type WidgetSettings } from "../../app/widget-contract/types";

/** What every partner chart widget reads first: its period, row limit, links and theme. */
export function usePartnerChartSettings(settings: WidgetSettings) {
  const period = widgetPeriod(settings);
  return {
    period,
    limit: settings.limit ?? DEFAULT_WIDGET_LIMIT,
    partnerPath: usePartnerPagePath(period),
    scheme: useEffectiveColorScheme(),
  };
}
