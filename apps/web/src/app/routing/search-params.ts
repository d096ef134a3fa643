import { isWidgetPeriodPreset, type WidgetPeriodPreset } from "@prm/domain";
import { useSearchParams } from "react-router";
import { DEFAULT_WIDGET_PERIOD } from "../widget-contract/types";

/** One value in the address (`?tab=deals`), so a page's view can be shared; set in place. */
export function useSearchParam(name: string): [string | null, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  return [params.get(name), set];
}

/** The period a record's page shows (`?period=LAST_QUARTER`), the widgets' default without one. */
export function usePeriodParam(): [WidgetPeriodPreset, (period: WidgetPeriodPreset) => void] {
  const [raw, setPeriod] = useSearchParam("period");
  return [isWidgetPeriodPreset(raw) ? raw : DEFAULT_WIDGET_PERIOD, setPeriod];
}
