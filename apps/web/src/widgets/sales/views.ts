import { lazyWidgetView } from "../../app/widget-contract/lazy-widget-view";
import type { WidgetView } from "../../app/widget-contract/types";

/** The sales widgets' views, by widget id (merged into WIDGET_VIEWS). */
export const SALES_WIDGET_VIEWS: ReadonlyArray<readonly [string, WidgetView]> = [
  ["pipelineByStage", lazyWidgetView(() => import("./PipelineByStageWidget"))],
  ["quotaAttainment", lazyWidgetView(() => import("./QuotaAttainmentWidget"))],
  ["winLoss", lazyWidgetView(() => import("./WinLossWidget"))],
  ["pipelineTrend", lazyWidgetView(() => import("./PipelineTrendWidget"))],
  ["activitiesDue", lazyWidgetView(() => import("./ActivitiesDueWidget"))],
];
