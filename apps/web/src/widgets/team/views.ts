import { lazyWidgetView } from "../../app/widget-contract/lazy-widget-view";
import type { WidgetView } from "../../app/widget-contract/types";

/** The team widgets' views, by widget id (merged into WIDGET_VIEWS). */
export const TEAM_WIDGET_VIEWS: ReadonlyArray<readonly [string, WidgetView]> = [
  ["teamLeaderboard", lazyWidgetView(() => import("./TeamLeaderboardWidget"))],
  ["teamPipeline", lazyWidgetView(() => import("./TeamPipelineWidget"))],
  ["teamQuotas", lazyWidgetView(() => import("./TeamQuotasWidget"))],
  ["teamActivitiesOverdue", lazyWidgetView(() => import("./TeamActivitiesOverdueWidget"))],
];
