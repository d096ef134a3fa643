import { lazyWidgetView } from "../../app/widget-contract/lazy-widget-view";
import type { WidgetView } from "../../app/widget-contract/types";

/** The organization widgets' views, by widget id (merged into WIDGET_VIEWS). */
export const ORGANIZATION_WIDGET_VIEWS: ReadonlyArray<readonly [string, WidgetView]> = [
  ["operatorsSummary", lazyWidgetView(() => import("./OperatorsSummaryWidget"))],
  ["territoriesSummary", lazyWidgetView(() => import("./TerritoriesSummaryWidget"))],
];
