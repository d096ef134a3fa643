import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { usePartnerPagePath } from "../../features/partners/partner-paths";
import { widgetPeriod } from "../period";
import { DEFAULT_WIDGET_LIMIT, type WidgetSettings } from "../types";

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
