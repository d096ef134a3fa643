import Skeleton from "@mui/material/Skeleton";
import { useQuery } from "@apollo/client/react";
import { DEFAULT_DASHBOARDS } from "@prm/domain";
import { useEffect, useState } from "react";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { usePortalDefinition } from "../../app/shell/portal-definition";
import type { WidgetViews } from "../../app/widget-contract/types";
import { DashboardEditor, EditToggle } from "./DashboardEditor";
import type { PlacedWidget } from "./dashboard-model";
import { DashboardPageDocument } from "./documents";
import { useGridWidth, WidgetGrid } from "./WidgetGrid";

/**
 * Loads the user's dashboard for the current portal and the catalogue, then hands them to the
 * editor; `widgetViews` draw the widgets.
 */
export function DashboardPage({ widgetViews }: { widgetViews: WidgetViews }) {
  const { portal, dashboardIntro: intro } = usePortalDefinition();
  const { data, loading, error, refetch } = useQuery(DashboardPageDocument, {
    variables: { portal },
    notifyOnNetworkStatusChange: true,
  });
  const widgets = data?.dashboard.widgets;
  // Until the user's layout arrives, the role's default is the best guess at it: its outline is
  // shown, and its widgets' code fetched meanwhile.
  const guess = DEFAULT_DASHBOARDS[portal];
  useEffect(() => {
    for (const placed of guess) void widgetViews.get(placed.widget)?.preload();
  }, [guess, widgetViews]);
  const viewsLoaded = useViewsLoaded(widgets, widgetViews);

  if (data && viewsLoaded) {
    return (
      <DashboardEditor
        key={portal}
        portal={portal}
        intro={intro}
        catalog={data.widgetCatalog}
        widgetViews={widgetViews}
        initialWidgets={data.dashboard.widgets}
      />
    );
  }
  return (
    <>
      <PageHeader
        title="Dashboard"
        subtitle={intro}
        actions={<EditToggle editing={false} disabled />}
      />
      {error && !loading ? (
        <RetryAlert onRetry={() => void refetch()}>
          Your dashboard could not be loaded. {errorMessage(error)}
        </RetryAlert>
      ) : (
        <DashboardSkeleton places={widgets ?? guess} />
      )}
    </>
  );
}

/**
 * Whether the code of every widget of the layout is in. The widgets then draw, and ask for their
 * data, all at once: drawn as their code arrives, each late one would wait for React to reveal it,
 * which it spaces out after a loading state, and its query with it. Once true, it stays true.
 */
function useViewsLoaded(widgets: readonly PlacedWidget[] | undefined, views: WidgetViews) {
  const [wereLoaded, setWereLoaded] = useState(false);
  const loaded =
    wereLoaded ||
    (widgets?.every((placed) => views.get(placed.widget)?.isLoaded() ?? true) ?? false);
  if (loaded && !wereLoaded) setWereLoaded(true);
  useEffect(() => {
    if (loaded || !widgets) return;
    let current = true;
    void Promise.all(widgets.map((placed) => views.get(placed.widget)?.preload())).then(() => {
      if (current) setWereLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [loaded, widgets, views]);
  return loaded;
}

/** The layout in outline, at the places the widgets will take. */
function DashboardSkeleton({
  places,
}: {
  places: readonly { id: string; x: number; y: number; w: number; h: number }[];
}) {
  const size = useGridWidth();
  return (
    <div role="status" aria-label="Loading your dashboard">
      <WidgetGrid size={size} layout={places.map(({ id, x, y, w, h }) => ({ i: id, x, y, w, h }))}>
        {places.map((place) => (
          <div key={place.id}>
            <Skeleton variant="rounded" height="100%" />
          </div>
        ))}
      </WidgetGrid>
    </div>
  );
}
