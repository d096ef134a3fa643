import Grid from "@mui/material/Grid";
import Skeleton from "@mui/material/Skeleton";
import { useQuery } from "@apollo/client/react";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { usePortalDefinition } from "../../app/shell/portal-definition";
import type { WidgetViews } from "../../app/widget-contract/types";
import { DashboardEditor } from "./DashboardEditor";
import { DashboardPageDocument } from "./documents";
import { RetryAlert } from "../../app/layout/RetryAlert";

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

  if (data) {
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
      <PageHeader title="Dashboard" subtitle={intro} />
      {error && !loading ? (
        <RetryAlert onRetry={() => void refetch()}>
          Your dashboard could not be loaded. {errorMessage(error)}
        </RetryAlert>
      ) : (
        <DashboardSkeleton />
      )}
    </>
  );
}

function DashboardSkeleton() {
  return (
    <Grid container spacing={2} role="status" aria-label="Loading your dashboard">
      {[7, 5, 12].map((columns, index) => (
        <Grid key={index} size={{ xs: 12, md: columns }}>
          <Skeleton variant="rounded" height={300} />
        </Grid>
      ))}
    </Grid>
  );
}
